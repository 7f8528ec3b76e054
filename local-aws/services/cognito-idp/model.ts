import { AwsError, validationError, type ValidationProblem } from '../../core/errors';
import type { World } from '../../core/types';

/** Store tables of the user pools service. */
export const USER_POOLS = 'cognito-user-pools';
export const USER_POOL_CLIENTS = 'cognito-user-pool-clients';
export const USERS = 'cognito-users';
/** Sign-in sessions, keyed by `origin_jti`: one per refresh token, revoked together. */
export const SESSIONS = 'cognito-sessions';
/** Outstanding PASSWORD_VERIFIER challenges, keyed by their secret block. */
export const SRP_CHALLENGES = 'cognito-srp-challenges';
/** Outstanding challenge sessions (NEW_PASSWORD_REQUIRED), keyed by `Session`. */
export const CHALLENGE_SESSIONS = 'cognito-challenge-sessions';

export interface PasswordPolicy {
  MinimumLength: number;
  RequireUppercase: boolean;
  RequireLowercase: boolean;
  RequireNumbers: boolean;
  RequireSymbols: boolean;
}

export interface SigningKey {
  kid: string;
  /** RSA private key as a JWK (kept in the store so tokens outlive a restart). */
  privateJwk: Record<string, string>;
  /** What the JWKS publishes: `kty`, `n`, `e`, `kid`, `alg`, `use`. */
  publicJwk: Record<string, string>;
}

export interface UserPoolRecord {
  id: string;
  name: string;
  arn: string;
  accountId: string;
  policy: PasswordPolicy;
  /** `ENABLED` hides whether a user exists (the console default); `LEGACY` tells. */
  preventUserExistenceErrors: 'ENABLED' | 'LEGACY';
  signingKey: SigningKey;
}

export interface UserPoolClientRecord {
  clientId: string;
  clientName: string;
  userPoolId: string;
  explicitAuthFlows: string[];
  accessTokenValiditySeconds: number;
  idTokenValiditySeconds: number;
  refreshTokenValiditySeconds: number;
}

export type UserStatus = 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD' | 'UNCONFIRMED' | 'RESET_REQUIRED';

