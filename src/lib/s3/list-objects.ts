import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { S3ResourceSelectorProps } from '@cloudscape-design/components/s3-resource-selector';
import { formatDateTime } from '@/lib/format-date-time';

/**
 * One folder level of a bucket for "Browse S3": objects and sub-folders under the prefix,
 * named relative to it, every page.
 */
export async function listObjects(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  prefix: string,
): Promise<S3ResourceSelectorProps.Object[]> {
  const items: S3ResourceSelectorProps.Object[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: prefix || undefined,
        Delimiter: '/',
        ContinuationToken: token,
      }),
    );
    for (const folder of page.CommonPrefixes ?? [])
      if (folder.Prefix) items.push({ Key: folder.Prefix.slice(prefix.length), IsFolder: true });
    for (const object of page.Contents ?? [])
      if (object.Key && object.Key !== prefix)
        items.push({
          Key: object.Key.slice(prefix.length),
          LastModified: formatDateTime(object.LastModified, { seconds: false }),
          Size: object.Size,
          IsFolder: false,
        });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return items;
}
