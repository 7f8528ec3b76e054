/**
 * Where a completed job's transcript is, read from GetTranscriptionJob's TranscriptFileUri
 * (the API does not return the output bucket or key):
 * - a customer bucket: `https://s3.REGION.amazonaws.com/BUCKET/KEY` (path style) or
 *   `https://BUCKET.s3.REGION.amazonaws.com/KEY` (virtual-hosted), read with the caller's own
 *   credentials (HeadObject, GetObject);
 * - Transcribe's own bucket: a presigned URL, readable by anyone holding it until it expires.
 */
export type TranscriptLocation =
  | { kind: 'customer-bucket'; bucket: string; key: string }
  | { kind: 'service-bucket'; url: string }
  | { kind: 'unknown'; uri: string };

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

// s3.amazonaws.com, s3.REGION.amazonaws.com, s3-REGION.amazonaws.com,
// s3.dualstack.REGION.amazonaws.com, and the .amazonaws.com.cn partition.
const S3_HOST = /^s3(?:[.-](?:dualstack\.)?[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;
const VIRTUAL_HOST = /^(.+)\.s3(?:[.-](?:dualstack\.)?[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/;

function decodeKey(path: string): string | undefined {
  try {
    return path
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return undefined;
  }
}

function pathStyle(path: string, uri: string): TranscriptLocation {
  const slash = path.indexOf('/');
  const bucket = slash > 0 ? path.slice(0, slash) : '';
  const key = slash > 0 ? decodeKey(path.slice(slash + 1)) : undefined;
  if (!BUCKET_NAME.test(bucket) || !key) return { kind: 'unknown', uri };
  return { kind: 'customer-bucket', bucket, key };
}

/**
 * @param s3Endpoint the configured S3 endpoint (local-aws), whose path-style URLs are read the
 *   same way as AWS's.
 */
export function parseTranscriptFileUri(uri: string, s3Endpoint?: string): TranscriptLocation {
  if (uri.startsWith('s3://')) return pathStyle(uri.slice('s3://'.length), uri);
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { kind: 'unknown', uri };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'unknown', uri };
  // Transcribe's own bucket is only ever handed out presigned.
  const presigned =
    url.searchParams.has('X-Amz-Signature') ||
    (url.searchParams.has('Signature') && url.searchParams.has('AWSAccessKeyId'));
  if (presigned) return { kind: 'service-bucket', url: uri };

  const path = url.pathname.slice(1);
  const local = s3Endpoint ? safeUrl(s3Endpoint) : undefined;
  if (local && url.origin === local.origin) {
    const base = local.pathname.replace(/^\/+|\/+$/g, '');
    const rest = base && path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
    return pathStyle(rest, uri);
  }
  if (url.protocol !== 'https:') return { kind: 'unknown', uri };
  if (S3_HOST.test(url.hostname)) return pathStyle(path, uri);
  const virtual = VIRTUAL_HOST.exec(url.hostname);
  if (virtual) {
    const bucket = virtual[1] ?? '';
    const key = decodeKey(path);
    if (BUCKET_NAME.test(bucket) && key) return { kind: 'customer-bucket', bucket, key };
  }
  return { kind: 'unknown', uri };
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** `s3://bucket/key`, as the console shows S3 locations. */
export const s3Uri = (location: { bucket: string; key: string }) =>
  `s3://${location.bucket}/${location.key}`;
