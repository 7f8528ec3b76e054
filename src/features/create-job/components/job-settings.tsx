import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Multiselect from '@cloudscape-design/components/multiselect';
import type { SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, useController, useWatch } from 'react-hook-form';
import { useJobNameTaken } from '../api/use-job-name-taken';
import { type CreateJobFormValues, nameConstraint } from '../form-schema';
import { transcribeLanguages } from '@/lib/transcribe/languages';
import { InputField, OptionalLabel, RadioField, SelectField } from '@/lib/form/form-controls';
import { InfoLink } from '@/lib/help/info-link';
import { ModelTypeField } from './model-type-field';

const languageOptions: SelectProps.Option[] = transcribeLanguages.map((language) => ({
  value: language.code,
  label: language.name,
  labelTag: language.code,
}));

export function JobSettings({ control }: { control: Control<CreateJobFormValues> }) {
  const name = useWatch({ control, name: 'name' });
  const languageMode = useWatch({ control, name: 'languageMode' });
  const nameTaken = useJobNameTaken(name);
  return (
    <Container header={<Header variant="h2">Job settings</Header>}>
      <SpaceBetween size="l">
        <InputField
          control={control}
          name="name"
          label="Name"
          info={<InfoLink topic="name" about="Name" />}
          description="The name must be unique within this AWS account and Region."
          constraintText={nameConstraint}
          warningText={
            nameTaken
              ? `A job named "${name}" already exists. Creating it will fail: choose another name.`
              : undefined
          }
          input={{ placeholder: 'my-transcription-job', spellcheck: false, autoComplete: false }}
        />
        <RadioField
          control={control}
          name="languageMode"
          label="Language settings"
          info={<InfoLink topic="language-settings" about="Language settings" />}
          items={[
            {
              value: 'specific',
              label: 'Specific language',
              description: 'You know the language spoken in the media file.',
            },
            {
              value: 'identify',
              label: 'Automatic language identification',
              description: 'Transcribe identifies the dominant language of the media file.',
            },
            {
              value: 'identify-multiple',
              label: 'Automatic multiple languages identification',
              description:
                'The media file has more than one language: Transcribe identifies and transcribes each.',
            },
          ]}
        />
        {languageMode === 'specific' ? (
          <SelectField
            control={control}
            name="languageCode"
            label="Language"
            options={languageOptions}
            select={{
              filteringType: 'auto',
              filteringPlaceholder: 'Find a language',
              filteringAriaLabel: 'Find a language',
              placeholder: 'Choose a language',
            }}
          />
        ) : (
          <LanguageOptionsField control={control} />
        )}
        <ModelTypeField control={control} />
      </SpaceBetween>
    </Container>
  );
}

function LanguageOptionsField({ control }: { control: Control<CreateJobFormValues> }) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'languageOptions' });
  const selected = languageOptions.filter((o) => value.includes(o.value ?? ''));
  return (
    <FormField
      label={<OptionalLabel>Language options</OptionalLabel>}
      description="If you know which languages may be spoken, choose two or more to improve identification."
      errorText={fieldState.error?.message}
    >
      <Multiselect
        ref={ref}
        options={languageOptions}
        selectedOptions={selected}
        onChange={({ detail }) => {
          onChange(detail.selectedOptions.map((o) => o.value ?? ''));
          onBlur();
        }}
        filteringType="auto"
        filteringPlaceholder="Find a language"
        filteringAriaLabel="Find a language"
        placeholder="Choose languages"
        tokenLimit={5}
        invalid={Boolean(fieldState.error)}
      />
    </FormField>
  );
}
