import { AwsError } from '../../core/errors';
import { type HttpResponse, parseQuery, type RawRequest } from '../../core/http';
import type { RequestContext } from '../../core/types';

/** A path-style S3 request: `/bucket/key?query`. */
export interface S3Request {
  raw: RawRequest;
  method: string;
  bucket?: string;
  key?: string;
  /** Query parameters, decoded; a repeated parameter keeps its first value. */
  query: Record<string, string>;
  headers: Record<string, string>;
  /** True when the signature came in the query string (a presigned URL). */
  presigned: boolean;
  /** The Region of the (already verified) signature's credential scope. */
  signingRegion?: string;
}

/** The Region in a SigV4 credential scope, `AKID/date/region/service/aws4_request`. */
function regionOfScope(credential: string | undefined): string | undefined {
  return credential?.split('/')[2];
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new AwsError('InvalidURI', "Couldn't parse the specified URI.", 400);
  }
}

/** Splits a path-style request; never throws for a bad percent-encoding until a handler reads it. */
export function splitPath(rawPath: string): { bucket?: string; rawKey?: string } {
  const path = rawPath.startsWith('/') ? rawPath.slice(1) : rawPath;
  if (!path) return {};
  const slash = path.indexOf('/');
  if (slash < 0) return { bucket: path };
  const rawKey = path.slice(slash + 1);
  return { bucket: path.slice(0, slash), rawKey: rawKey || undefined };
}

export function parseS3Request(raw: RawRequest): S3Request {
  const { bucket, rawKey } = splitPath(raw.rawPath);
  const parsed = parseQuery(raw.rawQuery);
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed))
    query[name] = Array.isArray(value) ? (value[0] ?? '') : value;
  return {
    raw,
    method: raw.method.toUpperCase(),
    bucket: bucket === undefined ? undefined : decodePathPart(bucket),
    key: rawKey === undefined ? undefined : decodePathPart(rawKey),
    query,
    headers: raw.headers,
    presigned: 'X-Amz-Signature' in query,
    signingRegion: regionOfScope(
      query['X-Amz-Credential'] ??
        /Credential=([^,\s]+)/.exec(raw.headers.authorization ?? '')?.[1],
    ),
  };
}

/** Node reads header bytes as latin1; raw UTF-8 from a client is turned back into text. */
function utf8Header(value: string): string {
  if (!/[^\x20-\x7e]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? value : decoded;
}

/** The user metadata of a request: `x-amz-meta-*` headers without their prefix. */
export function metadataOf(headers: Record<string, string>): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (name.startsWith('x-amz-meta-'))
      metadata[name.slice('x-amz-meta-'.length)] = utf8Header(value);
  return metadata;
}

/** One S3 operation: a parsed path-style request in, an HTTP response out. */
export type S3Operation = (
  ctx: RequestContext,
  request: S3Request,
) => HttpResponse | Promise<HttpResponse>;
