import { randomUUID } from 'node:crypto';
import type { GetIdInput, GetIdResponse } from '@aws-sdk/client-cognito-identity';
import type { RequestContext } from '../../core/types';
import { requireIdentityPool } from './identity-pools';
import { verifyLogins } from './logins';
import { IDENTITIES, IDENTITY_LOGINS, type IdentityRecord, loginKey } from './model';
import { validateAccountId, validateIdMember, validateLogins } from './validate';

/**
 * GetId: the identity of the signed-in user in an identity pool. The same user always gets
 * the same IdentityId, which is stored, so it survives restarts.
 */
export async function getId(ctx: RequestContext, input: GetIdInput): Promise<GetIdResponse> {
  validateIdMember('identityPoolId', input.IdentityPoolId);
  validateAccountId(input.AccountId);
  const { world } = ctx;
  const pool = requireIdentityPool(world, input.IdentityPoolId ?? '');
  const logins = await verifyLogins(world, pool, validateLogins(input.Logins));
  const [login] = logins;
  if (!login) throw new Error('identity pools without unauthenticated access always have logins');
  const key = loginKey(pool.identityPoolId, login.provider.userPoolId, login.sub);
  const existing = world.store.get<string>(IDENTITY_LOGINS, key);
  if (existing) return { IdentityId: existing };
  const identity: IdentityRecord = {
    identityId: `${world.options.region}:${randomUUID()}`,
    identityPoolId: pool.identityPoolId,
    logins: Object.fromEntries(logins.map((l) => [l.provider.userPoolId, l.sub])),
    createdAt: world.now().getTime(),
  };
  world.store.batch(() => {
    world.store.put(IDENTITIES, identity.identityId, identity);
    for (const l of logins)
      world.store.put(
        IDENTITY_LOGINS,
        loginKey(pool.identityPoolId, l.provider.userPoolId, l.sub),
        identity.identityId,
      );
  });
  return { IdentityId: identity.identityId };
}
