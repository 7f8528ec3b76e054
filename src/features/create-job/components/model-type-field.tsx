import SpaceBetween from '@cloudscape-design/components/space-between';
import { type Control, useWatch } from 'react-hook-form';
import { RadioField } from '@/lib/form/form-controls';
import { InfoLink } from '@/lib/help/info-link';
import { languageName } from '@/lib/transcribe/languages';
import type { CreateJobFormValues } from '../form-schema';
import { CLM_LANGUAGES } from '../job-options';
import { ResourceSelect } from './resource-select';

/**
 * "Model type" in Job settings: the general model, or a custom language model of the job's
 * language ("Language model", from ListLanguageModels: COMPLETED models of that language, the
 * others shown disabled with their status).
 */
export function ModelTypeField({ control }: { control: Control<CreateJobFormValues> }) {
  const [modelType, languageMode, languageCode] = useWatch({
    control,
    name: ['modelType', 'languageMode', 'languageCode'],
  });
  return (
    <SpaceBetween size="l">
      <RadioField
        control={control}
        name="modelType"
        label="Model type"
        info={<InfoLink topic="model-type" about="Model type" />}
        items={[
          {
            value: 'general',
            label: 'General model',
            description: 'Transcribe’s model for the language.',
          },
          {
            value: 'custom',
            label: 'Custom language model',
            description: `A model you trained on your own text, for a specific language (${CLM_LANGUAGES.map(languageName).join(', ')}).`,
          },
        ]}
      />
      {modelType === 'custom' &&
      languageMode === 'specific' &&
      CLM_LANGUAGES.includes(languageCode) ? (
        <ResourceSelect
          control={control}
          name="languageModelName"
          kind="models"
          languageCode={languageCode}
          label="Language model"
          description={`Completed custom language models in ${languageName(languageCode)}.`}
        />
      ) : null}
    </SpaceBetween>
  );
}
