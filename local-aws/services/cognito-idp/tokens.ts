import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from 'node:crypto';
import { compactVerify, decodeJwt, decodeProtectedHeader, type JWTPayload, SignJWT } from 'jose';
import { removeExpired } from '../../core/expiry';
import type { World } from '../../core/types';
import { notAuthorized } from './errors';
import {
  SESSIONS,
  type SessionRecord,
  type SigningKey,
  type UserPoolClientRecord,
  type UserPoolRecord,
  type UserRecord,
  USER_POOLS,
} from './model';
import { epochSeconds, issuerOf } from './user-pools';

/** A fresh RSA key for a pool's tokens; synchronous because seeding is. */
export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateJwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  const { kty, n, e } = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  // Cognito's kids are base64 SHA-256 digests; deriving ours from the modulus keeps it stable.
  const kid = createHash('sha256')
    .update(n ?? '')
    .digest('base64');
  return {
    kid,
    privateJwk,
    publicJwk: { alg: 'RS256', e: e ?? '', kid, kty: kty ?? 'RSA', n: n ?? '', use: 'sig' },
  };
}

const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();

function privateKeyOf(key: SigningKey): KeyObject {
  let keyObject = privateKeys.get(key.kid);
  if (!keyObject) {
    keyObject = createPrivateKey({ key: key.privateJwk, format: 'jwk' });
    privateKeys.set(key.kid, keyObject);
  }
  return keyObject;
}

function publicKeyOf(key: SigningKey): KeyObject {
  let keyObject = publicKeys.get(key.kid);
  if (!keyObject) {
    keyObject = createPublicKey({ key: key.publicJwk, format: 'jwk' });
    publicKeys.set(key.kid, keyObject);
  }
  return keyObject;
}

export interface AuthenticationResult {
  AccessToken: string;
  ExpiresIn: number;
  IdToken: string;
  RefreshToken?: string;
  TokenType: 'Bearer';
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Refresh tokens are opaque to clients; ours carry the session's `origin_jti` and a secret
 * whose hash the session keeps, so a stolen store does not yield usable tokens.
 */
function newRefreshToken(originJti: string): { token: string; secretHash: string } {
  const secret = base64url(randomBytes(48));
  return {
    token: `${base64url(Buffer.from(originJti, 'utf8'))}.${secret}`,
    secretHash: hashSecret(secret),
  };
}

function parseRefreshToken(token: string): { originJti: string; secret: string } | undefined {
  const match = /^([A-Za-z0-9_-]{10,100})\.([A-Za-z0-9_-]{64})$/.exec(token);
  if (!match) return undefined;
  return {
    originJti: Buffer.from(match[1] ?? '', 'base64url').toString('utf8'),
    secret: match[2] ?? '',
  };
}

async function sign(pool: UserPoolRecord, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ kid: pool.signingKey.kid, alg: 'RS256' })
    .sign(privateKeyOf(pool.signingKey));
}

/** The claims Cognito puts in an ID token from the user's attributes. */
function attributeClaims(user: UserRecord): Record<string, string | boolean> {
  const claims: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name === 'sub') continue;
    claims[name] = name.endsWith('_verified') ? value === 'true' : value;
  }
  return claims;
}

/** ID and access tokens for a session (sign-in or refresh). */
export async function issueTokens(
  world: World,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  user: UserRecord,
  session: SessionRecord,
): Promise<{ AccessToken: string; IdToken: string; ExpiresIn: number }> {
  const iat = epochSeconds(world);
  const iss = issuerOf(world, pool.id);
  const eventId = randomUUID();
  const idToken = await sign(pool, {
    sub: user.sub,
    ...attributeClaims(user),
    iss,
    'cognito:username': user.username,
    origin_jti: session.originJti,
    aud: client.clientId,
    event_id: eventId,
    token_use: 'id',
    auth_time: session.authTime,
    exp: iat + client.idTokenValiditySeconds,
    iat,
    jti: randomUUID(),
  });
  const accessToken = await sign(pool, {
    sub: user.sub,
    iss,
    client_id: client.clientId,
    origin_jti: session.originJti,
    event_id: eventId,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    auth_time: session.authTime,
    exp: iat + client.accessTokenValiditySeconds,
    iat,
    jti: randomUUID(),
    username: user.username,
  });
  return {
    AccessToken: accessToken,
    IdToken: idToken,
    ExpiresIn: client.accessTokenValiditySeconds,
  };
}

