import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { type Control, useWatch } from 'react-hook-form';
import { describeAwsError } from '@/lib/aws/errors';
import { InputField, ToggleField } from '@/lib/form/form-controls';
import { InfoLink } from '@/lib/help/info-link';
import { useKeyOptions } from '@/lib/kms-key/api/list-key-options';
import { useDescribeKey } from '@/lib/kms-key/api/describe-key';
import { checkKmsArn } from '@/lib/kms-key/kms-key-arn';
import { KmsKeyPanel } from '@/lib/kms-key/kms-key-panel';
import type { KmsKeyChecks } from '@/lib/kms-key/use-kms-key-checks';
import type { ResourceFieldValues } from './resource-fields';

const asShared = <T extends ResourceFieldValues>(control: Control<T>) =>
  control as unknown as Control<ResourceFieldValues>;

/** "IAM role ARN" (DataAccessRoleArn), with the API's pattern checked by the form's schema. */
export function RoleArnField<T extends ResourceFieldValues>({
  control,
  description,
}: {
  control: Control<T>;
  description: string;
}) {
  return (
    <InputField
      control={asShared(control)}
      name="roleArn"
      label="IAM role ARN"
      info={<InfoLink topic="role-arn" about="IAM role ARN" />}
      description={description}
      constraintText="Format: arn:aws:iam::ACCOUNT:role/NAME. You need iam:PassRole on the role."
      input={{
        placeholder: 'arn:aws:iam::111122223333:role/TranscribeDataAccess',
        spellcheck: false,
        autoComplete: false,
      }}
      stretch
    />
  );
}

/**
 * The key ARN that will be sent: Transcribe takes a full key ARN only, so a key from the list
 * (known by its ID) and an alias ARN are resolved with DescribeKey, and the page says so.
 */
function KeyArnNote({
  control,
  checks,
}: {
  control: Control<ResourceFieldValues>;
  checks: KmsKeyChecks;
}) {
  const [source, typed] = useWatch({ control, name: ['kmsKeySource', 'kmsKeyArn'] });
  const arn = checkKmsArn(typed, checks.scope);
  const alias = source === 'other' && arn.ok && arn.arn.kind === 'alias' ? typed.trim() : undefined;
  const resolved = useDescribeKey(alias);
  if (source === 'current') {
    const keyArn = checks.describe.data?.Arn;
    return keyArn ? (
      <StatusIndicator type="info">Sent as the key ARN {keyArn}.</StatusIndicator>
    ) : null;
  }
  if (!alias) return null;
  if (resolved.isPending)
    return <StatusIndicator type="loading">Resolving the alias to its key ARN</StatusIndicator>;
  if (resolved.isError)
    return (
      <StatusIndicator type="warning">
        The alias could not be resolved to its key ({describeAwsError(resolved.error).message}).
        Transcribe takes a full key ARN only: enter the key ARN instead.
      </StatusIndicator>
    );
  return (
    <StatusIndicator type="info">
      {alias} resolves to the key {resolved.data.Arn}. Transcribe takes a full key ARN only, so this
      key ARN is sent.
    </StatusIndicator>
  );
}

/** What the access check proved, and what only the role can prove. */
function RoleProofNote({ roleArn, noun }: { roleArn: string; noun: string }) {
  const role = roleArn.trim() || 'the IAM role';
  return (
    <Alert type="info" header="What the access check proves">
      The access check proves that you can encrypt with this key (kms:Encrypt). It can&apos;t prove
      that {role} can: Transcribe uses the key as that role, which needs kms:GenerateDataKey and
      kms:Decrypt on the key, allowed both by the role&apos;s own policy and by the key policy, and
      a trust policy that lets transcribe.amazonaws.com assume it. If the role can&apos;t, the{' '}
      {noun} is created but fails, and its details page says why.
    </Alert>
  );
}

/**
 * "Encryption - optional" on a custom resource's create page: the shared KMS key panel, the
 * key ARN that will be sent, the IAM role ARN (unless the page asks for it elsewhere), and
 * what the access check does and does not prove.
 */
export function EncryptionContainer<T extends ResourceFieldValues>({
  control: formControl,
  checks,
  noun,
  roleFieldHere,
}: {
  control: Control<T>;
  checks: KmsKeyChecks;
  /** "vocabulary", "vocabulary filter", "language model". */
  noun: string;
  /** False when the page shows "IAM role ARN" elsewhere (a language model always needs one). */
  roleFieldHere: boolean;
}) {
  const control = asShared(formControl);
  const [encryption, source, roleArn] = useWatch({
    control,
    name: ['encryption', 'kmsKeySource', 'roleArn'],
  });
  // Held here, above the panel, so the list survives switching Encryption or the key source.
  const keys = useKeyOptions(encryption && source === 'current');
  return (
    <Container header={<Header variant="h2">Encryption - optional</Header>}>
      <SpaceBetween size="l">
        <ToggleField
          control={control}
          name="encryption"
          info={<InfoLink topic="encryption" about="Encryption" />}
          description={`Encrypt the ${noun}'s stored data with a KMS key of your choice. Without a key, Transcribe encrypts it with a key that AWS owns.`}
        >
          Encryption
        </ToggleField>
        {encryption ? (
          <>
            <KmsKeyPanel
              control={control}
              checks={checks}
              keys={keys}
              contextDescription={`Key/value pairs that KMS binds to the ${noun}'s encrypted data, visible in CloudTrail. Printable ASCII only.`}
            />
            <KeyArnNote control={control} checks={checks} />
            {roleFieldHere ? (
              <RoleArnField
                control={formControl}
                description={`The role Transcribe assumes to use the key (and to read the ${noun}'s file from S3). It must be able to use the key.`}
              />
            ) : null}
            <RoleProofNote roleArn={roleArn} noun={noun} />
          </>
        ) : null}
      </SpaceBetween>
    </Container>
  );
}
