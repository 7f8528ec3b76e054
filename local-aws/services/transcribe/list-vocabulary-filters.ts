import type {
  ListVocabularyFiltersRequest,
  ListVocabularyFiltersResponse,
} from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { invalidNextToken } from './errors';
import { DEFAULT_MAX_RESULTS } from './list-transcription-jobs';
import { pageOf } from './next-token';
import { vocabularyFilterInfo } from './resource-description';
import { resourcesOf } from './resources';
import { validateRequest } from './validate';

export const listVocabularyFilters: Operation<
  ListVocabularyFiltersRequest,
  ListVocabularyFiltersResponse
> = (ctx, input) => {
  validateRequest('ListVocabularyFiltersRequest', input);
  const principal = requirePrincipal(ctx);
  authorize(ctx, 'transcribe:ListVocabularyFilters', '*');
  const contains = (input.NameContains ?? '').toLowerCase();
  const { page, nextToken } = pageOf(
    resourcesOf(ctx.world, 'vocabulary-filter', principal.accountId, ctx.region).filter(
      (filter) => !contains || filter.name.toLowerCase().includes(contains),
    ),
    JSON.stringify(['vocabulary-filters', contains]),
    input.NextToken,
    input.MaxResults ?? DEFAULT_MAX_RESULTS,
    invalidNextToken,
  );
  return { NextToken: nextToken, VocabularyFilters: page.map(vocabularyFilterInfo) };
};
