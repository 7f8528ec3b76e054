import type {
  DescribeLanguageModelRequest,
  DescribeLanguageModelResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { describeLanguageModel as describe } from './resource-description';
import { findCallerResource } from './resources';
import { validateRequest } from './validate';

export const describeLanguageModel: Operation<
  DescribeLanguageModelRequest,
  DescribeLanguageModelResponse
> = (ctx, input) => {
  validateRequest('DescribeLanguageModelRequest', input);
  const model = findCallerResource(
    ctx,
    'language-model',
    input.ModelName!,
    'transcribe:DescribeLanguageModel',
  );
  return { LanguageModel: describe(model) };
};
