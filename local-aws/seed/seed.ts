import { z } from 'zod';
import { addUserWithKey, IAM_TABLE, type UserWithKey } from '../core/identity';
import type { IamEntity, PolicyDocument, World } from '../core/types';
import { seedIdentityPools } from '../services/cognito-identity/seed';
import { seedCognito } from '../services/cognito-idp/seed';
import { seedKms } from '../services/kms/seed';
import { seedS3 } from '../services/s3/seed';
import { seedCustomResources } from '../services/transcribe/resource-seed';
import { seedTranscribe } from '../services/transcribe/seed';
import {
  ADMIN,
  ANALYST_ROLE,
  CURRENT_ACCOUNT,
  OTHER_ADMIN,
  USER_POOL_CLIENT_ID,
  USER_POOL_ID,
} from './ids';

/** What `--seed FILE` may change; anything else in the file is refused, not ignored. */
export const seedSpecSchema = z.strictObject({
  /** Generated customer managed keys in the current account, each with an alias (benchmarks). */
  generatedKeys: z.number().int().min(0).max(1_000_000).optional(),
  /** Generated aliases beyond one per generated key, pointing at generated keys. */
  generatedExtraAliases: z.number().int().min(0).max(1_000_000).optional(),
});

/** Changes to the default world, from `--seed FILE` or a test. */
export type SeedSpec = Required<z.infer<typeof seedSpecSchema>>;

export const defaultSeedSpec: SeedSpec = { generatedKeys: 0, generatedExtraAliases: 0 };

const adminPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** Static keys of the seeded IAM users, for the AWS CLI and scripts. */
const staticUsers: readonly UserWithKey[] = [ADMIN, OTHER_ADMIN];

function seedIam(world: World): void {
  for (const user of staticUsers) addUserWithKey(world, user, [adminPolicy]);
  world.store.put<IamEntity>(IAM_TABLE, ANALYST_ROLE.arn, {
    kind: 'role',
    name: ANALYST_ROLE.name,
    accountId: CURRENT_ACCOUNT,
    arn: ANALYST_ROLE.arn,
    id: ANALYST_ROLE.id,
    policies: [],
    policyFile: ANALYST_ROLE.policyFile,
  });
}

/** Writes the default world (plus any changes) into an empty store. */
export function applySeed(world: World, changes: Partial<SeedSpec> = {}): void {
  const spec = { ...defaultSeedSpec, ...changes };
  seedIam(world);
  seedKms(world, spec);
  seedS3(world);
  seedTranscribe(world);
  seedCustomResources(world);
  seedCognito(world);
  seedIdentityPools(world, { userPoolId: USER_POOL_ID, clientId: USER_POOL_CLIENT_ID });
}
