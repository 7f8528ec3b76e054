import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, useWatch } from 'react-hook-form';
import { RadioField } from '@/lib/form/form-controls';
import type { KeyOptionsState } from './api/list-key-options';
import { EncryptionContextEditor } from './components/encryption-context-editor';
import { KeyAccessCheck } from './components/key-access-check';
import { KmsKeyArnField } from './components/kms-key-arn-field';
import { KmsKeySelect } from './components/kms-key-select';
import { transcriptionJobResource } from './kms-key-arn';
import { asKmsKeyControl, type KmsKeyFieldValues } from './kms-key-fields';
import type { KmsKeyChecks } from './use-kms-key-checks';

/*
 * The KMS key panel: "Key from current account" (every customer managed key, with the chosen
 * key's details) or "Key from a different account" (a key or alias ARN), the access check,
 * and the encryption context. Shared by every page that encrypts with the analyst's key.
 *
 * A form uses it through four public files, never the files under components/ or api/
 * except the key list's hook:
 * - kms-key-fields.ts: the values (spread into the form's zod shape), their rules
 *   (`kmsKeyIssues`, added in the form's schema) and the request's members;
 * - use-kms-key-checks.ts: `useKmsKeyChecks`, called by the form, whose `ensure()` it awaits
 *   before submitting;
 * - api/list-key-options.ts: `useKeyOptions`, held by a component that stays mounted while
 *   Encryption is switched off and on, so the list is loaded once;
 * - this file: the panel, shown while Encryption is on.
 */

export interface KmsKeyPanelProps<T extends KmsKeyFieldValues> {
  /** The form's control; its values hold the panel's fields under their names. */
  control: Control<T>;
  checks: KmsKeyChecks;
  keys: KeyOptionsState;
  /** What the encryption context is for on this page, under "Encryption context - optional". */
  contextDescription: string;
}

export function KmsKeyPanel<T extends KmsKeyFieldValues>({
  control,
  checks,
  keys,
  contextDescription,
}: KmsKeyPanelProps<T>) {
  const fields = asKmsKeyControl(control);
  const source = useWatch({ control: fields, name: 'kmsKeySource' });
  const resource = checks.scope.resource ?? transcriptionJobResource;
  return (
    <SpaceBetween size="l">
      <RadioField
        control={fields}
        name="kmsKeySource"
        label="KMS key"
        items={[
          { value: 'current', label: 'Key from current account' },
          { value: 'other', label: 'Key from a different account' },
        ]}
      />
      {source === 'current' ? (
        <KmsKeySelect control={fields} checks={checks} keys={keys} />
      ) : (
        <KmsKeyArnField control={fields} checks={checks} resource={resource} />
      )}
      <KeyAccessCheck checks={checks} />
      <EncryptionContextEditor
        control={fields}
        description={contextDescription}
        characters={checks.scope.contextCharacters}
        settling={checks.contextSettling}
        onSettle={checks.settle}
      />
    </SpaceBetween>
  );
}
