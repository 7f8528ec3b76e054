import type { World } from '../../core/types';
import { CURRENT_ACCOUNT, OTHER_ACCOUNT, SEEDED_ALIASES, SEEDED_KEYS } from '../../seed/ids';
import { newKeyMaterial } from './crypto';
import { aliasArn, keyArn } from './identifiers';
import { defaultKeyPolicy, type StoredKey } from './model';
import { putAlias, putKey } from './registry';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many keys and aliases to generate beyond the seeded ones (benchmarks). */
export interface GeneratedKeys {
  generatedKeys: number;
  generatedExtraAliases: number;
}

/** The ID of generated key `n` (1-based): deterministic, sorted after the seeded keys. */
export const generatedKeyId = (n: number): string =>
  `${(0xa0000000 + n).toString(16)}-9e9e-4000-8000-${CURRENT_ACCOUNT}`;

export const generatedAliasName = (n: number): string =>
  `alias/generated-${String(n).padStart(5, '0')}`;

export const generatedExtraAliasName = (n: number): string =>
  `alias/generated-extra-${String(n).padStart(5, '0')}`;

/** The shared key's policy: the owner's IAM decides, and the current account may encrypt. */
function sharedKeyPolicy(): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'key-shared-with-analytics',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: `Allow ${CURRENT_ACCOUNT} to encrypt with the key`,
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
          Action: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

/** AWS's own policy for an AWS managed key: use only through S3, metadata for the account. */
function awsManagedS3Policy(region: string): string {
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: 'auto-s3-2',
      Statement: [
        {
          Sid: 'Allow access through S3 for all principals in the account that are authorized to use S3',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [
            'kms:Encrypt',
            'kms:Decrypt',
            'kms:ReEncrypt*',
            'kms:GenerateDataKey*',
            'kms:DescribeKey',
          ],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': CURRENT_ACCOUNT,
              'kms:ViaService': `s3.${region}.amazonaws.com`,
            },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

interface KeySeed {
  keyId: string;
  accountId: string;
  alias?: string;
  description: string;
  state?: StoredKey['keyState'];
  signing?: boolean;
  awsManaged?: boolean;
  policy?: string;
}

/** Writes the spec's KMS keys and aliases (plus generated ones) into the store. */
export function seedKms(world: World, spec?: GeneratedKeys): void {
  const region = world.options.region;
  const now = world.now().getTime();
  const seeds: KeySeed[] = [
    {
      keyId: SEEDED_KEYS.transcribeOutput,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.transcribeOutput,
      description: 'Encrypts transcription output',
    },
    {
      keyId: SEEDED_KEYS.analytics,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.analytics,
      description: 'Analytics team data',
    },
    { keyId: SEEDED_KEYS.noAlias, accountId: CURRENT_ACCOUNT, description: 'Key without an alias' },
    {
      keyId: SEEDED_KEYS.legacyDisabled,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.legacyDisabled,
      description: 'Legacy key, disabled',
      state: 'Disabled',
    },
    {
      keyId: SEEDED_KEYS.retired,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.retired,
      description: 'Retired key, pending deletion',
      state: 'PendingDeletion',
    },
    {
      keyId: SEEDED_KEYS.signing,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.signing,
      description: 'Signing key (RSA_2048, SIGN_VERIFY)',
      signing: true,
    },
    {
      keyId: SEEDED_KEYS.markupTest,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.markupTest,
      description: '<img src=x onerror=alert(1)>',
    },
    {
      keyId: SEEDED_KEYS.awsS3,
      accountId: CURRENT_ACCOUNT,
      alias: SEEDED_ALIASES.awsS3,
      description: 'Default key that protects my S3 objects when no other key is defined',
      awsManaged: true,
      policy: awsManagedS3Policy(region),
    },
    {
      keyId: SEEDED_KEYS.sharedWithAnalytics,
      accountId: OTHER_ACCOUNT,
      alias: SEEDED_ALIASES.sharedWithAnalytics,
      description: `Shared with ${CURRENT_ACCOUNT} for encryption only`,
      policy: sharedKeyPolicy(),
    },
    {
      keyId: SEEDED_KEYS.private,
      accountId: OTHER_ACCOUNT,
      alias: SEEDED_ALIASES.private,
      description: 'Not shared with other accounts',
    },
  ];

  const addKey = (seed: KeySeed) => {
    const state = seed.state ?? 'Enabled';
    putKey(world, {
      keyId: seed.keyId,
      arn: keyArn(region, seed.accountId, seed.keyId),
      accountId: seed.accountId,
      region,
      creationDate: now,
      keyState: state,
      description: seed.description,
      keyUsage: seed.signing ? 'SIGN_VERIFY' : 'ENCRYPT_DECRYPT',
      keySpec: seed.signing ? 'RSA_2048' : 'SYMMETRIC_DEFAULT',
      keyManager: seed.awsManaged ? 'AWS' : 'CUSTOMER',
      origin: 'AWS_KMS',
      multiRegion: false,
      ...(state === 'PendingDeletion'
        ? { deletionDate: now + 30 * DAY_MS, pendingWindowInDays: 30 }
        : {}),
      policy: seed.policy ?? defaultKeyPolicy(seed.accountId),
      ...(seed.signing ? {} : { material: newKeyMaterial() }),
    });
  };
  const addAlias = (accountId: string, aliasName: string, targetKeyId: string) =>
    putAlias(world, {
      aliasName,
      aliasArn: aliasArn(region, accountId, aliasName),
      accountId,
      region,
      targetKeyId,
      creationDate: now,
      lastUpdatedDate: now,
    });

  for (const seed of seeds) {
    addKey(seed);
    if (seed.alias) addAlias(seed.accountId, seed.alias, seed.keyId);
  }

  const generated = spec?.generatedKeys ?? 0;
  for (let n = 1; n <= generated; n++) {
    const keyId = generatedKeyId(n);
    addKey({
      keyId,
      accountId: CURRENT_ACCOUNT,
      description: `Generated key ${String(n).padStart(5, '0')}`,
    });
    addAlias(CURRENT_ACCOUNT, generatedAliasName(n), keyId);
  }
  const extra = spec?.generatedExtraAliases ?? 0;
  for (let n = 1; n <= extra; n++) {
    const target =
      generated > 0 ? generatedKeyId(((n - 1) % generated) + 1) : SEEDED_KEYS.transcribeOutput;
    addAlias(CURRENT_ACCOUNT, generatedExtraAliasName(n), target);
  }
}
