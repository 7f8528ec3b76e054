import type { World } from '../../core/types';
import type { SeedSpec } from '../../seed/seed';
import { seedIdentityPools } from '../cognito-identity/seed';
import {
  type PasswordPolicy,
  saveUser,
  USER_POOL_CLIENTS,
  USER_POOLS,
  type UserPoolClientRecord,
  type UserPoolRecord,
  type UserRecord,
  type UserStatus,
} from './model';
import { createVerifier, poolNameOf } from './srp';
import { createSigningKey } from './tokens';

export const USER_POOL_ID = 'us-east-1_Local0001';
export const USER_POOL_CLIENT_ID = 'localconsoleclient00000001';
const ACCOUNT = '111122223333';

/** Cognito's default policy, which the console's pools keep. */
export const defaultPasswordPolicy: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/** The demo sign-ins the README documents. */
export const seededUsers: {
  username: string;
  password: string;
  sub: string;
  email: string;
  status: UserStatus;
}[] = [
  {
    username: 'analyst',
    password: 'Analyst-Passw0rd!',
    sub: 'a0a0a0a0-0001-4000-8000-111122223333',
    email: 'analyst@example.com',
    status: 'CONFIRMED',
  },
  {
    username: 'new-analyst',
    password: 'Temp-Passw0rd!',
    sub: 'a0a0a0a0-0002-4000-8000-111122223333',
    email: 'new-analyst@example.com',
    status: 'FORCE_CHANGE_PASSWORD',
  },
];

/** The user pool, its app client, the demo users and the identity pool. */
export function seedCognito(world: World, _spec?: SeedSpec): void {
  const pool: UserPoolRecord = {
    id: USER_POOL_ID,
    name: 'local-console-users',
    arn: `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/${USER_POOL_ID}`,
    accountId: ACCOUNT,
    policy: defaultPasswordPolicy,
    preventUserExistenceErrors: 'ENABLED',
    signingKey: createSigningKey(),
  };
  world.store.put(USER_POOLS, pool.id, pool);
  world.store.put<UserPoolClientRecord>(USER_POOL_CLIENTS, USER_POOL_CLIENT_ID, {
    clientId: USER_POOL_CLIENT_ID,
    clientName: 'local-console',
    userPoolId: USER_POOL_ID,
    explicitAuthFlows: [
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ],
    accessTokenValiditySeconds: 3600,
    idTokenValiditySeconds: 3600,
    refreshTokenValiditySeconds: 30 * 24 * 3600,
  });
  const now = world.now().getTime();
  for (const user of seededUsers) {
    const verifier = createVerifier(poolNameOf(USER_POOL_ID), user.username, user.password);
    saveUser(world, {
      userPoolId: USER_POOL_ID,
      username: user.username,
      sub: user.sub,
      status: user.status,
      enabled: true,
      srpSalt: verifier.salt,
      srpVerifier: verifier.verifier,
      attributes: { sub: user.sub, email: user.email, email_verified: 'true' },
      createdAt: now,
      updatedAt: now,
    } satisfies UserRecord);
  }
  seedIdentityPools(world, { userPoolId: USER_POOL_ID, clientId: USER_POOL_CLIENT_ID });
}
