import { useParams } from 'react-router';
import { usePageHelp } from '@/lib/help/help-context';
import { CreateVocabularyPage } from '@/features/vocabularies/components/create-vocabulary-page';
import { VocabulariesPage } from '@/features/vocabularies/components/vocabularies-page';
import { VocabularyDetailsPage } from '@/features/vocabularies/components/vocabulary-details-page';

export function VocabulariesRoute() {
  return <VocabulariesPage />;
}

const loadHelp = () =>
  import('@/lib/custom-resources/help').then((m) => m.customResourceHelp('vocabulary'));

export function CreateVocabularyRoute() {
  usePageHelp(loadHelp);
  return <CreateVocabularyPage />;
}

export function VocabularyDetailsRoute() {
  const { name = '' } = useParams();
  // Keyed by name: another vocabulary is a fresh page (its own flash, dialog and queries).
  return <VocabularyDetailsPage key={name} name={name} />;
}
