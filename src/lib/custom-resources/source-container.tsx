import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, Controller, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { RadioField } from '@/lib/form/form-controls';
import { InfoLink } from '@/lib/help/info-link';
import { S3LocationField } from '@/lib/s3/s3-location-field';
import type { SourceFieldValues } from './source-fields';
import { termsConstraint, type TermKind } from './terms';

type SourceForm = SourceFieldValues & { languageCode: string };

/**
 * A vocabulary's or filter's terms: "S3 location" (a file, Browse S3) or a list editor of
 * phrases or words, one per row, with the language's character rules under it.
 */
export function SourceContainer<T extends SourceForm>({
  control: formControl,
  header,
  sourceLabel,
  listLabel,
  kind,
  fileNoun,
}: {
  control: Control<T>;
  /** "Vocabulary input source". */
  header: string;
  /** The radio group's label. */
  sourceLabel: string;
  /** "Phrases", "Words". */
  listLabel: string;
  kind: TermKind;
  fileNoun: string;
}) {
  const control = formControl as unknown as Control<SourceForm>;
  const [source, languageCode] = useWatch({ control, name: ['inputSource', 'languageCode'] });
  const { fields, append, remove } = useFieldArray({ control, name: 'terms' });
  const { errors } = useFormState({ control, name: 'terms' });
  const rowLabel = kind === 'phrase' ? 'Phrase' : 'Word';
  return (
    <Container header={<Header variant="h2">{header}</Header>}>
      <SpaceBetween size="l">
        <RadioField
          control={control}
          name="inputSource"
          label={sourceLabel}
          info={<InfoLink topic="source" about={sourceLabel} />}
          items={[
            { value: 'list', label: listLabel, description: `Type the ${kind}s here.` },
            {
              value: 's3',
              label: 'S3 location',
              description: `A text file in S3 with one ${kind} per line${kind === 'phrase' ? ', or a table' : ''}.`,
            },
          ]}
        />
        {source === 's3' ? (
          <S3LocationField
            control={control}
            name="fileUri"
            label="S3 location"
            description={`The ${fileNoun} in S3.`}
            constraintText="Format: s3://bucket/prefix/file.txt"
            folders={false}
            placeholder="s3://bucket/prefix/terms.txt"
            modalTitle={`Choose a ${fileNoun}`}
          />
        ) : (
          <FormField
            label={listLabel}
            errorText={errors.terms?.message ?? errors.terms?.root?.message}
            constraintText={termsConstraint(languageCode, kind)}
            stretch
          >
            <AttributeEditor
              items={fields}
              addButtonText={`Add ${kind}`}
              removeButtonText="Remove"
              empty={`No ${kind}s`}
              onAddButtonClick={() => append({ value: '' })}
              onRemoveButtonClick={({ detail }) => remove(detail.itemIndex)}
              definition={[
                {
                  label: rowLabel,
                  errorText: (_item, index) => errors.terms?.[index]?.value?.message,
                  control: (_item, index) => (
                    <Controller
                      control={control}
                      name={`terms.${index}.value`}
                      render={({ field, fieldState }) => (
                        <Input
                          ref={field.ref}
                          value={field.value}
                          onChange={({ detail }) => field.onChange(detail.value)}
                          onBlur={field.onBlur}
                          invalid={Boolean(fieldState.error)}
                          ariaLabel={`${rowLabel} ${index + 1}`}
                          spellcheck={false}
                          autoComplete={false}
                          placeholder={kind === 'phrase' ? 'Los-Angeles' : 'darn'}
                        />
                      )}
                    />
                  ),
                },
              ]}
            />
          </FormField>
        )}
      </SpaceBetween>
    </Container>
  );
}
