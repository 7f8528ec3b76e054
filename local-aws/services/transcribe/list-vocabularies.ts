import type { ListVocabulariesRequest, ListVocabulariesResponse } from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { invalidNextToken } from './errors';
import { DEFAULT_MAX_RESULTS } from './list-transcription-jobs';
import { pageOf } from './next-token';
import { vocabularyInfo } from './resource-description';
import { resourcesOf } from './resources';
import { validateRequest } from './validate';

export const listVocabularies: Operation<ListVocabulariesRequest, ListVocabulariesResponse> = (
  ctx,
  input,
) => {
  validateRequest('ListVocabulariesRequest', input);
  const principal = requirePrincipal(ctx);
  // Listing has no resource of its own in IAM: it is authorized on "*".
  authorize(ctx, 'transcribe:ListVocabularies', '*');
  const state = input.StateEquals ?? '';
  const contains = (input.NameContains ?? '').toLowerCase();
  const { page, nextToken } = pageOf(
    resourcesOf(ctx.world, 'vocabulary', principal.accountId, ctx.region).filter(
      (vocabulary) =>
        (!state || vocabulary.state === state) &&
        (!contains || vocabulary.name.toLowerCase().includes(contains)),
    ),
    JSON.stringify(['vocabularies', state, contains]),
    input.NextToken,
    input.MaxResults ?? DEFAULT_MAX_RESULTS,
    invalidNextToken,
  );
  return {
    Status: input.StateEquals,
    NextToken: nextToken,
    Vocabularies: page.map(vocabularyInfo),
  };
};
