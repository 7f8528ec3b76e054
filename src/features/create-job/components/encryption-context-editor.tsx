import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { type Control, Controller, useFieldArray, useFormState } from 'react-hook-form';
import { type CreateJobFormValues, MAX_CONTEXT_PAIRS } from '../form-schema';
import { OptionalLabel } from './form-controls';

/** "Encryption context - optional": up to 10 key/value pairs, sent as KMSEncryptionContext. */
export function EncryptionContextEditor({ control }: { control: Control<CreateJobFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'encryptionContext' });
  const { errors } = useFormState({ control, name: 'encryptionContext' });
  const listError = errors.encryptionContext?.root?.message ?? errors.encryptionContext?.message;
  return (
    <FormField
      label={<OptionalLabel>Encryption context</OptionalLabel>}
      description="Key/value pairs that KMS binds to the encrypted output. Reading the transcript needs the same pairs."
      errorText={listError}
      stretch
    >
      <AttributeEditor
        items={fields}
        addButtonText="Add encryption context"
        removeButtonText="Remove"
        disableAddButton={fields.length >= MAX_CONTEXT_PAIRS}
        additionalInfo={`You can add ${MAX_CONTEXT_PAIRS - fields.length} more pairs. Keys and values: 1–2000 characters, not only spaces.`}
        empty="No encryption context"
        onAddButtonClick={() => append({ key: '', value: '' })}
        onRemoveButtonClick={({ detail }) => remove(detail.itemIndex)}
        removeButtonAriaLabel={(item) =>
          `Remove encryption context pair ${fields.indexOf(item) + 1}`
        }
        definition={(['key', 'value'] as const).map((part) => ({
          label: part === 'key' ? 'Key' : 'Value',
          control: (_item, index) => (
            <Controller
              control={control}
              name={`encryptionContext.${index}.${part}`}
              render={({ field, fieldState }) => (
                <Input
                  ref={field.ref}
                  value={field.value}
                  onChange={({ detail }) => field.onChange(detail.value)}
                  onBlur={field.onBlur}
                  ariaLabel={`Encryption context ${part} ${index + 1}`}
                  invalid={Boolean(fieldState.error)}
                />
              )}
            />
          ),
          errorText: (_item, index) => errors.encryptionContext?.[index]?.[part]?.message,
        }))}
      />
    </FormField>
  );
}
