export const IDENTITY_POOLS = 'cognito-identity-pools';

export const IDENTITIES = 'cognito-identities';

/** Which identity a user pool user has in an identity pool: `pool|userPool|sub` → ID. */
export const IDENTITY_LOGINS = 'cognito-identity-logins';

export interface UserPoolProvider {
  userPoolId: string;
  clientId: string;
}

export interface IdentityPoolRecord {
  identityPoolId: string;
  identityPoolName: string;
  accountId: string;
  allowUnauthenticatedIdentities: boolean;
  providers: UserPoolProvider[];
  authenticatedRoleArn: string;
}

export interface IdentityRecord {
  identityId: string;
  identityPoolId: string;
  /** User pool ID → the user's `sub`. */
  logins: Record<string, string>;
  createdAt: number;
}

export const loginKey = (identityPoolId: string, userPoolId: string, sub: string) =>
  `${identityPoolId}|${userPoolId}|${sub}`;
