import type { World } from '../../core/types';
import { ANALYST_ROLE_ARN } from '../../seed/seed';
import { IDENTITY_POOLS, type IdentityPoolRecord } from './model';

export const IDENTITY_POOL_ID = 'us-east-1:0c0c0c0c-0000-4000-8000-111122223333';

/** The console's identity pool: authenticated users of the user pool get the analyst role. */
export function seedIdentityPools(
  world: World,
  provider: { userPoolId: string; clientId: string },
) {
  world.store.put<IdentityPoolRecord>(IDENTITY_POOLS, IDENTITY_POOL_ID, {
    identityPoolId: IDENTITY_POOL_ID,
    identityPoolName: 'local_console_identities',
    accountId: '111122223333',
    allowUnauthenticatedIdentities: false,
    providers: [provider],
    authenticatedRoleArn: ANALYST_ROLE_ARN,
  });
}
