import type { World } from '../../core/types';
import {
  CURRENT_ACCOUNT,
  DEMO_USERS,
  USER_POOL_ARN,
  USER_POOL_CLIENT_ID,
  USER_POOL_ID,
} from '../../seed/ids';
import {
  type PasswordPolicy,
  type SigningKey,
  USER_POOL_CLIENTS,
  USER_POOLS,
  type UserPoolClientRecord,
  type UserPoolRecord,
  type UserRecord,
  type UserStatus,
} from './model';
import { createVerifier, poolNameOf } from './srp';
import { createSigningKey } from './tokens';
import { saveUser } from './user-pools';

/** Cognito's default policy, which the console's pools keep. */
export const defaultPasswordPolicy: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

/** The demo sign-ins, with the state each starts in. */
const seededUsers: { user: (typeof DEMO_USERS)[keyof typeof DEMO_USERS]; status: UserStatus }[] = [
  { user: DEMO_USERS.analyst, status: 'CONFIRMED' },
  { user: DEMO_USERS.newAnalyst, status: 'FORCE_CHANGE_PASSWORD' },
];

/**
 * The pool's RSA key is the one slow part of the seed (a few hundred milliseconds): a world
 * keeps the first one made for it, so a reset (the tests make one per test) is quick and
 * returns to the very pool the world started with.
 */
const seededSigningKeys = new WeakMap<World, SigningKey>();

function seededSigningKey(world: World): SigningKey {
  const key = seededSigningKeys.get(world) ?? createSigningKey();
  seededSigningKeys.set(world, key);
  return key;
}

/** The user pool, its app client and the demo users. */
export function seedCognito(world: World): void {
  const pool: UserPoolRecord = {
    id: USER_POOL_ID,
    name: 'local-console-users',
    arn: USER_POOL_ARN,
    accountId: CURRENT_ACCOUNT,
    policy: defaultPasswordPolicy,
    preventUserExistenceErrors: 'ENABLED',
    signingKey: seededSigningKey(world),
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
  for (const { user, status } of seededUsers) {
    const verifier = createVerifier(poolNameOf(USER_POOL_ID), user.username, user.password);
    saveUser(world, {
      userPoolId: USER_POOL_ID,
      username: user.username,
      sub: user.sub,
      status,
      enabled: true,
      srpSalt: verifier.salt,
      srpVerifier: verifier.verifier,
      attributes: { sub: user.sub, email: user.email, email_verified: 'true' },
      createdAt: now,
      updatedAt: now,
    } satisfies UserRecord);
  }
}
