import FormField, { type FormFieldProps } from '@cloudscape-design/components/form-field';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import RadioGroup, { type RadioGroupProps } from '@cloudscape-design/components/radio-group';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import Toggle from '@cloudscape-design/components/toggle';
import type { ReactNode } from 'react';
import {
  type Control,
  type FieldPathByValue,
  type FieldValues,
  useController,
} from 'react-hook-form';

/*
 * Cloudscape controls bound to react-hook-form, one small adapter per control: the field's
 * error into FormField's errorText, and the field's ref forwarded so focus-on-error works.
 * Any form's values; `name` is limited to fields of the control's value type.
 */

type FieldProps = Pick<
  FormFieldProps,
  'label' | 'description' | 'constraintText' | 'warningText' | 'info' | 'stretch'
>;

/** Cloudscape Input bound to a string field; the error comes from the schema unless given. */
export function InputField<T extends FieldValues>({
  control,
  name,
  errorText,
  input,
  ...field
}: FieldProps & {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  errorText?: ReactNode;
  input?: Omit<InputProps, 'value' | 'onChange'>;
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  return (
    <FormField {...field} errorText={fieldState.error?.message ?? errorText}>
      <Input
        {...input}
        ref={ref}
        value={value as string}
        onChange={({ detail }) => onChange(detail.value)}
        onBlur={onBlur}
        invalid={Boolean(fieldState.error ?? errorText)}
      />
    </FormField>
  );
}

export function RadioField<T extends FieldValues>({
  control,
  name,
  items,
  ...field
}: FieldProps & {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  items: RadioGroupProps.RadioButtonDefinition[];
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  return (
    <FormField {...field} errorText={fieldState.error?.message}>
      <RadioGroup
        ref={ref}
        value={value as string}
        items={items}
        onChange={({ detail }) => {
          onChange(detail.value);
          onBlur();
        }}
      />
    </FormField>
  );
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  options,
  select,
  ...field
}: FieldProps & {
  control: Control<T>;
  name: FieldPathByValue<T, string>;
  options: SelectProps.Option[];
  select?: Omit<SelectProps, 'selectedOption' | 'onChange' | 'options'>;
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const selected = options.find((o) => o.value === value) ?? null;
  return (
    <FormField {...field} errorText={fieldState.error?.message}>
      <Select
        {...select}
        ref={ref}
        options={options}
        selectedOption={selected}
        onChange={({ detail }) => {
          onChange(detail.selectedOption.value ?? '');
          onBlur();
        }}
        invalid={Boolean(fieldState.error)}
      />
    </FormField>
  );
}

export function ToggleField<T extends FieldValues>({
  control,
  name,
  children,
  description,
  info,
}: {
  control: Control<T>;
  name: FieldPathByValue<T, boolean>;
  children: ReactNode;
  description?: ReactNode;
  /** An Info link, shown beside the toggle's label. */
  info?: ReactNode;
}) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name });
  const toggle = (
    <Toggle
      ref={ref}
      checked={value as boolean}
      description={description}
      onChange={({ detail }) => {
        onChange(detail.checked);
        onBlur();
      }}
    >
      {children}
    </Toggle>
  );
  // Beside the toggle, not in its label: a link inside a label would also flip the toggle.
  return info ? (
    <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
      {toggle}
      {info}
    </div>
  ) : (
    toggle
  );
}

/** A label with the console's "- optional" suffix. */
export function OptionalLabel({ children }: { children: ReactNode }) {
  return (
    <>
      {children} <i>- optional</i>
    </>
  );
}
