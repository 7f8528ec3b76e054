import { AwsError, validationError, type ValidationProblem } from '../../core/errors';
import type { World } from '../../core/types';

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

export const notAuthorized = (message: string) =>
  new AwsError('NotAuthorizedException', message, 400);

export function requireIdentityPool(world: World, identityPoolId: string): IdentityPoolRecord {
  const pool = world.store.get<IdentityPoolRecord>(IDENTITY_POOLS, identityPoolId);
  if (!pool)
    throw new AwsError(
      'ResourceNotFoundException',
      `IdentityPool '${identityPoolId}' not found.`,
      400,
    );
  return pool;
}

/** `Logins` key of a user pool provider: its issuer without the scheme, as Amplify sends it. */
export function providerName(world: World, userPoolId: string): string {
  return `${world.options.publicUrl.replace(/^\w+:\/\//, '')}/${userPoolId}`;
}

const ID_PATTERN = /^[\w-]+:[0-9a-f-]+$/;

/** Cognito Identity's member checks (ValidationException in AWS's standard form). */
export function validateIdMember(member: string, value: unknown): void {
  const problems: ValidationProblem[] = [];
  if (value === undefined || value === null)
    problems.push({ member, value: undefined, constraint: 'Member must not be null' });
  else if (typeof value !== 'string')
    throw new AwsError('SerializationException', `Unexpected value type for ${member}.`, 400);
  else {
    if (value.length < 1)
      problems.push({
        member,
        value,
        constraint: 'Member must have length greater than or equal to 1',
      });
    if (value.length > 55)
      problems.push({
        member,
        value,
        constraint: 'Member must have length less than or equal to 55',
      });
    if (!ID_PATTERN.test(value))
      problems.push({
        member,
        value,
        constraint: 'Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+',
      });
  }
  if (problems.length > 0) throw validationError(problems);
}

export function validateLogins(logins: unknown): Record<string, string> {
  if (logins === undefined || logins === null) return {};
  if (typeof logins !== 'object' || Array.isArray(logins))
    throw new AwsError('SerializationException', 'Unexpected value type for Logins.', 400);
  const entries = Object.entries(logins as Record<string, unknown>);
  if (entries.length > 10)
    throw validationError([
      {
        member: 'logins',
        value: logins,
        constraint: 'Member must have length less than or equal to 10',
      },
    ]);
  const result: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value !== 'string')
      throw new AwsError('SerializationException', 'Unexpected value type for Logins.', 400);
    result[key] = value;
  }
  return result;
}
