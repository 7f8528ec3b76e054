import type { ListBucketsCommandInput } from '@aws-sdk/client-s3';
import { requirePrincipal } from '../../core/types';
import { element } from '../../protocols/xml';
import { checkS3Identity } from './access';
import { bucketsOf } from './buckets';
import { invalidArgument } from './errors';
import { canonicalUserId } from './model';
import type { S3Operation } from './request';
import { document, xmlResponse } from './xml';

const encodeToken = (lastName: string) => Buffer.from(lastName, 'utf8').toString('base64');

const decodeToken = (token: string) => Buffer.from(token, 'base64').toString('utf8');

/** ListBuckets: the caller's account's buckets only, sorted by name. */
export const listBuckets: S3Operation = (ctx, request) => {
  const principal = requirePrincipal(ctx);
  checkS3Identity(principal, 's3:ListAllMyBuckets', '*');
  const q = request.query;
  const input: ListBucketsCommandInput = {
    MaxBuckets: q['max-buckets'] === undefined ? undefined : Number(q['max-buckets']),
    ContinuationToken: q['continuation-token'],
    Prefix: q.prefix,
    BucketRegion: q['bucket-region'],
  };
  if (
    input.MaxBuckets !== undefined &&
    (!Number.isInteger(input.MaxBuckets) || input.MaxBuckets < 1 || input.MaxBuckets > 10000)
  )
    throw invalidArgument(
      'Argument max-buckets must be an integer between 1 and 10000',
      'max-buckets',
      q['max-buckets'],
    );
  let buckets = bucketsOf(ctx.world, principal.accountId).filter(
    (b) =>
      (!input.Prefix || b.name.startsWith(input.Prefix)) &&
      (!input.BucketRegion || b.region === input.BucketRegion),
  );
  if (input.ContinuationToken) {
    const after = decodeToken(input.ContinuationToken);
    buckets = buckets.filter((b) => b.name > after);
  }
  const page = input.MaxBuckets === undefined ? buckets : buckets.slice(0, input.MaxBuckets);
  const truncated = page.length < buckets.length;
  const inner =
    `<Owner>${element('ID', canonicalUserId(principal.accountId))}</Owner>` +
    `<Buckets>${page
      .map(
        (b) =>
          `<Bucket>${element('Name', b.name)}${element('CreationDate', b.creationDate)}${element('BucketRegion', b.region)}</Bucket>`,
      )
      .join('')}</Buckets>` +
    (truncated ? element('ContinuationToken', encodeToken(page[page.length - 1]!.name)) : '') +
    element('Prefix', input.Prefix);
  return xmlResponse(document('ListAllMyBucketsResult', inner));
};
