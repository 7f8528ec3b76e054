import { useParams } from 'react-router';
import { usePageHelp } from '@/lib/help/help-context';
import { CreateLanguageModelPage } from '@/features/language-models/components/create-language-model-page';
import { LanguageModelsPage } from '@/features/language-models/components/language-models-page';
import { LanguageModelDetailsPage } from '@/features/language-models/components/language-model-details-page';

export function LanguageModelsRoute() {
  return <LanguageModelsPage />;
}

const loadHelp = () =>
  import('@/lib/custom-resources/help').then((m) => m.customResourceHelp('language-model'));

export function CreateLanguageModelRoute() {
  usePageHelp(loadHelp);
  return <CreateLanguageModelPage />;
}

export function LanguageModelDetailsRoute() {
  const { name = '' } = useParams();
  // Keyed by name: another model is a fresh page (its own flash, dialog and queries).
  return <LanguageModelDetailsPage key={name} name={name} />;
}
