import { useParams } from 'react-router';
import { usePageHelp } from '@/lib/help/help-context';
import { CreateVocabularyFilterPage } from '@/features/vocabulary-filters/components/create-vocabulary-filter-page';
import { VocabularyFiltersPage } from '@/features/vocabulary-filters/components/vocabulary-filters-page';
import { VocabularyFilterDetailsPage } from '@/features/vocabulary-filters/components/vocabulary-filter-details-page';

export function VocabularyFiltersRoute() {
  return <VocabularyFiltersPage />;
}

const loadHelp = () =>
  import('@/lib/custom-resources/help').then((m) => m.customResourceHelp('vocabulary-filter'));

export function CreateVocabularyFilterRoute() {
  usePageHelp(loadHelp);
  return <CreateVocabularyFilterPage />;
}

export function VocabularyFilterDetailsRoute() {
  const { name = '' } = useParams();
  // Keyed by name: another filter is a fresh page (its own flash, dialog and queries).
  return <VocabularyFilterDetailsPage key={name} name={name} />;
}
