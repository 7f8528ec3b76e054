import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { getVocabulariesQueryOptions } from '@/lib/custom-resources/api/list-vocabularies';
import { ResourceListPage } from '@/lib/custom-resources/resource-list-page';
import { vocabularyInfo } from '../form-schema';

export function VocabulariesPage() {
  const { transcribe } = useAwsClients();
  const query = useQuery({
    ...getVocabulariesQueryOptions(transcribe),
    select: (items) =>
      items.map((item) => ({
        name: item.VocabularyName ?? '',
        languageCode: item.LanguageCode,
        state: item.VocabularyState,
        lastModified: item.LastModifiedTime,
      })),
  });
  return (
    <ResourceListPage
      info={vocabularyInfo}
      title="Vocabularies"
      description="Custom vocabularies teach Transcribe the words and phrases of your domain. Each is for one language."
      query={query}
      showState
    />
  );
}
