import FormField from '@cloudscape-design/components/form-field';
import Input, { type InputProps } from '@cloudscape-design/components/input';
import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';

interface TextFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  type?: InputProps['type'];
  autoComplete?: string;
  /** Read-only rather than disabled while submitting, so focus can return to the field. */
  readOnly?: boolean;
  constraintText?: string;
}

/** A Cloudscape Input bound to react-hook-form, its error on the field and its ref for focus. */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  type = 'text',
  autoComplete,
  readOnly,
  constraintText,
}: TextFieldProps<T>) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  return (
    <FormField label={label} errorText={fieldState.error?.message} constraintText={constraintText}>
      <Input
        ref={ref}
        name={fieldName}
        type={type}
        value={typeof value === 'string' ? value : ''}
        onChange={({ detail }) => onChange(detail.value)}
        onBlur={onBlur}
        autoComplete={autoComplete}
        readOnly={readOnly}
        invalid={Boolean(fieldState.error)}
        spellcheck={false}
      />
    </FormField>
  );
}
