import type { DescribeKeyCommandInput, DescribeKeyCommandOutput } from '@aws-sdk/client-kms';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { keyForOperation } from './key-access';
import { keyMetadata } from './key-metadata';
import { checkKeyId } from './validate';

type Output = Omit<DescribeKeyCommandOutput, '$metadata'>;

/** DescribeKey: any identifier form; works in every key state. */
export function describeKey(ctx: RequestContext, input: DescribeKeyCommandInput): Output {
  checkKeyId(new Checks(), input.KeyId).done();
  const key = keyForOperation(ctx, input.KeyId as string, 'kms:DescribeKey');
  return { KeyMetadata: keyMetadata(key) };
}
