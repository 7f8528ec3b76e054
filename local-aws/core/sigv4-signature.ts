import { hash, timingSafeEqual } from 'node:crypto';
import { decodeComponent } from './http';
import { principalFor } from './identity';
import { type CheckedHead, SigV4Failure } from './sigv4';
import { computeSignature } from './sigv4-canonical';
import type { Principal, World } from './types';

// The second half of SigV4 verification, once the head has passed `checkSignedHead` and the
// body is read: the signature itself, over the head and the payload.

// One-shot hashing: no Hash object per call.
const sha256Hex = (body: Buffer) => hash('sha256', body, 'hex');
const EMPTY = Buffer.alloc(0);

function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface VerifiedRequest {
  principal: Principal;
  region: string;
  /** The service named in the credential scope. */
  signingService: string;
  /** True when the signature came from a presigned URL's query string. */
  presigned: boolean;
}

/**
 * What the canonical request says of the payload, with the checks that bind the body to the
 * signature. Every service but S3 hashes the body it received, whatever the client declared
 * (a declared hash that differs is a mismatch, UNSIGNED-PAYLOAD included). S3 takes the
 * declared `x-amz-content-sha256` (UNSIGNED-PAYLOAD, a streaming mode, or the hash, which
 * must then match the body). `body` is undefined for an S3 operation that streams its body:
 * it checks a declared hash itself.
 */
function payloadOf(
  checked: CheckedHead,
  body: Buffer | undefined,
): { header?: string; body?: Buffer; hash?: string } {
  const declared = checked.head.headers['x-amz-content-sha256'];
  if (checked.parts.service !== 's3') {
    if (body === undefined) throw new Error('only S3 operations stream their bodies');
    const hash = sha256Hex(body);
    if (declared !== undefined && declared !== hash)
      throw new SigV4Failure('body-hash-mismatch', '');
    return { body, hash };
  }
  if (checked.presigned) return { header: 'UNSIGNED-PAYLOAD' };
  if (declared === undefined) {
    if (body === undefined)
      throw new SigV4Failure(
        'malformed',
        'Missing required header for this request: x-amz-content-sha256',
      );
    return { body };
  }
  if (/^[0-9a-f]{64}$/.test(declared) && body !== undefined && sha256Hex(body) !== declared)
    throw new SigV4Failure('body-hash-mismatch', '');
  return { header: declared };
}

/** `20240101T000000Z`, as the SDK's signer formats its signing date. */
const amzDate = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

/** The query parameters a presigned URL carries its signature in. */
const PRESIGN_QUERY = [
  'X-Amz-Signature',
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Security-Token',
];

/**
 * Checks the signature of a request whose head passed `checkSignedHead` by computing it again
 * (node:crypto, `computeSignature`) over what the SDK's signer would sign for a request rebuilt
 * from only the headers the client signed and the payload as `payloadOf` binds it. The signer
 * also signs, whatever the client listed, `x-amz-date` (the skew check reads it: an unsigned
 * one could be replayed with a fresh date) and S3's declared payload hash; a presigned URL's
 * own parameters are written back from what the head check parsed. Throws SigV4Failure.
 */
export function verifySignature(
  world: World,
  checked: CheckedHead,
  body: Buffer | undefined,
): VerifiedRequest {
  const { query, presigned, parts, signingDate, expiresIn, credentials, signedHeaders } = checked;
  const request = checked.head;
  const isS3 = parts.service === 's3';
  const payload = payloadOf(checked, body);
  const date = amzDate(signingDate);

  const headers: Record<string, string> = { ...signedHeaders };
  // The SDK's signer drops these before signing, listed or not (it writes them itself).
  const names = parts.signedHeaders.filter((name) => name !== 'authorization' && name !== 'date');
  const sign = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  if (payload.header !== undefined) {
    headers['x-amz-content-sha256'] = payload.header;
    // A presigned URL signs it only when listed (the signer's unsignable headers).
    if (!presigned) sign('x-amz-content-sha256');
  }
  let signedQuery = query;
  if (presigned) {
    signedQuery = { ...query };
    for (const name of PRESIGN_QUERY) delete signedQuery[name];
    const signedNames = names.filter((name) => headers[name] !== undefined).sort();
    Object.assign(signedQuery, {
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': `${credentials.accessKeyId}/${date.slice(0, 8)}/${parts.region}/${parts.service}/aws4_request`,
      'X-Amz-Date': date,
      'X-Amz-Expires': String(expiresIn),
      'X-Amz-SignedHeaders': signedNames.join(';'),
      ...(credentials.sessionToken !== undefined
        ? { 'X-Amz-Security-Token': credentials.sessionToken }
        : {}),
    });
  } else {
    headers['x-amz-date'] = date;
    sign('x-amz-date');
  }

  const expected = computeSignature({
    method: request.method,
    path: isS3 ? request.rawPath : decodeComponent(request.rawPath),
    isS3,
    query: signedQuery,
    signedHeaderNames: names,
    headers,
    payloadHash: payload.header ?? payload.hash ?? sha256Hex(payload.body ?? EMPTY),
    amzDate: date,
    region: parts.region,
    service: parts.service,
    secretAccessKey: credentials.secretAccessKey,
  });
  if (!sameSignature(expected, parts.signature))
    throw new SigV4Failure(
      'bad-signature',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    );

  return {
    principal: principalFor(world, credentials),
    region: parts.region,
    signingService: parts.service,
    presigned,
  };
}
