import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import type { ReactNode } from 'react';
import { type Control, type FieldPathByValue, useController, useWatch } from 'react-hook-form';
import { InputField, OptionalLabel, RadioField } from '@/lib/form/form-controls';
import { languageName } from '@/lib/transcribe/languages';
import type { CreateJobFormValues } from '../form-schema';
import { PII_ENTITY_TYPES } from '../job-options';
import { ResourceSelect } from './resource-select';

/*
 * The bodies of the "Configure job - optional" containers. Loaded when a container is first
 * opened (see configure-job.tsx): a collapsed container shows only its summary.
 */

type FormControl = Control<CreateJobFormValues>;

/** A toggle whose rule problems show under it, as a field's do. */
function OptionToggle({
  control,
  name,
  label,
  description,
}: {
  control: FormControl;
  name: FieldPathByValue<CreateJobFormValues, boolean>;
  label: string;
  description: ReactNode;
}) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  return (
    <FormField errorText={fieldState.error?.message}>
      <Toggle
        ref={ref}
        checked={value}
        description={description}
        onChange={({ detail }) => {
          onChange(detail.checked);
          onBlur();
        }}
      >
        {label}
      </Toggle>
    </FormField>
  );
}

const useLanguage = (control: FormControl) => {
  const [languageMode, languageCode, languageOptions] = useWatch({
    control,
    name: ['languageMode', 'languageCode', 'languageOptions'],
  });
  return { specific: languageMode === 'specific', languageCode, languageOptions };
};

export function AudioSettingsBody({ control }: { control: FormControl }) {
  const [identification, type, alternatives] = useWatch({
    control,
    name: ['audioIdentification', 'audioIdentificationType', 'alternatives'],
  });
  return (
    <SpaceBetween size="l">
      <OptionToggle
        control={control}
        name="audioIdentification"
        label="Audio identification"
        description="Label who speaks, or which channel, in the transcript."
      />
      {identification ? (
        <>
          <RadioField
            control={control}
            name="audioIdentificationType"
            label="Audio identification type"
            items={[
              {
                value: 'speakers',
                label: 'Speaker partitioning',
                description: 'Tell the speakers apart (spk_0, spk_1, …).',
              },
              {
                value: 'channels',
                label: 'Channel identification',
                description: 'Transcribe each channel of multi-channel audio on its own.',
              },
            ]}
          />
          {type === 'speakers' ? (
            <InputField
              control={control}
              name="maxSpeakers"
              label="Maximum number of speakers"
              constraintText="From 2 to 30. More speakers than this are labelled as one."
              input={{ type: 'number', inputMode: 'numeric', placeholder: '2' }}
            />
          ) : null}
        </>
      ) : null}
      <OptionToggle
        control={control}
        name="alternatives"
        label="Alternative results"
        description="Other transcriptions Transcribe considered, with their confidence."
      />
      {alternatives ? (
        <InputField
          control={control}
          name="maxAlternatives"
          label="Maximum alternatives"
          constraintText="From 2 to 10."
          input={{ type: 'number', inputMode: 'numeric', placeholder: '2' }}
        />
      ) : null}
      <OptionToggle
        control={control}
        name="toxicityDetection"
        label="Toxicity detection"
        description="Score each segment for profanity, hate speech, harassment and other toxic speech. English, US only."
      />
    </SpaceBetween>
  );
}

/** One select per language option (LanguageIdSettings), or one for the specific language. */
function PerLanguageSelects({
  control,
  kind,
  field,
  noun,
}: {
  control: FormControl;
  kind: 'vocabularies' | 'filters';
  field: 'vocabularyName' | 'vocabularyFilterName';
  noun: string;
}) {
  const { specific, languageCode, languageOptions } = useLanguage(control);
  if (specific)
    return (
      <ResourceSelect
        control={control}
        name={field}
        kind={kind}
        languageCode={languageCode}
        label={noun}
        description={`Of ${languageName(languageCode)}, the job's language.`}
      />
    );
  return (
    <SpaceBetween size="l">
      {languageOptions.map((code) => (
        <ResourceSelect
          key={code}
          control={control}
          // react-hook-form's path types cannot see into a record's template-literal keys.
          name={`languageIdSettings.${code}.${field}` as typeof field}
          kind={kind}
          languageCode={code}
          label={<OptionalLabel>{`${noun} for ${languageName(code)}`}</OptionalLabel>}
          description="Used when Transcribe identifies this language."
        />
      ))}
    </SpaceBetween>
  );
}

