import type { World } from '../../core/types';
import { ANALYST_ROLE_ARN, CURRENT_ACCOUNT, IDENTITY_POOL_ID } from '../../seed/ids';
import { IDENTITY_POOLS, type IdentityPoolRecord } from './model';

/** The console's identity pool: authenticated users of the user pool get the analyst role. */
export function seedIdentityPools(
  world: World,
  provider: { userPoolId: string; clientId: string },
) {
  world.store.put<IdentityPoolRecord>(IDENTITY_POOLS, IDENTITY_POOL_ID, {
    identityPoolId: IDENTITY_POOL_ID,
    identityPoolName: 'local_console_identities',
    accountId: CURRENT_ACCOUNT,
    allowUnauthenticatedIdentities: false,
    providers: [provider],
    authenticatedRoleArn: ANALYST_ROLE_ARN,
  });
}
