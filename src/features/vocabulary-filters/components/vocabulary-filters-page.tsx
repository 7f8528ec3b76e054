import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { getVocabularyFiltersQueryOptions } from '@/lib/custom-resources/api/list-vocabulary-filters';
import { ResourceListPage } from '@/lib/custom-resources/resource-list-page';
import { filterInfo } from '../form-schema';

export function VocabularyFiltersPage() {
  const { transcribe } = useAwsClients();
  const query = useQuery({
    ...getVocabularyFiltersQueryOptions(transcribe),
    select: (items) =>
      items.map((item) => ({
        name: item.VocabularyFilterName ?? '',
        languageCode: item.LanguageCode,
        lastModified: item.LastModifiedTime,
      })),
  });
  return (
    <ResourceListPage
      info={filterInfo}
      title="Vocabulary filters"
      description="Vocabulary filters remove, mask or tag words you don't want in transcripts. Each is for one language."
      query={query}
      showState={false}
    />
  );
}