const EXPIRED_SESSION_KEPT_MS = 24 * 60 * 60 * 1000;

/** A successful sign-in: a new session, its refresh token and the first ID/access tokens. */
export async function signIn(
  world: World,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  user: UserRecord,
): Promise<AuthenticationResult> {
  const now = world.now().getTime();
  const originJti = randomUUID();
  const refresh = newRefreshToken(originJti);
  const session: SessionRecord = {
    originJti,
    userPoolId: pool.id,
    username: user.username,
    clientId: client.clientId,
    refreshSecretHash: refresh.secretHash,
    authTime: Math.floor(now / 1000),
    createdAt: now,
    expiresAt: now + client.refreshTokenValiditySeconds * 1000,
    revoked: false,
  };
  // An expired refresh token is still told apart from a forged one for a day after.
  removeExpired<SessionRecord>(world, SESSIONS, (row) => row.expiresAt + EXPIRED_SESSION_KEPT_MS);
  world.store.put(SESSIONS, originJti, session);
  const tokens = await issueTokens(world, pool, client, user, session);
  return { ...tokens, RefreshToken: refresh.token, TokenType: 'Bearer' };
}

/**
 * The session behind a refresh token presented by `clientId`, or Cognito's refusal:
 * unknown or forged tokens are "Invalid Refresh Token", signed-out ones "…has been revoked".
 */
export function sessionOfRefreshToken(
  world: World,
  token: string,
  clientId: string,
): SessionRecord {
  const parsed = parseRefreshToken(token);
  const session = parsed && world.store.get<SessionRecord>(SESSIONS, parsed.originJti);
  if (!parsed || !session) throw notAuthorized('Invalid Refresh Token');
  const expected = Buffer.from(session.refreshSecretHash, 'hex');
  const actual = Buffer.from(hashSecret(parsed.secret), 'hex');
  if (!timingSafeEqual(expected, actual) || session.clientId !== clientId)
    throw notAuthorized('Invalid Refresh Token');
  if (session.revoked) throw notAuthorized('Refresh Token has been revoked');
  if (!(world.now().getTime() < session.expiresAt))
    throw notAuthorized('Refresh Token has expired');
  return session;
}

/** Whether a string is a refresh token of ours at all (RevokeToken tells them apart). */
export const looksLikeRefreshToken = (token: string) => parseRefreshToken(token) !== undefined;

/** Finds the session of a refresh token without judging it (RevokeToken). */
export function findRefreshSession(world: World, token: string): SessionRecord | undefined {
  const parsed = parseRefreshToken(token);
  const session = parsed && world.store.get<SessionRecord>(SESSIONS, parsed.originJti);
  if (!parsed || !session) return undefined;
  const expected = Buffer.from(session.refreshSecretHash, 'hex');
  const actual = Buffer.from(hashSecret(parsed.secret), 'hex');
  return timingSafeEqual(expected, actual) ? session : undefined;
}

export function revokeSession(world: World, session: SessionRecord): void {
  if (!session.revoked) world.store.put(SESSIONS, session.originJti, { ...session, revoked: true });
}

/** Revokes every session of a user: GlobalSignOut and AdminUserGlobalSignOut. */
export function revokeAllSessions(world: World, userPoolId: string, username: string): number {
  let count = 0;
  const name = username.toLowerCase();
  for (const session of world.store.list<SessionRecord>(SESSIONS)) {
    if (session.userPoolId === userPoolId && session.username.toLowerCase() === name) {
      if (!session.revoked) count++;
      revokeSession(world, session);
    }
  }
  return count;
}

/** The pool a token names in its issuer, if the signature is that pool's. */
async function verifySignature(
  token: string,
  pool: UserPoolRecord,
): Promise<JWTPayload | undefined> {
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'RS256' || header.kid !== pool.signingKey.kid) return undefined;
    const { payload } = await compactVerify(token, publicKeyOf(pool.signingKey), {
      algorithms: ['RS256'],
    });
    return JSON.parse(Buffer.from(payload).toString('utf8')) as JWTPayload;
  } catch {
    return undefined;
  }
}

