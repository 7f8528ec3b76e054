import type {
  ListLanguageModelsRequest,
  ListLanguageModelsResponse,
} from '@aws-sdk/client-transcribe';
import { authorize } from '../../core/access';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { invalidNextToken } from './errors';
import { DEFAULT_MAX_RESULTS } from './list-transcription-jobs';
import { pageOf } from './next-token';
import { describeLanguageModel } from './resource-description';
import { resourcesOf } from './resources';
import { validateRequest } from './validate';

export const listLanguageModels: Operation<
  ListLanguageModelsRequest,
  ListLanguageModelsResponse
> = (ctx, input) => {
  validateRequest('ListLanguageModelsRequest', input);
  const principal = requirePrincipal(ctx);
  authorize(ctx, 'transcribe:ListLanguageModels', '*');
  const status = input.StatusEquals ?? '';
  const contains = (input.NameContains ?? '').toLowerCase();
  const { page, nextToken } = pageOf(
    resourcesOf(ctx.world, 'language-model', principal.accountId, ctx.region).filter(
      (model) =>
        (!status || model.status === status) &&
        (!contains || model.name.toLowerCase().includes(contains)),
    ),
    JSON.stringify(['language-models', status, contains]),
    input.NextToken,
    input.MaxResults ?? DEFAULT_MAX_RESULTS,
    invalidNextToken,
  );
  return { NextToken: nextToken, Models: page.map(describeLanguageModel) };
};
