import { z } from 'zod';
import { CREDENTIALS_TABLE, IAM_TABLE } from '../core/identity';
import type { IamEntity, StoredCredentials, World } from '../core/types';
import { seedCognito } from '../services/cognito-idp/seed';
import { seedKms } from '../services/kms/seed';
import { seedS3 } from '../services/s3/seed';
import { seedTranscribe } from '../services/transcribe/service-bucket';

export const CURRENT_ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const ANALYST_ROLE_ARN = `arn:aws:iam::${CURRENT_ACCOUNT}:role/TranscribeAnalyst`;

/** Changes to the default world, from `--seed FILE` or a test. */
/** What `--seed FILE` may change; anything else in the file is refused, not ignored. */
export const seedSpecSchema = z.strictObject({
  /** Generated customer managed keys in 111122223333, each with an alias (benchmarks). */
  generatedKeys: z.number().int().min(0).max(1_000_000).optional(),
  /** Generated aliases beyond one per generated key, pointing at generated keys. */
  generatedExtraAliases: z.number().int().min(0).max(1_000_000).optional(),
});

export type SeedSpec = Required<z.infer<typeof seedSpecSchema>>;

export const defaultSeedSpec: SeedSpec = { generatedKeys: 0, generatedExtraAliases: 0 };

const adminPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }],
};

/** Static keys of the seeded IAM users, for the AWS CLI and scripts. */
export const staticUsers = [
  {
    accountId: CURRENT_ACCOUNT,
    name: 'admin',
    id: 'AIDA1111222233330ADM',
    accessKeyId: 'AKIA1111222233330ADM',
    secretAccessKey: 'localAdminSecret111122223333',
  },
  {
    accountId: OTHER_ACCOUNT,
    name: 'admin',
    id: 'AIDA4444555566660ADM',
    accessKeyId: 'AKIA4444555566660ADM',
    secretAccessKey: 'localAdminSecret444455556666',
  },
];

function seedIam(world: World): void {
  for (const user of staticUsers) {
    const arn = `arn:aws:iam::${user.accountId}:user/${user.name}`;
    world.store.put<IamEntity>(IAM_TABLE, arn, {
      kind: 'user',
      name: user.name,
      accountId: user.accountId,
      arn,
      id: user.id,
      policies: [adminPolicy],
    });
    world.store.put<StoredCredentials>(CREDENTIALS_TABLE, user.accessKeyId, {
      accessKeyId: user.accessKeyId,
      secretAccessKey: user.secretAccessKey,
      entityArn: arn,
    });
  }
  world.store.put<IamEntity>(IAM_TABLE, ANALYST_ROLE_ARN, {
    kind: 'role',
    name: 'TranscribeAnalyst',
    accountId: CURRENT_ACCOUNT,
    arn: ANALYST_ROLE_ARN,
    id: 'AROA1111222233330ANL',
    policies: [],
    policyFile: 'deploy/analyst-policy.json',
  });
}

/** Writes the default world (plus any changes) into an empty store. */
export function applySeed(world: World, changes: Partial<SeedSpec> = {}): void {
  const spec = { ...defaultSeedSpec, ...changes };
  seedIam(world);
  seedKms(world, spec);
  seedS3(world);
  seedTranscribe(world);
  seedCognito(world);
}
