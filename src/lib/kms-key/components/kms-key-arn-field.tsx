import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { type Control, useController } from 'react-hook-form';
import { afterPointerRelease } from '@/lib/after-pointer-release';
import type { KmsKeyResource } from '../kms-key-arn';
import type { KmsKeyFieldValues } from '../kms-key-fields';
import type { KmsKeyChecks } from '../use-kms-key-checks';

/**
 * "KMS key ARN" for a key of a different account. Nothing is said about a half-typed ARN:
 * its problems, and the access check's, appear once typing pauses or the field loses focus.
 */
export function KmsKeyArnField({
  control,
  checks,
  resource,
}: {
  control: Control<KmsKeyFieldValues>;
  checks: Pick<
    KmsKeyChecks,
    'arnSettling' | 'arnProblem' | 'words' | 'settle' | 'sameAccount' | 'resolvedKeyArn'
  >;
  resource: KmsKeyResource;
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'kmsKeyArn' });
  const errorText = checks.arnSettling
    ? undefined
    : (fieldState.error?.message ?? checks.arnProblem ?? checks.words?.fieldError);
  const resolved =
    checks.resolvedKeyArn && checks.resolvedKeyArn !== value.trim()
      ? ` This alias names the key ${checks.resolvedKeyArn}.`
      : '';
  return (
    <FormField
      label="KMS key ARN"
      description={`The ARN of a key or alias, in this ${resource.name}'s Region.`}
      constraintText={
        checks.sameAccount
          ? `This key is in your own account: you can also choose it from the list under "Key from current account".${resolved}`
          : `To use a key from a different account, you need kms:Encrypt permission on the key${resource.readsHere ? ` (and kms:Decrypt to read the ${resource.readsHere} here)` : ''}.${resolved}`
      }
      errorText={errorText}
      stretch
    >
      <Input
        ref={ref}
        value={value}
        onChange={({ detail }) => onChange(detail.value)}
        onBlur={() => {
          onBlur();
          afterPointerRelease(checks.settle);
        }}
        invalid={Boolean(errorText)}
        placeholder="arn:aws:kms:region:account:key/key-id"
        spellcheck={false}
        autoComplete={false}
      />
    </FormField>
  );
}
