import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { getLanguageModelsQueryOptions } from '@/lib/custom-resources/api/list-language-models';
import { ResourceListPage } from '@/lib/custom-resources/resource-list-page';
import { modelInfo } from '../form-schema';

export function LanguageModelsPage() {
  const { transcribe } = useAwsClients();
  const query = useQuery({
    ...getLanguageModelsQueryOptions(transcribe),
    select: (items) =>
      items.map((item) => ({
        name: item.ModelName ?? '',
        languageCode: item.LanguageCode,
        state: item.ModelStatus,
        lastModified: item.LastModifiedTime,
      })),
  });
  return (
    <ResourceListPage
      info={modelInfo}
      title="Custom language models"
      description="Custom language models are trained on text of your domain, to transcribe it more accurately."
      query={query}
      showState
    />
  );
}