export interface UserRecord {
  userPoolId: string;
  /** The canonical user name, which is also SRP's `USER_ID_FOR_SRP`. */
  username: string;
  sub: string;
  status: UserStatus;
  enabled: boolean;
  /** `hex(s)` and `hex(v)` of the SRP verifier; no password is stored. */
  srpSalt: string;
  srpVerifier: string;
  attributes: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

export interface SessionRecord {
  originJti: string;
  userPoolId: string;
  username: string;
  clientId: string;
  /** SHA-256 (hex) of the refresh token's secret part. */
  refreshSecretHash: string;
  authTime: number;
  createdAt: number;
  expiresAt: number;
  revoked: boolean;
}

export interface SrpChallengeRecord {
  userPoolId: string;
  clientId: string;
  username: string;
  /** Unknown users get a simulated challenge that can only fail. */
  simulated: boolean;
  A: string;
  b: string;
  B: string;
  createdAt: number;
}

export interface ChallengeSessionRecord {
  challengeName: 'NEW_PASSWORD_REQUIRED';
  userPoolId: string;
  clientId: string;
  username: string;
  createdAt: number;
}

/** How long a secret block or challenge session stays usable. */
export const CHALLENGE_TTL_MS = 3 * 60 * 1000;

export const userKey = (userPoolId: string, username: string) =>
  // Pools are case-insensitive by default, as the console creates them.
  `${userPoolId}/${username.toLowerCase()}`;

export const notAuthorized = (message: string) =>
  new AwsError('NotAuthorizedException', message, 400);
export const invalidParameter = (message: string) =>
  new AwsError('InvalidParameterException', message, 400);
export const incorrectCredentials = () => notAuthorized('Incorrect username or password.');
export const userNotFound = () =>
  new AwsError('UserNotFoundException', 'User does not exist.', 400);

export function findPool(world: World, userPoolId: string): UserPoolRecord | undefined {
  return world.store.get<UserPoolRecord>(USER_POOLS, userPoolId);
}

export const poolNotFound = (userPoolId: string) =>
  new AwsError('ResourceNotFoundException', `User pool ${userPoolId} does not exist.`, 400);

/** A pool by ID, as seen from `accountId` (pools of other accounts do not exist for it). */
export function requirePool(world: World, userPoolId: string, accountId?: string): UserPoolRecord {
  const pool = findPool(world, userPoolId);
  if (!pool || (accountId !== undefined && pool.accountId !== accountId))
    throw poolNotFound(userPoolId);
  return pool;
}

/** The app client and its pool, or Cognito's error for an unknown client. */
export function requireClient(
  world: World,
  clientId: string,
): { client: UserPoolClientRecord; pool: UserPoolRecord } {
  const client = world.store.get<UserPoolClientRecord>(USER_POOL_CLIENTS, clientId);
  const pool = client && findPool(world, client.userPoolId);
  if (!client || !pool)
    throw new AwsError(
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
      400,
    );
  return { client, pool };
}

export function findUser(
  world: World,
  userPoolId: string,
  username: string,
): UserRecord | undefined {
  return world.store.get<UserRecord>(USERS, userKey(userPoolId, username));
}

export function saveUser(world: World, user: UserRecord): void {
  world.store.put(USERS, userKey(user.userPoolId, user.username), user);
}

/** The issuer of a pool's tokens, from the URL the server listens on now. */
export const issuerOf = (world: World, userPoolId: string) =>
  `${world.options.publicUrl}/${userPoolId}`;

/** Nowtime in epoch seconds, as JWT claims count it. */
export const epochSeconds = (world: World) => Math.floor(world.now().getTime() / 1000);

/** Member checks in Cognito's words (its validation errors are InvalidParameterException). */
export interface MemberRule {
  member: string;
  value: unknown;
  required?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  patternText?: string;
  enumValues?: readonly string[];
}

export function validate(rules: MemberRule[]): void {
  const problems: ValidationProblem[] = [];
  for (const rule of rules) {
    const { member, value } = rule;
    if (value === undefined || value === null) {
      if (rule.required)
        problems.push({ member, value: undefined, constraint: 'Member must not be null' });
      continue;
    }
    if (typeof value !== 'string') {
      throw new AwsError(
        'SerializationException',
        `Unexpected value type for ${member}: expected a string.`,
        400,
      );
    }
    if (rule.min !== undefined && value.length < rule.min)
      problems.push({
        member,
        value,
        constraint: `Member must have length greater than or equal to ${rule.min}`,
      });
    if (rule.max !== undefined && value.length > rule.max)
      problems.push({
        member,
        value,
        constraint: `Member must have length less than or equal to ${rule.max}`,
      });
    if (rule.pattern && !rule.pattern.test(value))
      problems.push({
        member,
        value,
        constraint: `Member must satisfy regular expression pattern: ${rule.patternText ?? rule.pattern.source}`,
      });
    if (rule.enumValues && !rule.enumValues.includes(value))
      problems.push({
        member,
        value,
        constraint: `Member must satisfy enum value set: [${rule.enumValues.join(', ')}]`,
      });
  }
  if (problems.length > 0) throw validationError(problems, 'InvalidParameterException');
}

export const clientIdRule = (value: unknown): MemberRule => ({
  member: 'clientId',
  value,
  required: true,
  min: 1,
  max: 128,
  pattern: /^[\w+]+$/,
  patternText: '[\\w+]+',
});

export const userPoolIdRule = (value: unknown): MemberRule => ({
  member: 'userPoolId',
  value,
  required: true,
  min: 1,
  max: 55,
  pattern: /^[\w-]+_[0-9a-zA-Z]+$/,
  patternText: '[\\w-]+_[0-9a-zA-Z]+',
});

export const accessTokenRule = (value: unknown): MemberRule => ({
  member: 'accessToken',
  value,
  required: true,
  pattern: /^[A-Za-z0-9-_=.]+$/,
  patternText: '[A-Za-z0-9-_=.]+',
});

/** Drops expired rows of a challenge table so abandoned sign-ins do not pile up. */
export function purgeExpired(world: World, table: string): void {
  const cutoff = world.now().getTime() - CHALLENGE_TTL_MS;
  for (const id of world.store.ids(table)) {
    const row = world.store.get<{ createdAt: number }>(table, id);
    if (row && row.createdAt < cutoff) world.store.delete(table, id);
  }
}
