import type { World } from '../../core/types';
import { identityPoolNotFound } from './errors';
import { type IdentityPoolRecord, IDENTITY_POOLS } from './model';

/** An identity pool by ID, or Cognito Identity's error. */
export function requireIdentityPool(world: World, identityPoolId: string): IdentityPoolRecord {
  const pool = world.store.get<IdentityPoolRecord>(IDENTITY_POOLS, identityPoolId);
  if (!pool) throw identityPoolNotFound(identityPoolId);
  return pool;
}

/** `Logins` key of a user pool provider: its issuer without the scheme, as Amplify sends it. */
export function providerName(world: World, userPoolId: string): string {
  return `${world.options.publicUrl.replace(/^\w+:\/\//, '')}/${userPoolId}`;
}
