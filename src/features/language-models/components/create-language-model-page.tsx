import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useAppConfig } from '@/config/config-context';
import { useCurrentAccountId } from '@/lib/aws/get-caller-identity';
import { EncryptionContainer, RoleArnField } from '@/lib/custom-resources/encryption-container';
import { ResourceForm } from '@/lib/custom-resources/resource-form';
import { resourceScope } from '@/lib/custom-resources/resource-fields';
import { detailsHref } from '@/lib/custom-resources/resource-kinds';
import { ResourceSettings } from '@/lib/custom-resources/resource-settings';
import { useCreateSubmit } from '@/lib/custom-resources/use-create-submit';
import { RadioField } from '@/lib/form/form-controls';
import { InfoLink } from '@/lib/help/info-link';
import { TagsContainer } from '@/lib/form/tags-container';
import { useKmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import { S3LocationField } from '@/lib/s3/s3-location-field';
import { useCreateLanguageModel } from '../api/create-language-model';
import {
  emptyModelValues,
  type LanguageModelFormValues,
  modelFieldOrder,
  modelInfo,
  modelLanguageOptions,
  modelPlacement,
  modelSchema,
  toCreateLanguageModelInput,
} from '../form-schema';

export function CreateLanguageModelPage() {
  const config = useAppConfig();
  const accountId = useCurrentAccountId();
  const scope = useMemo(
    () =>
      resourceScope({ name: modelInfo.noun, plural: modelInfo.plural }, config.region, accountId),
    [config.region, accountId],
  );
  const schema = useMemo(() => modelSchema(scope), [scope]);
  const form = useForm<LanguageModelFormValues>({
    defaultValues: emptyModelValues,
    resolver: zodResolver(schema),
    // As on the job's form: errors on the first submit, then as the analyst types.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const { control } = form;
  const encryption = useWatch({ control, name: 'encryption' });
  const checks = useKmsKeyChecks(control, { enabled: encryption, ...scope });
  const create = useCreateLanguageModel();
  const { onSubmit, submitting, alert } = useCreateSubmit({
    form,
    schema,
    fieldOrder: modelFieldOrder,
    checks,
    send: (values, keyArn) => create(toCreateLanguageModelInput(values, keyArn)),
    rules: modelPlacement,
    created: (values) => ({
      href: detailsHref(modelInfo, values.name),
      flash: `Language model ${values.name} created`,
    }),
  });
  return (
    <ResourceForm
      title="Create language model"
      description="A custom language model, trained on text of your domain, optionally encrypted with a KMS key of your choice."
      submitLabel="Create language model"
      submittingLabel="Creating language model"
      cancelHref={modelInfo.basePath}
      submitting={submitting}
      alert={alert}
      onSubmit={onSubmit}
    >
      <ResourceSettings control={control} info={modelInfo} languages={modelLanguageOptions}>
        <RadioField
          control={control}
          name="baseModel"
          label="Base model"
          info={<InfoLink topic="base-model" about="Base model" />}
          items={[
            {
              value: 'NarrowBand',
              label: 'NarrowBand',
              description: 'Audio sampled at less than 16,000 Hz, such as telephone calls.',
            },
            {
              value: 'WideBand',
              label: 'WideBand',
              description: 'Audio sampled at 16,000 Hz or more.',
            },
          ]}
        />
        <S3LocationField
          control={control}
          name="trainingUri"
          label="Training data"
          info={<InfoLink topic="training-data" about="Training data" />}
          description="The text files to train the model on: a folder, or a whole bucket."
          constraintText="Format: s3://bucket/prefix/"
          folders
          placeholder="s3://bucket/training/"
          modalTitle="Choose the training data"
        />
        <S3LocationField
          control={control}
          name="tuningUri"
          label="Tuning data - optional"
          info={<InfoLink topic="training-data" about="Tuning data" />}
          description="Transcripts of your audio, to tune the model with."
          constraintText="Format: s3://bucket/prefix/"
          folders
          placeholder="s3://bucket/tuning/"
          modalTitle="Choose the tuning data"
        />
        <RoleArnField
          control={control}
          description="The role Transcribe assumes to read the training and tuning data (and to use the KMS key, when you choose one)."
        />
      </ResourceSettings>
      <EncryptionContainer
        control={control}
        checks={checks}
        noun={modelInfo.noun}
        roleFieldHere={false}
      />
      <TagsContainer
        control={control}
        description="A tag is a label you assign to the language model, to find and group it."
      />
    </ResourceForm>
  );
}
