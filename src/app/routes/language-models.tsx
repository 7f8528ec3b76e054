import { useParams } from 'react-router';
import { CreateLanguageModelPage } from '@/features/language-models/components/create-language-model-page';
import { LanguageModelsPage } from '@/features/language-models/components/language-models-page';
import { LanguageModelDetailsPage } from '@/features/language-models/components/language-model-details-page';

export function LanguageModelsRoute() {
  return <LanguageModelsPage />;
}

export function CreateLanguageModelRoute() {
  return <CreateLanguageModelPage />;
}

export function LanguageModelDetailsRoute() {
  const { name = '' } = useParams();
  // Keyed by name: another model is a fresh page (its own flash, dialog and queries).
  return <LanguageModelDetailsPage key={name} name={name} />;
}
