import { createHash, timingSafeEqual } from 'node:crypto';
import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { parseQuery, type RawRequest, type RequestHead } from './http';
import { findCredentials, principalFor } from './identity';
import type { Principal, StoredCredentials, World } from './types';

export type SigV4FailureKind =
  | 'missing'
  | 'malformed'
  | 'unsupported'
  | 'unknown-key'
  | 'invalid-token'
  | 'expired-token'
  | 'bad-signature'
  | 'skew'
  | 'presign-expired'
  | 'body-hash-mismatch';

export class SigV4Failure extends Error {
  constructor(
    readonly kind: SigV4FailureKind,
    message: string,
  ) {
    super(message);
  }
}

const MAX_SKEW_MS = 15 * 60 * 1000;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** `20240101T000000Z` → Date. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
}

const amzDate = (date: Date) => date.toISOString().replace(/[-:]|\.\d{3}/g, '');

interface SignatureParts {
  accessKeyId: string;
  shortDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

function parseCredentialScope(
  credential: string,
): Omit<SignatureParts, 'signedHeaders' | 'signature'> {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request')
    throw new SigV4Failure('malformed', `Invalid credential scope: ${credential}`);
  const [accessKeyId, shortDate, region, service] = parts as [string, string, string, string];
  return { accessKeyId, shortDate, region, service };
}

function parseAuthorization(header: string): SignatureParts {
  const m = /^AWS4-HMAC-SHA256\s+(.*)$/s.exec(header.trim());
  if (!m) throw new SigV4Failure('malformed', 'Authorization header is not AWS4-HMAC-SHA256');
  const fields: Record<string, string> = {};
  for (const piece of m[1]!.split(',')) {
    const eq = piece.indexOf('=');
    if (eq > 0) fields[piece.slice(0, eq).trim()] = piece.slice(eq + 1).trim();
  }
  const { Credential, SignedHeaders, Signature } = fields;
  if (!Credential || !SignedHeaders || !Signature)
    throw new SigV4Failure(
      'malformed',
      "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.",
    );
  return {
    ...parseCredentialScope(Credential),
    signedHeaders: SignedHeaders.split(';'),
    signature: Signature,
  };
}

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

/** A signed request's head, checked: what remains is the signature over head and body. */
export interface CheckedHead {
  head: RequestHead;
  query: Record<string, string | string[]>;
  presigned: boolean;
  parts: SignatureParts;
  signingDate: Date;
  expiresIn: number;
  credentials: StoredCredentials;
  /** The headers the client signed, as sent. */
  signedHeaders: Record<string, string>;
}

/**
 * Everything about a signature that the head decides, before any of the body is read: its
 * form, the key, the session token, expiry and clock skew, the signed headers' presence.
 * Throws SigV4Failure with the reason.
 */
export function checkSignedHead(world: World, request: RequestHead): CheckedHead {
  const query = parseQuery(request.rawQuery);
  const presigned = typeof query['X-Amz-Signature'] === 'string';
  const authorization = request.headers.authorization;
  // Signature version 2 (`AWS AKID:sig`, or `?AWSAccessKeyId=…&Signature=…` as AWS CLI v1 presigns
  // for us-east-1) is refused in AWS's words, not mistaken for an unsigned request.
  if (
    authorization?.startsWith('AWS ') ||
    (query.AWSAccessKeyId !== undefined && query.Signature !== undefined)
  )
    throw new SigV4Failure(
      'unsupported',
      'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.',
    );
  if (!authorization && !presigned)
    throw new SigV4Failure('missing', 'Missing Authentication Token');

  let parts: SignatureParts;
  let signingDate: Date | undefined;
  let sessionToken: string | undefined;
  let expiresIn = 0;
  if (presigned) {
    if (query['X-Amz-Algorithm'] !== 'AWS4-HMAC-SHA256')
      throw new SigV4Failure('malformed', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    parts = {
      ...parseCredentialScope(String(query['X-Amz-Credential'] ?? '')),
      signedHeaders: String(query['X-Amz-SignedHeaders'] ?? 'host').split(';'),
      signature: String(query['X-Amz-Signature']),
    };
    signingDate = parseAmzDate(String(query['X-Amz-Date'] ?? ''));
    sessionToken = query['X-Amz-Security-Token'] as string | undefined;
    expiresIn = Number(query['X-Amz-Expires'] ?? 0);
    if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > 604800)
      throw new SigV4Failure('malformed', 'X-Amz-Expires must be between 1 and 604800 seconds');
  } else {
    parts = parseAuthorization(authorization!);
    signingDate = parseAmzDate(request.headers['x-amz-date'] ?? '');
    sessionToken = request.headers['x-amz-security-token'];
  }
  if (!signingDate) throw new SigV4Failure('malformed', 'X-Amz-Date is missing or malformed');

  const credentials = findCredentials(world, parts.accessKeyId);
  if (!credentials) throw new SigV4Failure('unknown-key', parts.accessKeyId);
  if (credentials.sessionToken !== undefined || sessionToken !== undefined) {
    if (credentials.sessionToken !== sessionToken) throw new SigV4Failure('invalid-token', '');
  }
  const now = world.now();
  if (credentials.expiration !== undefined && credentials.expiration <= now.getTime())
    throw new SigV4Failure('expired-token', '');

  if (presigned) {
    if (signingDate.getTime() + expiresIn * 1000 < now.getTime())
      throw new SigV4Failure('presign-expired', 'Request has expired');
  } else {
    const skew = signingDate.getTime() - now.getTime();
    if (skew < -MAX_SKEW_MS)
      throw new SigV4Failure(
        'skew',
        `Signature expired: ${amzDate(signingDate)} is now earlier than ${amzDate(new Date(now.getTime() - MAX_SKEW_MS))} (${amzDate(now)} - 15 min.)`,
      );
    if (skew > MAX_SKEW_MS)
      throw new SigV4Failure(
        'skew',
        `Signature not yet current: ${amzDate(signingDate)} is still later than ${amzDate(new Date(now.getTime() + MAX_SKEW_MS))} (${amzDate(now)} + 15 min.)`,
      );
  }

  // Rebuild the request from the signed headers only; anything else (origin, sec-*, a
  // browser's user agent) may differ freely.
  const signedHeaders: Record<string, string> = {};
  for (const name of parts.signedHeaders) {
    const value = request.headers[name];
    if (value === undefined && name !== 'x-amz-security-token')
      throw new SigV4Failure('bad-signature', `signed header ${name} is missing`);
    if (value !== undefined) signedHeaders[name] = value;
  }
  return {
    head: request,
    query,
    presigned,
    parts,
    signingDate,
    expiresIn,
    credentials,
    signedHeaders,
  };
}

/**
 * Checks the signature of a request whose head passed `checkSignedHead`, by re-signing, with
 * the SDK's own signer, a request rebuilt from only the headers the client signed (and the
 * body, unless its hash is declared). Throws SigV4Failure with the reason.
 */
export async function verifySignature(
  world: World,
  checked: CheckedHead,
  body: Buffer,
  streamed = false,
): Promise<VerifiedRequest> {
  const { query, presigned, parts, signingDate, expiresIn, credentials, signedHeaders } = checked;
  const request: RawRequest = { ...checked.head, body };
  const isS3 = parts.service === 's3';
  const declaredHash = request.headers['x-amz-content-sha256'];
  if (streamed && !presigned && !declaredHash)
    throw new SigV4Failure(
      'malformed',
      'Missing required header for this request: x-amz-content-sha256',
    );
  // A streamed body's hash is checked by its operation as the stream ends, before it
  // acknowledges anything.
  if (!streamed && !presigned && declaredHash && /^[0-9a-f]{64}$/.test(declaredHash)) {
    const actual = request.body.length
      ? createHash('sha256').update(request.body).digest('hex')
      : EMPTY_SHA256;
    if (actual !== declaredHash) throw new SigV4Failure('body-hash-mismatch', '');
  }

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
  const path = isS3 ? request.rawPath : decodeURIComponent(request.rawPath);
  const signableHeaders = new Set(parts.signedHeaders);

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
      headers: { ...signedHeaders, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    const signed = await signer.presign(rebuilt, {
      signingDate,
      expiresIn,
      signingRegion: parts.region,
      signingService: parts.service,
      signableHeaders,
      // The payload-hash header only supplies UNSIGNED-PAYLOAD: neither signed nor hoisted,
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
      headers: signedHeaders,
      body: declaredHash ? undefined : request.body,
    });
    if (declaredHash) rebuilt.headers['x-amz-content-sha256'] = declaredHash;
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

/** Verifies a SigV4-signed request, head then body. Throws SigV4Failure with the reason. */
export async function verifySigV4(world: World, request: RawRequest): Promise<VerifiedRequest> {
  return verifySignature(
    world,
    checkSignedHead(world, request),
    request.body,
    request.stream !== undefined,
  );
}
