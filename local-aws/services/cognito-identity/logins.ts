import type { World } from '../../core/types';
import { checkIdToken } from '../cognito-idp/interface';
import { notAuthorized } from './errors';
import { providerName } from './identity-pools';
import type { IdentityPoolRecord, UserPoolProvider } from './model';

export interface VerifiedLogin {
  provider: UserPoolProvider;
  sub: string;
}

/**
 * Verifies every token of a `Logins` map against the identity pool's user pool providers:
 * the key must name a provider, and its ID token must carry that provider's issuer,
 * signature, audience and an unexpired `exp`.
 */
export async function verifyLogins(
  world: World,
  pool: IdentityPoolRecord,
  logins: Record<string, string>,
): Promise<VerifiedLogin[]> {
  const entries = Object.entries(logins);
  if (entries.length === 0 && !pool.allowUnauthenticatedIdentities)
    throw notAuthorized('Unauthenticated access is not supported for this identity pool.');
  const verified: VerifiedLogin[] = [];
  for (const [key, token] of entries) {
    const provider = pool.providers.find((p) => providerName(world, p.userPoolId) === key);
    if (!provider)
      throw notAuthorized('Token is not from a supported provider of this identity pool.');
    const check = await checkIdToken(world, token, provider);
    if (!check.ok) throw notAuthorized(check.message);
    verified.push({ provider, sub: check.claims.sub });
  }
  return verified;
}
