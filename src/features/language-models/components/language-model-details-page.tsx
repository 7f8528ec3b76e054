import { encryptionPairs, ResourceDetailsPage } from '@/lib/custom-resources/resource-details-page';
import { ResourceStateIndicator } from '@/lib/custom-resources/resource-state-indicator';
import { formatDateTime } from '@/lib/format-date-time';
import { languageName } from '@/lib/transcribe/languages';
import { useLanguageModel } from '../api/describe-language-model';
import { modelInfo } from '../form-schema';

export function LanguageModelDetailsPage({ name }: { name: string }) {
  const query = useLanguageModel(name);
  const model = query.data;
  return (
    <ResourceDetailsPage
      info={modelInfo}
      name={name}
      query={query}
      state={model?.ModelStatus}
      failureReason={model?.FailureReason}
      pairs={[
        { label: 'Name', value: model?.ModelName ?? name },
        { label: 'Language', value: model?.LanguageCode ? languageName(model.LanguageCode) : '-' },
        { label: 'Base model', value: model?.BaseModelName ?? '-' },
        { label: 'State', value: <ResourceStateIndicator state={model?.ModelStatus} /> },
        { label: 'Training data', value: model?.InputDataConfig?.S3Uri ?? '-' },
        { label: 'Tuning data', value: model?.InputDataConfig?.TuningDataS3Uri ?? '-' },
        { label: 'Created', value: formatDateTime(model?.CreateTime) },
        { label: 'Last modified', value: formatDateTime(model?.LastModifiedTime) },
      ]}
      encryption={encryptionPairs(
        model?.EncryptionConfiguration,
        model?.InputDataConfig?.DataAccessRoleArn,
      )}
    />
  );
}
