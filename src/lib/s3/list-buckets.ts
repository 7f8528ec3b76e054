import { ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { S3ResourceSelectorProps } from '@cloudscape-design/components/s3-resource-selector';
import { formatDateTime } from '@/lib/format-date-time';

/** The buckets for "Browse S3", every page. */
export async function listBuckets(
  s3: Pick<S3Client, 'send'>,
): Promise<S3ResourceSelectorProps.Bucket[]> {
  const buckets: S3ResourceSelectorProps.Bucket[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListBucketsCommand({ ContinuationToken: token }));
    for (const bucket of page.Buckets ?? [])
      buckets.push({
        Name: bucket.Name,
        CreationDate: formatDateTime(bucket.CreationDate, { seconds: false }),
        Region: bucket.BucketRegion,
      });
    token = page.ContinuationToken;
  } while (token);
  return buckets;
}
