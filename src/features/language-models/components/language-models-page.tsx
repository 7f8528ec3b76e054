import { ResourceListPage } from '@/lib/custom-resources/resource-list-page';
import { modelInfo } from '../form-schema';

export function LanguageModelsPage() {
  return (
    <ResourceListPage
      info={modelInfo}
      title="Custom language models"
      description="Custom language models are trained on text of your domain, to transcribe it more accurately."
    />
  );
}
