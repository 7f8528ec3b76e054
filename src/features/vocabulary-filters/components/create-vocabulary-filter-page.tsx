import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useAppConfig } from '@/config/config-context';
import { useCurrentAccountId } from '@/lib/aws/get-caller-identity';
import { EncryptionContainer } from '@/lib/custom-resources/encryption-container';
import { ResourceForm } from '@/lib/custom-resources/resource-form';
import { resourceScope } from '@/lib/custom-resources/resource-fields';
import { detailsHref } from '@/lib/custom-resources/resource-kinds';
import { ResourceSettings } from '@/lib/custom-resources/resource-settings';
import { SourceContainer } from '@/lib/custom-resources/source-container';
import { useCreateSubmit } from '@/lib/custom-resources/use-create-submit';
import { TagsContainer } from '@/lib/form/tags-container';
import { useKmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import { useCreateVocabularyFilter } from '../api/create-vocabulary-filter';
import {
  emptyFilterValues,
  toCreateVocabularyFilterInput,
  FILTER_FILE_NOUN,
  filterFieldOrder,
  filterInfo,
  filterPlacement,
  type VocabularyFilterFormValues,
  filterSchema,
} from '../form-schema';

export function CreateVocabularyFilterPage() {
  const config = useAppConfig();
  const accountId = useCurrentAccountId();
  const scope = useMemo(
    () =>
      resourceScope({ name: filterInfo.noun, plural: filterInfo.plural }, config.region, accountId),
    [config.region, accountId],
  );
  const schema = useMemo(() => filterSchema(scope), [scope]);
  const form = useForm<VocabularyFilterFormValues>({
    defaultValues: emptyFilterValues,
    resolver: zodResolver(schema),
    // As on the job's form: errors on the first submit, then as the analyst types.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const encryption = useWatch({ control: form.control, name: 'encryption' });
  const checks = useKmsKeyChecks(form.control, { enabled: encryption, ...scope });
  const create = useCreateVocabularyFilter();
  const { onSubmit, submitting, alert } = useCreateSubmit({
    form,
    schema,
    fieldOrder: filterFieldOrder,
    checks,
    send: (values, keyArn) => create(toCreateVocabularyFilterInput(values, keyArn)),
    rules: filterPlacement,
    created: (values) => ({
      href: detailsHref(filterInfo, values.name),
      flash: `Vocabulary filter ${values.name} created`,
    }),
  });
  return (
    <ResourceForm
      title="Create vocabulary filter"
      description="A vocabulary filter: the words to remove, mask or tag in transcripts, optionally encrypted with a KMS key of your choice."
      submitLabel="Create vocabulary filter"
      submittingLabel="Creating vocabulary filter"
      cancelHref={filterInfo.basePath}
      submitting={submitting}
      alert={alert}
      onSubmit={onSubmit}
    >
      <ResourceSettings control={form.control} info={filterInfo} />
      <SourceContainer
        control={form.control}
        header="Words"
        sourceLabel="Word list source"
        listLabel="Words"
        kind="word"
        fileNoun={FILTER_FILE_NOUN}
      />
      <EncryptionContainer
        control={form.control}
        checks={checks}
        noun={filterInfo.noun}
        roleFieldHere
      />
      <TagsContainer
        control={form.control}
        description="A tag is a label you assign to the vocabulary filter, to find and group it."
      />
    </ResourceForm>
  );
}
