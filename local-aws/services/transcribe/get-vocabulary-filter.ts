import type {
  GetVocabularyFilterRequest,
  GetVocabularyFilterResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { describeVocabularyFilter } from './resource-description';
import { findCallerResource } from './resources';
import { validateRequest } from './validate';

export const getVocabularyFilter: Operation<
  GetVocabularyFilterRequest,
  GetVocabularyFilterResponse
> = (ctx, input) => {
  validateRequest('GetVocabularyFilterRequest', input);
  const filter = findCallerResource(
    ctx,
    'vocabulary-filter',
    input.VocabularyFilterName!,
    'transcribe:GetVocabularyFilter',
  );
  return describeVocabularyFilter(ctx.world, filter);
};
