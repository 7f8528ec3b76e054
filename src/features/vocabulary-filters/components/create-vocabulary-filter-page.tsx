import { CreateTermListPage } from '@/lib/custom-resources/create-term-list-page';
import { useCreateVocabularyFilter } from '../api/create-vocabulary-filter';
import { filterKind, toCreateVocabularyFilterInput } from '../form-schema';

export function CreateVocabularyFilterPage() {
  const create = useCreateVocabularyFilter();
  return (
    <CreateTermListPage
      kind={filterKind}
      send={(values, keyArn) => create(toCreateVocabularyFilterInput(values, keyArn))}
      description="A vocabulary filter: the words to remove, mask or tag in transcripts, optionally encrypted with a KMS key of your choice."
      source={{ header: 'Words', label: 'Word list source', listLabel: 'Words' }}
    />
  );
}
