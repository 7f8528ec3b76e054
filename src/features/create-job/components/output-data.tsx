import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, useWatch } from 'react-hook-form';
import { useKeyOptions } from '../api/list-key-options';
import type { CreateJobFormValues } from '../form-schema';
import type { KeyChecks } from '../hooks/use-key-checks';
import { EncryptionContextEditor } from './encryption-context-editor';
import { InputField, RadioField, ToggleField } from './form-controls';
import { KeyAccessCheck } from './key-access-check';
import { KmsKeySelect } from './kms-key-select';
import { S3LocationField } from './s3-location-field';

export function OutputData({
  control,
  checks,
}: {
  control: Control<CreateJobFormValues>;
  checks: KeyChecks;
}) {
  const [outputLocationType, encryption, kmsKeySource] = useWatch({
    control,
    name: ['outputLocationType', 'encryption', 'kmsKeySource'],
  });
  // Held here, above the select, so the list survives switching Encryption or the key source.
  const keys = useKeyOptions(encryption && kmsKeySource === 'current');
  const refusal = checks.access.data?.status === 'refused' ? checks.access.data.message : undefined;
  return (
    <Container header={<Header variant="h2">Output data</Header>}>
      <SpaceBetween size="l">
        <RadioField
          control={control}
          name="outputLocationType"
          label="Output location type"
          items={[
            {
              value: 'service',
              label: 'Service-managed S3 bucket',
              description:
                'Transcribe keeps the transcript for 90 days and gives a temporary link to it.',
            },
            {
              value: 'customer',
              label: 'Customer specified S3 bucket',
              description: 'The transcript is written to a bucket of yours.',
            },
          ]}
        />
        {outputLocationType === 'customer' ? (
          <S3LocationField
            control={control}
            name="outputUri"
            label="Output location on S3"
            description="The bucket, and optionally a folder, where Transcribe writes the transcript."
            constraintText="Format: s3://bucket/prefix/"
            placeholder="s3://bucket/prefix/"
            folders
          />
        ) : null}
        <ToggleField
          control={control}
          name="encryption"
          description="Encrypt the transcript with a KMS key of your choice. Without a key, the output is encrypted with the default Amazon S3 key (SSE-S3)."
        >
          Encryption
        </ToggleField>
        {encryption ? (
          <SpaceBetween size="l">
            <RadioField
              control={control}
              name="kmsKeySource"
              label="KMS key"
              items={[
                { value: 'current', label: 'Key from current account' },
                { value: 'other', label: 'Key from a different account' },
              ]}
            />
            {kmsKeySource === 'current' ? (
              <KmsKeySelect control={control} checks={checks} keys={keys} />
            ) : (
              <InputField
                control={control}
                name="kmsKeyArn"
                label="KMS key ARN"
                description="The ARN of a key or alias, in this job's Region."
                constraintText={
                  checks.sameAccount
                    ? 'This key is in your own account: you can also choose it from the list under "Key from current account".'
                    : 'To use a key from a different account, you need kms:Encrypt permission on the key.'
                }
                errorText={refusal}
                input={{
                  placeholder: 'arn:aws:kms:region:account:key/key-id',
                  spellcheck: false,
                  autoComplete: false,
                }}
                stretch
              />
            )}
            <KeyAccessCheck checks={checks} />
            <EncryptionContextEditor control={control} />
          </SpaceBetween>
        ) : null}
      </SpaceBetween>
    </Container>
  );
}
