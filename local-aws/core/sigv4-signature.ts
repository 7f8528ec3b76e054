import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { decodeComponent } from './http';
import { principalFor } from './identity';
import { type CheckedHead, SigV4Failure } from './sigv4';
import type { Principal, World } from './types';

// The second half of SigV4 verification, once the head has passed `checkSignedHead` and the
// body is read: the signature itself, over the head and the payload.

const sha256Hex = (body: Buffer) => createHash('sha256').update(body).digest('hex');

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
): { header?: string; body?: Buffer } {
  const declared = checked.head.headers['x-amz-content-sha256'];
  if (checked.parts.service !== 's3') {
    if (body === undefined) throw new Error('only S3 operations stream their bodies');
    if (declared !== undefined && declared !== sha256Hex(body))
      throw new SigV4Failure('body-hash-mismatch', '');
    return { body };
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

/**
 * Checks the signature of a request whose head passed `checkSignedHead`, by re-signing, with
 * the SDK's own signer, a request rebuilt from only the headers the client signed and the
 * payload as `payloadOf` binds it. Throws SigV4Failure with the reason.
 */
export async function verifySignature(
  world: World,
  checked: CheckedHead,
  body: Buffer | undefined,
): Promise<VerifiedRequest> {
  const { query, presigned, parts, signingDate, expiresIn, credentials, signedHeaders } = checked;
  const request = checked.head;
  const isS3 = parts.service === 's3';
  const payload = payloadOf(checked, body);

  const signer = new SignatureV4({
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      // The signer adds the token header itself; only when the client signed it.
      sessionToken:
        presigned || parts.signedHeaders.includes('x-amz-security-token')
          ? credentials.sessionToken
          : undefined,
    },
    region: parts.region,
    service: parts.service,
    sha256: Sha256,
    uriEscapePath: !isS3,
    applyChecksum: false,
  });
  const path = isS3 ? request.rawPath : decodeComponent(request.rawPath);
  const signableHeaders = new Set(parts.signedHeaders);
  const headers = payload.header
    ? { ...signedHeaders, 'x-amz-content-sha256': payload.header }
    : signedHeaders;

  let expected: string;
  if (presigned) {
    const unsignedQuery = { ...query };
    for (const name of [
      'X-Amz-Signature',
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-SignedHeaders',
      'X-Amz-Security-Token',
    ])
      delete unsignedQuery[name];
    const rebuilt = new HttpRequest({
      method: request.method,
      path,
      query: unsignedQuery,
      headers,
      body: payload.body,
    });
    const signed = await signer.presign(rebuilt, {
      signingDate,
      expiresIn,
      signingRegion: parts.region,
      signingService: parts.service,
      signableHeaders,
      // S3's payload-hash header only supplies UNSIGNED-PAYLOAD: neither signed nor hoisted,
      // so the client's query (with X-Amz-Content-Sha256, as SDK v3 sends it, or without)
      // is canonicalised exactly as sent.
      unhoistableHeaders: new Set([...parts.signedHeaders, 'x-amz-content-sha256']),
      unsignableHeaders: new Set(['x-amz-content-sha256']),
    });
    expected = String(signed.query?.['X-Amz-Signature'] ?? '');
  } else {
    const rebuilt = new HttpRequest({
      method: request.method,
      path,
      query,
      headers,
      body: payload.body,
    });
    const signed = await signer.sign(rebuilt, {
      signingDate,
      signingRegion: parts.region,
      signingService: parts.service,
      signableHeaders,
    });
    const header = String(signed.headers.authorization ?? '');
    expected = /Signature=([0-9a-f]+)/.exec(header)?.[1] ?? '';
  }
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
