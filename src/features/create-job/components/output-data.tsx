import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, useWatch } from 'react-hook-form';
import { RadioField, ToggleField } from '@/lib/form/form-controls';
import { useKeyOptions } from '@/lib/kms-key/api/list-key-options';
import { KmsKeyPanel } from '@/lib/kms-key/kms-key-panel';
import type { KmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import { S3LocationField } from '@/lib/s3/s3-location-field';
import { type CreateJobFormValues, KMS_KEY_NEEDS_CUSTOMER_BUCKET } from '../form-schema';

export function OutputData({
  control,
  checks,
}: {
  control: Control<CreateJobFormValues>;
  checks: KmsKeyChecks;
}) {
  const [outputLocationType, encryption, kmsKeySource] = useWatch({
    control,
    name: ['outputLocationType', 'encryption', 'kmsKeySource'],
  });
  // Held here, above the panel, so the list survives switching Encryption or the key source.
  const keys = useKeyOptions(encryption && kmsKeySource === 'current');
  return (
    <Container header={<Header variant="h2">Output data</Header>}>
      <SpaceBetween size="l">
        <RadioField
          control={control}
          name="outputLocationType"
          label="Output location type"
          warningText={
            encryption && outputLocationType === 'service'
              ? KMS_KEY_NEEDS_CUSTOMER_BUCKET
              : undefined
          }
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
          <KmsKeyPanel
            control={control}
            checks={checks}
            keys={keys}
            contextDescription="Key/value pairs bound to the encrypted transcript. S3 keeps them with the file and gives them to KMS itself when it decrypts: they are for audit (CloudTrail records them with each use of the key) and for key policy conditions. Never put secrets in them."
          />
        ) : null}
      </SpaceBetween>
    </Container>
  );
}
