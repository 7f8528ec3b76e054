import { parseQuery, type RequestHead } from './http';
import { findCredentials } from './identity';
import type { StoredCredentials, World } from './types';

// SigV4 verification, first half: what a request's head decides before any of its body is
// read (the second half, the signature over head and body, is in sigv4-signature.ts).

export type SigV4FailureKind =
  | 'missing'
  | 'malformed'
  | 'unsupported'
  | 'two-mechanisms'
  | 'host-not-signed'
  | 'wrong-region'
  | 'wrong-service'
  | 'unknown-key'
  | 'invalid-token'
  | 'expired-token'
  | 'bad-signature'
  | 'skew'
  | 'presign-expires'
  | 'presign-not-yet-valid'
  | 'presign-expired'
  | 'body-hash-mismatch';

export class SigV4Failure extends Error {
  constructor(
    readonly kind: SigV4FailureKind,
    message: string,
    /** What a service's error may name: the scope's region or service, the expiry, … */
    readonly detail: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Where a request must be signed for: the endpoint's service, and its Region when fixed. */
export interface SigningExpectations {
  /** The signing name, e.g. `kms`, `s3`, `cognito-idp`. */
  service: string;
  /** Absent where the service checks the Region itself (S3, per bucket). */
  region?: string;
}

const MAX_SKEW_MS = 15 * 60 * 1000;
/** The longest a presigned URL may be valid: seven days. */
const MAX_PRESIGN_SECONDS = 604800;
const PRESIGN_PARAMETERS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature'];

/** `20240101T000000Z` → Date. */
function parseAmzDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!));
}

const amzDate = (date: Date) =>
  Number.isFinite(date.getTime())
    ? date.toISOString().replace(/[-:]|\.\d{3}/g, '')
    : 'an invalid date';

export interface SignatureParts {
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

const ALGORITHM = 'AWS4-HMAC-SHA256';

function parseAuthorization(header: string): SignatureParts {
  const text = header.trim();
  // `AWS4-HMAC-SHA256`, whitespace, then the fields (what /^AWS4-HMAC-SHA256\s+(.*)$/s took).
  const after = text.slice(ALGORITHM.length);
  const fieldText = after.trimStart();
  if (!text.startsWith(ALGORITHM) || fieldText.length === after.length || fieldText === '')
    throw new SigV4Failure('malformed', 'Authorization header is not AWS4-HMAC-SHA256');
  // Only the three names are kept (the last of each wins): an object keyed by whatever the
  // header says cost a dictionary lookup per request.
  let credential = '';
  let signedHeaders = '';
  let signature = '';
  for (const piece of fieldText.split(',')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const name = piece.slice(0, eq).trim();
    const value = piece.slice(eq + 1).trim();
    if (name === 'Credential') credential = value;
    else if (name === 'SignedHeaders') signedHeaders = value;
    else if (name === 'Signature') signature = value;
  }
  if (!credential || !signedHeaders || !signature)
    throw new SigV4Failure(
      'malformed',
      "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.",
    );
  return {
    ...parseCredentialScope(credential),
    signedHeaders: signedHeaders.split(';'),
    signature,
  };
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

/** One query parameter's single value; a repeated one is as malformed as a missing one. */
function single(query: Record<string, string | string[]>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' ? value : undefined;
}

/** X-Amz-Expires as S3 checks it: a number of seconds, at most seven days. */
function presignExpiry(text: string | undefined): number {
  if (text === undefined || !/^-?\d{1,12}$/.test(text))
    throw new SigV4Failure('presign-expires', 'X-Amz-Expires should be a number');
  const seconds = Number(text);
  if (seconds < 0) throw new SigV4Failure('presign-expires', 'X-Amz-Expires must be non-negative');
  if (seconds > MAX_PRESIGN_SECONDS)
    throw new SigV4Failure(
      'presign-expires',
      `X-Amz-Expires must be less than a week (in seconds) that is ${MAX_PRESIGN_SECONDS}`,
    );
  return seconds;
}

/** `a <= b` for instants in milliseconds, false when either is not a number: fails closed. */
const notAfter = (a: number, b: number) => Number.isFinite(a) && Number.isFinite(b) && a <= b;

/** The time checks, each written so that a bad number refuses rather than passes. */
function checkTimes(
  now: number,
  credentials: StoredCredentials,
  signingDate: Date,
  presigned: boolean,
  expiresIn: number,
): void {
  if (credentials.expiration !== undefined && !notAfter(now + 1, credentials.expiration))
    throw new SigV4Failure('expired-token', '');
  const signed = signingDate.getTime();
  const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms));
  if (presigned) {
    const detail = {
      amzDate: String(signed),
      expiresIn: String(expiresIn),
      expires: iso(signed + expiresIn * 1000),
      serverTime: iso(now),
    };
    // A URL is valid from its X-Amz-Date for X-Amz-Expires seconds, neither before nor after.
    if (!notAfter(signed, now))
      throw new SigV4Failure('presign-not-yet-valid', 'Request is not yet valid', detail);
    if (!notAfter(now, signed + expiresIn * 1000))
      throw new SigV4Failure('presign-expired', 'Request has expired', detail);
    return;
  }
  if (!notAfter(signed, now + MAX_SKEW_MS))
    throw new SigV4Failure(
      'skew',
      `Signature not yet current: ${amzDate(signingDate)} is still later than ${amzDate(new Date(now + MAX_SKEW_MS))} (${amzDate(new Date(now))} + 15 min.)`,
    );
  if (!notAfter(now - MAX_SKEW_MS, signed))
    throw new SigV4Failure(
      'skew',
      `Signature expired: ${amzDate(signingDate)} is now earlier than ${amzDate(new Date(now - MAX_SKEW_MS))} (${amzDate(new Date(now))} - 15 min.)`,
    );
}

