import { createHmac, hash } from 'node:crypto';

/**
 * The SigV4 signature of a request as its client computed it (AWS's "Create a signed AWS API
 * request"), with node:crypto: the SDK's signer, with its SHA-256 in JavaScript, was a sixth of
 * local-aws's time under load. Built from what the client said it signed, as sent: its
 * SignedHeaders list and, for a presigned URL, its query minus X-Amz-Signature.
 */
export interface SignatureInput {
  method: string;
  /** Percent-encoded path as sent (S3), or decoded (every other service: encoded again here). */
  path: string;
  isS3: boolean;
  /** Parsed query (decoded names and values); X-Amz-Signature is left out here. */
  query: Record<string, string | string[]>;
  /** The headers to sign: the client's SignedHeaders and any the verifier adds (sorted here). */
  signedHeaderNames: string[];
  /** Lower-cased request headers; a signed header missing here is left out, as the SDK does. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or UNSIGNED-PAYLOAD, STREAMING-…: the last line of the request. */
  payloadHash: string;
  /** `20240101T000000Z` */
  amzDate: string;
  region: string;
  service: string;
  secretAccessKey: string;
}

/** RFC 3986 escaping, as AWS (and the SDK's `escapeUri`) canonicalises. */
const escapeUri = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Every service but S3 normalises the path (`.`, `..`, empty segments) and encodes it twice. */
function canonicalPath(path: string, isS3: boolean): string {
  if (isS3 || path === '/') return path;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${segments.length > 0 && path.endsWith('/') ? '/' : ''}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

function canonicalQuery(query: Record<string, string | string[]>): string {
  // Most calls (every JSON and query-protocol call) have none.
  let empty = true;
  for (const _ in query) {
    empty = false;
    break;
  }
  if (empty) return '';
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(query)) {
    if (name.toLowerCase() === 'x-amz-signature') continue;
    const key = escapeUri(name);
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([key, escapeUri(v)]);
  }
  // Sorted by name, then value, in code-unit order (all ASCII once escaped).
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Trimmed, each run of whitespace one space, as the SDK's signer writes a header's value. */
const canonicalValue = (value: string) => value.trim().replace(/\s+/g, ' ');

/**
 * Signing keys by secret, day, region and service: derived once a day per caller rather than
 * on every request (four HMACs). Bounded, as the SDK bounds its own.
 */
const signingKeys = new Map<string, Buffer>();
const MAX_SIGNING_KEYS = 50;

function signingKey(secret: string, shortDate: string, region: string, service: string): Buffer {
  const cacheKey = `${shortDate}\n${region}\n${service}\n${secret}`;
  let key = signingKeys.get(cacheKey);
  if (key) return key;
  key = createHmac('sha256', `AWS4${secret}`).update(shortDate).digest();
  for (const part of [region, service, 'aws4_request'])
    key = createHmac('sha256', key).update(part).digest();
  if (signingKeys.size >= MAX_SIGNING_KEYS) signingKeys.delete(signingKeys.keys().next().value!);
  signingKeys.set(cacheKey, key);
  return key;
}

/** The hex signature the client should have sent. */
export function computeSignature(input: SignatureInput): string {
  // Sorted, as the SDK's signer lists them, whatever order the client gave.
  const names = input.signedHeaderNames.filter((name) => input.headers[name] !== undefined).sort();
  let canonicalHeaders = '';
  for (const name of names) canonicalHeaders += `${name}:${canonicalValue(input.headers[name]!)}\n`;
  const canonicalRequest = `${input.method}\n${canonicalPath(input.path, input.isS3)}\n${canonicalQuery(input.query)}\n${canonicalHeaders}\n${names.join(';')}\n${input.payloadHash}`;
  const shortDate = input.amzDate.slice(0, 8);
  const stringToSign = `AWS4-HMAC-SHA256\n${input.amzDate}\n${shortDate}/${input.region}/${input.service}/aws4_request\n${hash('sha256', canonicalRequest, 'hex')}`;
  return createHmac(
    'sha256',
    signingKey(input.secretAccessKey, shortDate, input.region, input.service),
  )
    .update(stringToSign)
    .digest('hex');
}
