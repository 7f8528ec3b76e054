import type { DeleteVocabularyRequest } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { resourceBusy } from './resource-errors';
import { deleteResource, findCallerResource } from './resources';
import { validateRequest } from './validate';

export const deleteVocabulary: Operation<DeleteVocabularyRequest, Record<string, never>> = (
  ctx,
  input,
) => {
  validateRequest('DeleteVocabularyRequest', input);
  const vocabulary = findCallerResource(
    ctx,
    'vocabulary',
    input.VocabularyName!,
    'transcribe:DeleteVocabulary',
  );
  if (vocabulary.state === 'PENDING')
    throw resourceBusy('vocabulary', vocabulary.name, vocabulary.state);
  deleteResource(ctx.world, vocabulary);
  return {};
};
