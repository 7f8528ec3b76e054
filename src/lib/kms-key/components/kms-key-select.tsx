import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { type Control, useController } from 'react-hook-form';
import { describeAwsError } from '@/lib/aws/errors';
import type { KeyOption, KeyOptionsState } from '../api/list-key-options';
import type { KmsKeyFieldValues } from '../kms-key-fields';
import type { KmsKeyChecks } from '../use-kms-key-checks';
import { KmsKeyDetails } from './kms-key-details';

function toSelectOption(option: KeyOption): SelectProps.Option {
  return {
    value: option.keyId,
    label: option.label,
    // Text only: alias names come from the network and Cloudscape renders them as text.
    description: option.aliases.length ? option.keyId : undefined,
    tags: option.aliases.length > 1 ? option.aliases.slice(1) : undefined,
  };
}

/**
 * "KMS key ID": every customer managed key, shown as the pages arrive. Filtering is done here
 * over a prepared lower-case index (manual filtering), which keeps typing quick at 10,000 keys.
 */
export const KmsKeySelect = memo(function KmsKeySelect({
  control,
  checks,
  keys,
}: {
  control: Control<KmsKeyFieldValues>;
  checks: Pick<KmsKeyChecks, 'describe' | 'describeProblem' | 'rotation' | 'words'>;
  keys: KeyOptionsState;
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'kmsKeyId' });
  const [filter, setFilter] = useState('');

  // Select options built once per page of keys, not once per keystroke.
  const prepared = useMemo(
    () => keys.options.map((option) => ({ option, select: toSelectOption(option) })),
    [keys.options],
  );
  const allOptions = useMemo(() => prepared.map((p) => p.select), [prepared]);
  // Filtering is low priority: the typed character shows at once, the list follows.
  const deferredFilter = useDeferredValue(filter);
  const options = useMemo(() => {
    const needle = deferredFilter.trim().toLowerCase();
    if (!needle) return allOptions;
    const matches = prepared.filter((p) => p.option.searchText.includes(needle));
    // The same array when everything matches, so the Select has nothing to redo.
    return matches.length === prepared.length ? allOptions : matches.map((p) => p.select);
  }, [prepared, allOptions, deferredFilter]);
  const chosen = keys.options.find((o) => o.keyId === value);
  const selectedOption: SelectProps.Option | null = value
    ? chosen
      ? toSelectOption(chosen)
      : { value: value, label: value }
    : null;

  const errorText = fieldState.error?.message ?? checks.describeProblem ?? checks.words?.fieldError;

  return (
    <FormField
      label="KMS key ID"
      description="A customer managed key of this account and Region. AWS managed keys are not listed: Transcribe cannot use them."
      errorText={errorText}
      stretch
    >
      <Select
        ref={ref}
        selectedOption={selectedOption}
        options={options}
        onChange={({ detail }) => {
          onChange(detail.selectedOption.value ?? '');
          onBlur();
        }}
        onBlur={onBlur}
        placeholder="Choose a KMS key"
        filteringType="manual"
        filteringPlaceholder="Find a key by alias, key ID or ARN"
        filteringAriaLabel="Find a key by alias, key ID or ARN"
        filteringClearAriaLabel="Clear"
        onLoadItems={({ detail }) => {
          setFilter(detail.filteringText);
          if (detail.samePage && keys.status === 'error') keys.retry();
        }}
        virtualScroll
        statusType={keys.status}
        loadingText={`Loading keys (${keys.options.length} so far)`}
        finishedText={
          filter
            ? `${options.length} of ${keys.options.length} keys match`
            : `${keys.options.length} keys`
        }
        errorText={`Could not load the keys: ${describeAwsError(keys.error).message}`}
        recoveryText="Retry"
        empty="No customer managed keys in this account and Region"
        noMatch="No key matches"
        invalid={Boolean(errorText)}
      />
      {value ? <KmsKeyDetails describe={checks.describe} rotation={checks.rotation} /> : null}
    </FormField>
  );
});