export function ContentRemovalBody({ control }: { control: FormControl }) {
  const [filtering, redaction, scope] = useWatch({
    control,
    name: ['vocabularyFiltering', 'piiRedaction', 'piiEntityScope'],
  });
  return (
    <SpaceBetween size="l">
      <OptionToggle
        control={control}
        name="vocabularyFiltering"
        label="Vocabulary filtering"
        description="Mask, remove or tag the words of a vocabulary filter in the transcript."
      />
      {filtering ? (
        <>
          <PerLanguageSelects
            control={control}
            kind="filters"
            field="vocabularyFilterName"
            noun="Vocabulary filter"
          />
          <RadioField
            control={control}
            name="vocabularyFilterMethod"
            label="Filter method"
            items={[
              { value: 'mask', label: 'Mask', description: 'Replace each word with ***.' },
              { value: 'remove', label: 'Remove', description: 'Leave nothing in its place.' },
              { value: 'tag', label: 'Tag', description: 'Keep the word and flag it.' },
            ]}
          />
        </>
      ) : null}
      <OptionToggle
        control={control}
        name="piiRedaction"
        label="PII redaction"
        description="Replace personally identifiable information with [PII]. English, US and Spanish, US only."
      />
      {redaction ? (
        <>
          <RadioField
            control={control}
            name="redactionOutput"
            label="Redaction output"
            items={[
              {
                value: 'redacted',
                label: 'Redacted',
                description: 'Only the redacted transcript.',
              },
              {
                value: 'redacted_and_unredacted',
                label: 'Redacted and unredacted',
                description: 'Also the full transcript, as a second file.',
              },
            ]}
          />
          <RadioField
            control={control}
            name="piiEntityScope"
            label="PII entity types"
            items={[
              { value: 'all', label: 'All PII entity types' },
              { value: 'specific', label: 'Specific PII entity types' },
            ]}
          />
          {scope === 'specific' ? <EntityTypesField control={control} /> : null}
        </>
      ) : null}
    </SpaceBetween>
  );
}

function EntityTypesField({ control }: { control: FormControl }) {
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ control, name: 'piiEntityTypes' });
  const options = PII_ENTITY_TYPES.map((type) => ({ value: type.value, label: type.label }));
  return (
    <FormField label="Entity types" errorText={fieldState.error?.message}>
      <Multiselect
        ref={ref}
        options={options}
        selectedOptions={options.filter((o) => value.includes(o.value))}
        onChange={({ detail }) => {
          onChange(detail.selectedOptions.map((o) => o.value ?? ''));
          onBlur();
        }}
        placeholder="Choose entity types"
        invalid={Boolean(fieldState.error)}
      />
    </FormField>
  );
}

export function CustomizationBody({ control }: { control: FormControl }) {
  const on = useWatch({ control, name: 'customVocabulary' });
  return (
    <SpaceBetween size="l">
      <OptionToggle
        control={control}
        name="customVocabulary"
        label="Custom vocabulary"
        description="Words and phrases Transcribe should recognise: names, products, terms."
      />
      {on ? (
        <PerLanguageSelects
          control={control}
          kind="vocabularies"
          field="vocabularyName"
          noun="Vocabulary"
        />
      ) : null}
    </SpaceBetween>
  );
}

export function SubtitlesBody({ control }: { control: FormControl }) {
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ control, name: 'subtitleFormats' });
  const toggle = (format: 'srt' | 'vtt', checked: boolean) => {
    onChange(
      checked ? [...value.filter((f) => f !== format), format] : value.filter((f) => f !== format),
    );
    onBlur();
  };
  return (
    <SpaceBetween size="l">
      <FormField
        label="Subtitle file format"
        description="Subtitle files are written beside the transcript, encrypted the same way."
      >
        <SpaceBetween size="xxs">
          <Checkbox
            ref={ref}
            checked={value.includes('srt')}
            onChange={({ detail }) => toggle('srt', detail.checked)}
          >
            SRT
          </Checkbox>
          <Checkbox
            checked={value.includes('vtt')}
            onChange={({ detail }) => toggle('vtt', detail.checked)}
          >
            WebVTT
          </Checkbox>
        </SpaceBetween>
      </FormField>
      <RadioField
        control={control}
        name="subtitleStartIndex"
        label="Start index"
        description="The number of the first subtitle. Transcribe's default is 0; most players expect 1."
        items={[
          { value: '0', label: '0' },
          { value: '1', label: '1' },
        ]}
      />
    </SpaceBetween>
  );
}
