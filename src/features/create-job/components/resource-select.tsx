import FormField from '@cloudscape-design/components/form-field';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import type { ReactNode } from 'react';
import { type Control, type FieldPathByValue, useController } from 'react-hook-form';
import { describeAwsError } from '@/lib/aws/errors';
import { languageName } from '@/lib/transcribe/languages';
import { type CustomResourceKind, useCustomResources } from '../api/list-custom-resources';
import type { CreateJobFormValues } from '../form-schema';

const nouns: Record<CustomResourceKind, { plural: string; ready?: string }> = {
  vocabularies: { plural: 'custom vocabularies', ready: 'READY' },
  filters: { plural: 'vocabulary filters' },
  models: { plural: 'language models', ready: 'COMPLETED' },
};

/**
 * A select of the account's custom vocabularies, vocabulary filters or language models of one
 * language, from their List operation: a loading state while the list loads, an error with
 * "Retry" when it fails, and a plain message when the language has none. Vocabularies that are
 * not READY and models that are not COMPLETED are shown disabled, with their state.
 */
export function ResourceSelect({
  control,
  name,
  kind,
  languageCode,
  label,
  description,
}: {
  control: Control<CreateJobFormValues>;
  name: FieldPathByValue<CreateJobFormValues, string | undefined>;
  kind: CustomResourceKind;
  languageCode: string;
  label: ReactNode;
  description?: ReactNode;
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const list = useCustomResources(kind);
  const noun = nouns[kind];
  const options: SelectProps.Option[] = (list.data ?? [])
    .filter((resource) => resource.languageCode === languageCode)
    .map((resource) => {
      const notReady = noun.ready !== undefined && resource.state !== noun.ready;
      return {
        value: resource.name,
        label: resource.name,
        tags: resource.state ? [resource.state] : undefined,
        disabled: notReady,
        disabledReason: notReady
          ? `${resource.state}: only a ${noun.ready} one can be used.`
          : undefined,
      };
    });
  const chosen = typeof value === 'string' ? value : '';
  const selected = chosen
    ? (options.find((o) => o.value === chosen) ?? { value: chosen, label: chosen })
    : null;
  return (
    <FormField label={label} description={description} errorText={fieldState.error?.message}>
      <Select
        ref={ref}
        options={options}
        selectedOption={selected}
        onChange={({ detail }) => {
          onChange(detail.selectedOption.value ?? '');
          onBlur();
        }}
        placeholder={`Choose from the ${noun.plural}`}
        filteringType="auto"
        statusType={list.isPending ? 'loading' : list.isError ? 'error' : 'finished'}
        loadingText={`Loading ${noun.plural}`}
        errorText={
          list.isError
            ? `The ${noun.plural} could not be loaded: ${describeAwsError(list.error).message}`
            : undefined
        }
        recoveryText="Retry"
        onLoadItems={() => {
          if (list.isError) void list.refetch();
        }}
        empty={`No ${noun.plural} for ${languageName(languageCode)} in this account and Region.`}
        invalid={Boolean(fieldState.error)}
      />
    </FormField>
  );
}
