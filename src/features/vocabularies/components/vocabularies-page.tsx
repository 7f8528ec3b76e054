import { ResourceListPage } from '@/lib/custom-resources/resource-list-page';
import { vocabularyKind } from '../form-schema';

export function VocabulariesPage() {
  return (
    <ResourceListPage
      info={vocabularyKind.info}
      title="Vocabularies"
      description="Custom vocabularies teach Transcribe the words and phrases of your domain. Each is for one language."
    />
  );
}
