import FormField from '@cloudscape-design/components/form-field';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import type { Ref } from 'react';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  ref?: Ref<InputProps.Ref>;
  type?: InputProps['type'];
  autoComplete?: string;
  /** Read-only rather than disabled while submitting, so focus can return to the field. */
  readOnly?: boolean;
  constraintText?: string;
}

/** A Cloudscape Input with its label and its error on the field. */
export function TextField({
  name,
  label,
  value,
  onChange,
  error,
  ref,
  type = 'text',
  autoComplete,
  readOnly,
  constraintText,
}: TextFieldProps) {
  return (
    <FormField label={label} errorText={error} constraintText={constraintText}>
      <Input
        ref={ref}
        name={name}
        type={type}
        value={value}
        onChange={({ detail }) => onChange(detail.value)}
        autoComplete={autoComplete}
        readOnly={readOnly}
        invalid={Boolean(error)}
        spellcheck={false}
      />
    </FormField>
  );
}
