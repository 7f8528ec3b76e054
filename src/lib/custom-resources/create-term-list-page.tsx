import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useAppConfig } from '@/config/config-context';
import { useCurrentAccountId } from '@/lib/aws/get-caller-identity';
import { TagsContainer } from '@/lib/form/tags-container';
import { useKmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import { EncryptionContainer } from './encryption-container';
import { ResourceForm } from './resource-form';
import { resourceScope } from './resource-fields';
import { detailsHref } from './resource-kinds';
import { ResourceSettings } from './resource-settings';
import { SourceContainer } from './source-container';
import {
  emptyTermListValues,
  termListFieldOrder,
  termListPlacement,
  termListSchema,
  type TermListFormValues,
  type TermListKind,
} from './term-list-form';
import { useCreateSubmit } from './use-create-submit';

/**
 * The create page of a vocabulary or a vocabulary filter: settings, the terms (typed or a file
 * in S3), "Encryption - optional" with the role, tags. `send` makes the kind's Create request.
 */
export function CreateTermListPage({
  kind,
  send,
  description,
  source,
}: {
  kind: TermListKind;
  send(values: TermListFormValues, keyArn: string | undefined): Promise<unknown>;
  /** Under the page's title: what the resource is for. */
  description: string;
  /** The source container's header, its radio group's label and the list editor's label. */
  source: { header: string; label: string; listLabel: string };
}) {
  const config = useAppConfig();
  const accountId = useCurrentAccountId();
  const { info } = kind;
  const scope = useMemo(
    () => resourceScope({ name: info.noun, plural: info.plural }, config.region, accountId),
    [info, config.region, accountId],
  );
  const schema = useMemo(() => termListSchema(kind, scope), [kind, scope]);
  const form = useForm<TermListFormValues>({
    defaultValues: emptyTermListValues,
    resolver: zodResolver(schema),
    // As on the job's form: errors on the first submit, then as the analyst types.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const encryption = useWatch({ control: form.control, name: 'encryption' });
  const checks = useKmsKeyChecks(form.control, { enabled: encryption, ...scope });
  // The terms' rules are the language's: once messages show, another language re-reads them
  // (the form re-validates only the field that changed).
  const languageCode = useWatch({ control: form.control, name: 'languageCode' });
  const {
    trigger,
    formState: { isSubmitted },
  } = form;
  useEffect(() => {
    if (isSubmitted) void trigger('terms');
  }, [languageCode, isSubmitted, trigger]);
  const { onSubmit, submitting, alert } = useCreateSubmit({
    form,
    schema,
    fieldOrder: termListFieldOrder,
    checks,
    send,
    rules: (values) => termListPlacement(kind, values),
    created: (values) => ({
      href: detailsHref(info, values.name),
      flash: `${info.Noun} ${values.name} created`,
    }),
  });
  return (
    <ResourceForm
      title={`Create ${info.noun}`}
      description={description}
      submitLabel={`Create ${info.noun}`}
      submittingLabel={`Creating ${info.noun}`}
      cancelHref={info.basePath}
      submitting={submitting}
      alert={alert}
      onSubmit={onSubmit}
    >
      <ResourceSettings control={form.control} info={info} />
      <SourceContainer
        control={form.control}
        header={source.header}
        sourceLabel={source.label}
        listLabel={source.listLabel}
        kind={kind.term}
        fileNoun={kind.fileNoun}
      />
      <EncryptionContainer control={form.control} checks={checks} noun={info.noun} roleFieldHere />
      <TagsContainer
        control={form.control}
        description={`A tag is a label you assign to the ${info.noun}, to find and group it.`}
      />
    </ResourceForm>
  );
}