function poolOfIssuer(world: World, iss: unknown): UserPoolRecord | undefined {
  if (typeof iss !== 'string') return undefined;
  const prefix = `${world.options.publicUrl}/`;
  if (!iss.startsWith(prefix)) return undefined;
  return world.store.get<UserPoolRecord>(USER_POOLS, iss.slice(prefix.length));
}

export interface VerifiedAccessToken {
  pool: UserPoolRecord;
  session: SessionRecord;
  claims: JWTPayload & { username: string; client_id: string; origin_jti: string };
}

/**
 * Checks an access token the way Cognito's token-authorized operations do (GetUser,
 * GlobalSignOut): our signature, `token_use`, expiry by the emulator clock, and that its
 * session has not been signed out.
 */
export async function verifyAccessToken(world: World, token: string): Promise<VerifiedAccessToken> {
  const invalid = () => notAuthorized('Invalid Access Token');
  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token);
  } catch {
    throw invalid();
  }
  const pool = poolOfIssuer(world, unverified.iss);
  const claims = pool && (await verifySignature(token, pool));
  if (!pool || !claims || claims.token_use !== 'access') throw invalid();
  if (
    typeof claims.username !== 'string' ||
    typeof claims.client_id !== 'string' ||
    typeof claims.origin_jti !== 'string' ||
    typeof claims.exp !== 'number'
  )
    throw invalid();
  if (!(epochSeconds(world) < claims.exp)) throw notAuthorized('Access Token has expired');
  const session = world.store.get<SessionRecord>(SESSIONS, claims.origin_jti);
  if (!session || session.revoked) throw notAuthorized('Access Token has been revoked');
  return {
    pool,
    session,
    claims: claims as VerifiedAccessToken['claims'],
  };
}

/** Why an identity pool refuses an ID token, in Cognito Identity's words. */
export type IdTokenProblem = 'malformed' | 'issuer' | 'signature' | 'audience' | 'expired';

export type IdTokenCheck =
  | { ok: true; claims: JWTPayload & { sub: string; aud: string } }
  | { ok: false; problem: IdTokenProblem; message: string };

/**
 * Verifies a user pool ID token for an identity pool provider: issuer, signature, that it
 * is an ID token for `clientId`, and expiry by the emulator clock. Revocation is not
 * checked, as Cognito Identity does not check it either.
 */
export async function checkIdToken(
  world: World,
  token: string,
  expected: { userPoolId: string; clientId: string },
): Promise<IdTokenCheck> {
  const refuse = (problem: IdTokenProblem, message: string): IdTokenCheck => ({
    ok: false,
    problem,
    message,
  });
  let unverified: JWTPayload;
  try {
    decodeProtectedHeader(token);
    unverified = decodeJwt(token);
  } catch {
    return refuse('malformed', 'Invalid login token. Not a valid OpenId Connect identity token.');
  }
  if (unverified.iss !== issuerOf(world, expected.userPoolId))
    return refuse('issuer', "Invalid login token. Issuer doesn't match providerName");
  const pool = world.store.get<UserPoolRecord>(USER_POOLS, expected.userPoolId);
  const claims = pool && (await verifySignature(token, pool));
  if (!claims) return refuse('signature', "Invalid login token. Couldn't verify signed token.");
  if (claims.aud === undefined)
    return refuse('audience', 'Invalid login token. Missing a required claim: aud');
  if (claims.aud !== expected.clientId || claims.token_use !== 'id')
    return refuse('audience', 'Token is not from a supported provider of this identity pool.');
  const now = epochSeconds(world);
  if (typeof claims.exp !== 'number' || !(now < claims.exp))
    return refuse('expired', `Invalid login token. Token expired: ${now} >= ${claims.exp}`);
  if (typeof claims.sub !== 'string')
    return refuse('malformed', 'Invalid login token. Missing a required claim: sub');
  return { ok: true, claims: claims as JWTPayload & { sub: string; aud: string } };
}
