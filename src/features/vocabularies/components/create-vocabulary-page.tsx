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
import { useCreateVocabulary } from '../api/create-vocabulary';
import {
  emptyVocabularyValues,
  toCreateVocabularyInput,
  VOCABULARY_FILE_NOUN,
  vocabularyFieldOrder,
  vocabularyInfo,
  vocabularyPlacement,
  type VocabularyFormValues,
  vocabularySchema,
} from '../form-schema';

export function CreateVocabularyPage() {
  const config = useAppConfig();
  const accountId = useCurrentAccountId();
  const scope = useMemo(
    () =>
      resourceScope(
        { name: vocabularyInfo.noun, plural: vocabularyInfo.plural },
        config.region,
        accountId,
      ),
    [config.region, accountId],
  );
  const schema = useMemo(() => vocabularySchema(scope), [scope]);
  const form = useForm<VocabularyFormValues>({
    defaultValues: emptyVocabularyValues,
    resolver: zodResolver(schema),
    // As on the job's form: errors on the first submit, then as the analyst types.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const encryption = useWatch({ control: form.control, name: 'encryption' });
  const checks = useKmsKeyChecks(form.control, { enabled: encryption, ...scope });
  const create = useCreateVocabulary();
  const { onSubmit, submitting, alert } = useCreateSubmit({
    form,
    schema,
    fieldOrder: vocabularyFieldOrder,
    checks,
    send: (values, keyArn) => create(toCreateVocabularyInput(values, keyArn)),
    rules: vocabularyPlacement,
    created: (values) => ({
      href: detailsHref(vocabularyInfo, values.name),
      flash: `Vocabulary ${values.name} created`,
    }),
  });
  return (
    <ResourceForm
      title="Create vocabulary"
      description="A custom vocabulary: the phrases Transcribe should recognise, optionally encrypted with a KMS key of your choice."
      submitLabel="Create vocabulary"
      submittingLabel="Creating vocabulary"
      cancelHref={vocabularyInfo.basePath}
      submitting={submitting}
      alert={alert}
      onSubmit={onSubmit}
    >
      <ResourceSettings control={form.control} info={vocabularyInfo} />
      <SourceContainer
        control={form.control}
        header="Vocabulary input source"
        sourceLabel="Vocabulary input source"
        listLabel="Phrases"
        kind="phrase"
        fileNoun={VOCABULARY_FILE_NOUN}
      />
      <EncryptionContainer
        control={form.control}
        checks={checks}
        noun={vocabularyInfo.noun}
        roleFieldHere
      />
      <TagsContainer
        control={form.control}
        description="A tag is a label you assign to the vocabulary, to find and group it."
      />
    </ResourceForm>
  );
}