/** The scope must name this endpoint's service and Region, and `host` must be signed. */
function checkScope(parts: SignatureParts, expected: SigningExpectations): void {
  if (parts.service !== expected.service)
    throw new SigV4Failure(
      'wrong-service',
      `Credential should be scoped to correct service: '${expected.service}'. `,
      { service: parts.service, expected: expected.service },
    );
  if (expected.region !== undefined && parts.region !== expected.region)
    throw new SigV4Failure(
      'wrong-region',
      `Credential should be scoped to a valid region, not '${parts.region}'. `,
      { region: parts.region, expected: expected.region },
    );
  if (!parts.signedHeaders.includes('host'))
    throw new SigV4Failure(
      'host-not-signed',
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
}

/**
 * Everything about a signature that the head decides, before any of the body is read: its
 * form, one mechanism only, the scope (service, Region, `host` signed), the key, the session
 * token, expiry, clock skew or a presigned URL's window, the signed headers' presence.
 * Throws SigV4Failure with the reason (MalformedEscape for a query that cannot be decoded).
 */
export function checkSignedHead(
  world: World,
  request: RequestHead,
  expected: SigningExpectations,
): CheckedHead {
  const query = parseQuery(request.rawQuery);
  const presigned = PRESIGN_PARAMETERS.some((name) => query[name] !== undefined);
  const authorization = request.headers.authorization;
  if (authorization !== undefined && presigned)
    throw new SigV4Failure(
      'two-mechanisms',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      { authorization },
    );
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
    if (single(query, 'X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256')
      throw new SigV4Failure('malformed', 'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
    const signature = single(query, 'X-Amz-Signature');
    const signedHeaders = single(query, 'X-Amz-SignedHeaders');
    if (signature === undefined || signedHeaders === undefined)
      throw new SigV4Failure(
        'malformed',
        'Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.',
      );
    parts = {
      ...parseCredentialScope(single(query, 'X-Amz-Credential') ?? ''),
      signedHeaders: signedHeaders.split(';'),
      signature,
    };
    signingDate = parseAmzDate(single(query, 'X-Amz-Date') ?? '');
    sessionToken = single(query, 'X-Amz-Security-Token');
    expiresIn = presignExpiry(single(query, 'X-Amz-Expires'));
  } else {
    parts = parseAuthorization(authorization!);
    signingDate = parseAmzDate(request.headers['x-amz-date'] ?? '');
    sessionToken = request.headers['x-amz-security-token'];
  }
  if (!signingDate) throw new SigV4Failure('malformed', 'X-Amz-Date is missing or malformed');
  checkScope(parts, expected);

  const credentials = findCredentials(world, parts.accessKeyId);
  if (!credentials) throw new SigV4Failure('unknown-key', parts.accessKeyId);
  if (credentials.sessionToken !== undefined || sessionToken !== undefined) {
    if (credentials.sessionToken !== sessionToken) throw new SigV4Failure('invalid-token', '');
  }
  checkTimes(world.now().getTime(), credentials, signingDate, presigned, expiresIn);

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
