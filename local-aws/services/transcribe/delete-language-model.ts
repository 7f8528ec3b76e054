import type { DeleteLanguageModelRequest } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { resourceBusy } from './resource-errors';
import { deleteResource, findCallerResource } from './resources';
import { validateRequest } from './validate';

export const deleteLanguageModel: Operation<DeleteLanguageModelRequest, Record<string, never>> = (
  ctx,
  input,
) => {
  validateRequest('DeleteLanguageModelRequest', input);
  const model = findCallerResource(
    ctx,
    'language-model',
    input.ModelName!,
    'transcribe:DeleteLanguageModel',
  );
  if (model.status === 'IN_PROGRESS')
    throw resourceBusy('language-model', model.name, model.status);
  deleteResource(ctx.world, model);
  return {};
};
