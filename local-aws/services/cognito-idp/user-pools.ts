import { AwsError } from '../../core/errors';
import type { World } from '../../core/types';
import { poolNotFound } from './errors';
import {
  type UserPoolClientRecord,
  type UserPoolRecord,
  type UserRecord,
  CHALLENGE_TTL_MS,
  USER_POOL_CLIENTS,
  USER_POOLS,
  userKey,
  USERS,
} from './model';

export function findPool(world: World, userPoolId: string): UserPoolRecord | undefined {
  return world.store.get<UserPoolRecord>(USER_POOLS, userPoolId);
}

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

/** Drops expired rows of a challenge table so abandoned sign-ins do not pile up. */
export function purgeExpired(world: World, table: string): void {
  const cutoff = world.now().getTime() - CHALLENGE_TTL_MS;
  for (const id of world.store.ids(table)) {
    const row = world.store.get<{ createdAt: number }>(table, id);
    if (row && row.createdAt < cutoff) world.store.delete(table, id);
  }
}
