import type { DeleteVocabularyFilterRequest } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { deleteResource, findCallerResource } from './resources';
import { validateRequest } from './validate';

export const deleteVocabularyFilter: Operation<
  DeleteVocabularyFilterRequest,
  Record<string, never>
> = (ctx, input) => {
  validateRequest('DeleteVocabularyFilterRequest', input);
  const filter = findCallerResource(
    ctx,
    'vocabulary-filter',
    input.VocabularyFilterName!,
    'transcribe:DeleteVocabularyFilter',
  );
  deleteResource(ctx.world, filter);
  return {};
};
