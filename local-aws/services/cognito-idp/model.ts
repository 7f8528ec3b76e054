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
