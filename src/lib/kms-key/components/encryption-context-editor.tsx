import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { type Control, Controller, useFieldArray, useFormState } from 'react-hook-form';
import { OptionalLabel } from '@/lib/form/form-controls';
import {
  type ContextCharacters,
  contextConstraintFor,
  type KmsKeyFieldValues,
  MAX_CONTEXT_PAIRS,
} from '../kms-key-fields';

/** "Encryption context - optional": up to 10 key/value pairs, sent with the key. */
export function EncryptionContextEditor({
  control,
  description,
  characters,
  settling,
  onSettle,
}: {
  control: Control<KmsKeyFieldValues>;
  description: string;
  characters?: ContextCharacters;
  /** Typing in a pair: its messages wait for the pause, like the check. */
  settling: boolean;
  /** A pair lost focus: check what is typed now. */
  onSettle: () => void;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: 'encryptionContext' });
  const { errors } = useFormState({ control, name: 'encryptionContext' });
  const listError = errors.encryptionContext?.root?.message ?? errors.encryptionContext?.message;
  return (
    <FormField
      label={<OptionalLabel>Encryption context</OptionalLabel>}
      description={description}
      errorText={listError}
      stretch
    >
      <AttributeEditor
        items={fields}
        addButtonText="Add encryption context"
        removeButtonText="Remove"
        disableAddButton={fields.length >= MAX_CONTEXT_PAIRS}
        additionalInfo={`You can add ${MAX_CONTEXT_PAIRS - fields.length} more pairs. ${contextConstraintFor(characters)}`}
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
                  onBlur={() => {
                    field.onBlur();
                    onSettle();
                  }}
                  ariaLabel={`Encryption context ${part} ${index + 1}`}
                  invalid={!settling && Boolean(fieldState.error)}
                />
              )}
            />
          ),
          errorText: (_item, index) =>
            settling ? undefined : errors.encryptionContext?.[index]?.[part]?.message,
        }))}
      />
    </FormField>
  );
}
