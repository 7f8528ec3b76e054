import { ResourceListPage } from '@/lib/custom-resources/resource-list-page';
import { filterKind } from '../form-schema';

export function VocabularyFiltersPage() {
  return (
    <ResourceListPage
      info={filterKind.info}
      title="Vocabulary filters"
      description="Vocabulary filters remove, mask or tag words you don't want in transcripts. Each is for one language."
    />
  );
}
