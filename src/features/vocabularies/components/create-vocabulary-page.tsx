import { CreateTermListPage } from '@/lib/custom-resources/create-term-list-page';
import { useCreateVocabulary } from '../api/create-vocabulary';
import { toCreateVocabularyInput, vocabularyKind } from '../form-schema';

export function CreateVocabularyPage() {
  const create = useCreateVocabulary();
  return (
    <CreateTermListPage
      kind={vocabularyKind}
      send={(values, keyArn) => create(toCreateVocabularyInput(values, keyArn))}
      description="A custom vocabulary: the phrases Transcribe should recognise, optionally encrypted with a KMS key of your choice."
      source={{
        header: 'Vocabulary input source',
        label: 'Vocabulary input source',
        listLabel: 'Phrases',
      }}
    />
  );
}
