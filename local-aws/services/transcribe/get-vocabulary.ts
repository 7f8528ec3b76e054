import type { GetVocabularyRequest, GetVocabularyResponse } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { describeVocabulary } from './resource-description';
import { findCallerResource } from './resources';
import { validateRequest } from './validate';

export const getVocabulary: Operation<GetVocabularyRequest, GetVocabularyResponse> = (
  ctx,
  input,
) => {
  validateRequest('GetVocabularyRequest', input);
  const vocabulary = findCallerResource(
    ctx,
    'vocabulary',
    input.VocabularyName!,
    'transcribe:GetVocabulary',
  );
  return describeVocabulary(ctx.world, vocabulary);
};
