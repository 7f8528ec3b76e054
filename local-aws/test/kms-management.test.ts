import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateKeyCommand,
  type CreateKeyCommandInput,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyRotationCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListResourceTagsCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import { ANALYST_ROLE_ARN, CURRENT_ACCOUNT, OTHER_ACCOUNT, SEEDED_KEYS } from '../seed/ids';
import { clientConfig, otherAdminCredentials, startForTests } from './harness';

// The key management calls Terraform's aws_kms_key and aws_kms_alias make, through the JS SDK:
// rotation, tags, description, aliases moved and deleted, deletion cancelled.

const local = startForTests();
const kms = () => new KMSClient(clientConfig(local.url));
const otherKms = () => new KMSClient(clientConfig(local.url, otherAdminCredentials));

const ARN = `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}`;
const SHARED_KEY = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}:key/${SEEDED_KEYS.sharedWithAnalytics}`;
const DAY_MS = 24 * 60 * 60 * 1000;

interface SdkError {
  name: string;
  message: string;
  $metadata: { httpStatusCode?: number };
}

async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}

/** A key of the test's own: its metadata. */
async function newKey(input: CreateKeyCommandInput = {}) {
  const { KeyMetadata } = await kms().send(new CreateKeyCommand(input));
  return { keyId: KeyMetadata!.KeyId!, arn: KeyMetadata!.Arn! };
}

const analystKms = () => {
  const c = issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 'test');
  return new KMSClient(
    clientConfig(local.url, {
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      sessionToken: c.sessionToken,
    }),
  );
};

const rotationOf = (KeyId: string) => kms().send(new GetKeyRotationStatusCommand({ KeyId }));

describe('KMS key rotation (GetKeyRotationStatus, EnableKeyRotation, DisableKeyRotation)', () => {
  it('is off for a new key, on with a period and a next date once enabled, off again when disabled', async () => {
    const key = await newKey({ Description: 'rotates' });
    const off = await rotationOf(key.keyId);
    expect(off).toMatchObject({ KeyId: key.arn, KeyRotationEnabled: false });
    expect(off.RotationPeriodInDays).toBeUndefined();
    expect(off.NextRotationDate).toBeUndefined();

    const before = Date.now();
    await kms().send(new EnableKeyRotationCommand({ KeyId: key.keyId, RotationPeriodInDays: 180 }));
    const on = await rotationOf(key.arn);
    expect(on).toMatchObject({
      KeyId: key.arn,
      KeyRotationEnabled: true,
      RotationPeriodInDays: 180,
    });
    const next = on.NextRotationDate!.getTime();
    expect(next).toBeGreaterThanOrEqual(before + 180 * DAY_MS - 1000);
    expect(next).toBeLessThanOrEqual(Date.now() + 180 * DAY_MS + 1000);

    // Enabling again without a period sets the default, 365 days, from the same start.
    await kms().send(new EnableKeyRotationCommand({ KeyId: key.arn }));
    const yearly = await rotationOf(key.arn);
    expect(yearly.RotationPeriodInDays).toBe(365);
    expect(yearly.NextRotationDate!.getTime() - next).toBe(185 * DAY_MS);

    await kms().send(new DisableKeyRotationCommand({ KeyId: key.keyId }));
    expect(await rotationOf(key.keyId)).toMatchObject({ KeyRotationEnabled: false });
    // Disabling what is off is no error.
    await kms().send(new DisableKeyRotationCommand({ KeyId: key.keyId }));
  });

  it('checks the period: 90 to 2560 days', async () => {
    const key = await newKey();
    const short = await errorOf(
      kms().send(new EnableKeyRotationCommand({ KeyId: key.keyId, RotationPeriodInDays: 89 })),
    );
    expect(short).toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '89' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than or equal to 90",
    });
    const long = await errorOf(
      kms().send(new EnableKeyRotationCommand({ KeyId: key.keyId, RotationPeriodInDays: 2561 })),
    );
    expect(long.message).toContain('Member must have value less than or equal to 2560');
  });

  it('reports AWS managed keys as rotating yearly, and keys that cannot rotate as off', async () => {
    const managed = await rotationOf('alias/aws/s3');
    expect(managed).toMatchObject({
      KeyId: `${ARN}:key/${SEEDED_KEYS.awsS3}`,
      KeyRotationEnabled: true,
      RotationPeriodInDays: 365,
    });
    expect(managed.NextRotationDate!.getTime()).toBeGreaterThan(Date.now());

    const signing = await rotationOf('alias/signing');
    expect(signing).toMatchObject({ KeyRotationEnabled: false });
    const unsupported = await errorOf(
      kms().send(new EnableKeyRotationCommand({ KeyId: 'alias/signing' })),
    );
    expect(unsupported).toMatchObject({ name: 'UnsupportedOperationException' });
    expect(unsupported.$metadata.httpStatusCode).toBe(400);
  });

  it('refuses to change rotation of a disabled key, and reports its setting', async () => {
    const key = await newKey();
    await kms().send(new EnableKeyRotationCommand({ KeyId: key.keyId }));
    await kms().send(new DisableKeyCommand({ KeyId: key.keyId }));
    expect(await rotationOf(key.keyId)).toMatchObject({ KeyRotationEnabled: true });
    for (const command of [
      new EnableKeyRotationCommand({ KeyId: key.keyId }),
      new DisableKeyRotationCommand({ KeyId: key.keyId }),
    ]) {
      const error = await errorOf(kms().send(command));
      expect(error).toMatchObject({
        name: 'DisabledException',
        message: `${key.arn} is disabled.`,
      });
    }
  });

  it('reports rotation off while the key is pending deletion, and back once the deletion is cancelled', async () => {
    const key = await newKey();
    await kms().send(new EnableKeyRotationCommand({ KeyId: key.keyId, RotationPeriodInDays: 90 }));
    await kms().send(new ScheduleKeyDeletionCommand({ KeyId: key.keyId, PendingWindowInDays: 7 }));
    expect(await rotationOf(key.keyId)).toEqual(
      expect.objectContaining({ KeyId: key.arn, KeyRotationEnabled: false }),
    );
    const refused = await errorOf(kms().send(new EnableKeyRotationCommand({ KeyId: key.keyId })));
    expect(refused).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.arn} is pending deletion.`,
    });

    const cancelled = await kms().send(new CancelKeyDeletionCommand({ KeyId: key.keyId }));
    expect(cancelled.KeyId).toBe(key.arn);
    const { KeyMetadata } = await kms().send(new DescribeKeyCommand({ KeyId: key.keyId }));
    expect(KeyMetadata).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    expect(KeyMetadata?.DeletionDate).toBeUndefined();
    expect(KeyMetadata?.PendingDeletionWindowInDays).toBeUndefined();
    expect(await rotationOf(key.keyId)).toMatchObject({
      KeyRotationEnabled: true,
      RotationPeriodInDays: 90,
    });
  });

  it('answers another account only as its key policy allows', async () => {
    // The shared key's policy lets this account encrypt and describe, not read rotation.
    const denied = await errorOf(
      kms().send(new GetKeyRotationStatusCommand({ KeyId: SHARED_KEY })),
    );
    expect(denied).toMatchObject({
      name: 'AccessDeniedException',
      message: `User: arn:aws:iam::${CURRENT_ACCOUNT}:user/admin is not authorized to perform: kms:GetKeyRotationStatus on resource: ${SHARED_KEY} because no resource-based policy allows the kms:GetKeyRotationStatus action`,
    });
    const owner = await otherKms().send(new GetKeyRotationStatusCommand({ KeyId: SHARED_KEY }));
    expect(owner).toMatchObject({ KeyId: SHARED_KEY, KeyRotationEnabled: false });
  });
});

describe('KMS CancelKeyDeletion', () => {
  it('refuses a key that is not pending deletion', async () => {
    const key = await newKey();
    const error = await errorOf(kms().send(new CancelKeyDeletionCommand({ KeyId: key.keyId })));
    expect(error).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${key.arn} is not pending deletion.`,
    });
    const missing = await errorOf(
      kms().send(new CancelKeyDeletionCommand({ KeyId: '00000000-0000-4000-8000-000000000000' })),
    );
    expect(missing).toMatchObject({
      name: 'NotFoundException',
      message: `Key '${ARN}:key/00000000-0000-4000-8000-000000000000' does not exist`,
    });
  });
});

describe('KMS tags (TagResource, UntagResource, ListResourceTags)', () => {
  const tagsOf = async (KeyId: string) =>
    (await kms().send(new ListResourceTagsCommand({ KeyId }))).Tags ?? [];

  it('keeps tags in the order given, a new value in place, and removes them by key', async () => {
    const key = await newKey({ Tags: [{ TagKey: 'team', TagValue: 'analytics' }] });
    await kms().send(
      new TagResourceCommand({
        KeyId: key.keyId,
        Tags: [
          { TagKey: 'env', TagValue: 'local' },
          { TagKey: 'team', TagValue: 'platform' },
          { TagKey: 'empty', TagValue: '' },
        ],
      }),
    );
    expect(await tagsOf(key.keyId)).toEqual([
      { TagKey: 'team', TagValue: 'platform' },
      { TagKey: 'env', TagValue: 'local' },
      { TagKey: 'empty', TagValue: '' },
    ]);
    await kms().send(new UntagResourceCommand({ KeyId: key.arn, TagKeys: ['team', 'not-there'] }));
    expect(await tagsOf(key.keyId)).toEqual([
      { TagKey: 'env', TagValue: 'local' },
      { TagKey: 'empty', TagValue: '' },
    ]);
    const listed = await kms().send(new ListResourceTagsCommand({ KeyId: key.keyId }));
    expect(listed.Truncated).toBe(false);
    expect(listed.NextMarker).toBeUndefined();
  });

  it('pages with Limit and Marker', async () => {
    const key = await newKey({
      Tags: ['a', 'b', 'c'].map((name) => ({ TagKey: name, TagValue: name })),
    });
    const first = await kms().send(new ListResourceTagsCommand({ KeyId: key.keyId, Limit: 2 }));
    expect(first.Tags?.map((t) => t.TagKey)).toEqual(['a', 'b']);
    expect(first.Truncated).toBe(true);
    const second = await kms().send(
      new ListResourceTagsCommand({ KeyId: key.keyId, Limit: 2, Marker: first.NextMarker }),
    );
    expect(second).toMatchObject({ Tags: [{ TagKey: 'c', TagValue: 'c' }], Truncated: false });
    const badMarker = await errorOf(
      kms().send(new ListResourceTagsCommand({ KeyId: key.keyId, Marker: 'nonsense' })),
    );
    expect(badMarker).toMatchObject({ name: 'InvalidMarkerException' });
    const badLimit = await errorOf(
      kms().send(new ListResourceTagsCommand({ KeyId: key.keyId, Limit: 51 })),
    );
    expect(badLimit.message).toContain(
      "Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
  });

  it('refuses duplicate keys, aws: keys, more than 50 tags and long values, as KMS words them', async () => {
    const key = await newKey();
    const tag = (KeyId: string, Tags: { TagKey: string; TagValue: string }[]) =>
      errorOf(kms().send(new TagResourceCommand({ KeyId, Tags })));
    expect(
      await tag(key.keyId, [
        { TagKey: 'k', TagValue: '1' },
        { TagKey: 'k', TagValue: '2' },
      ]),
    ).toMatchObject({ name: 'TagException', message: 'Duplicate tag keys' });
    expect(await tag(key.keyId, [{ TagKey: 'AWS:reserved', TagValue: 'x' }])).toMatchObject({
      name: 'TagException',
      message: 'Tags beginning with aws: are reserved',
    });
    const many = Array.from({ length: 51 }, (_, i) => ({ TagKey: `t${i}`, TagValue: '' }));
    expect(await tag(key.keyId, many)).toMatchObject({
      name: 'TagException',
      message: 'Too many tags',
    });
    const long = await tag(key.keyId, [{ TagKey: 'k', TagValue: 'v'.repeat(257) }]);
    expect(long).toMatchObject({ name: 'ValidationException' });
    expect(long.message).toContain(
      "at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256",
    );
    const noKeys = await errorOf(
      kms().send(new UntagResourceCommand({ KeyId: key.keyId, TagKeys: [''] })),
    );
    expect(noKeys.message).toBe(
      "1 validation error detected: Value '[\"\"]' at 'tagKeys' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 128, Member must have length greater than or equal to 1]",
    );
    expect(await tagsOf(key.keyId)).toEqual([]);
  });

  it('lists but does not change the tags of a key pending deletion', async () => {
    const key = await newKey({ Tags: [{ TagKey: 'keep', TagValue: 'me' }] });
    await kms().send(new ScheduleKeyDeletionCommand({ KeyId: key.keyId, PendingWindowInDays: 7 }));
    expect(await tagsOf(key.keyId)).toEqual([{ TagKey: 'keep', TagValue: 'me' }]);
    for (const attempt of [
      () =>
        kms().send(
          new TagResourceCommand({ KeyId: key.keyId, Tags: [{ TagKey: 'x', TagValue: 'y' }] }),
        ),
      () => kms().send(new UntagResourceCommand({ KeyId: key.keyId, TagKeys: ['keep'] })),
    ]) {
      const error = await errorOf(attempt());
      expect(error).toMatchObject({
        name: 'KMSInvalidStateException',
        message: `${key.arn} is pending deletion.`,
      });
    }
  });

  it('lets the key policy decide: an AWS managed key cannot be tagged', async () => {
    const error = await errorOf(
      kms().send(
        new TagResourceCommand({ KeyId: 'alias/aws/s3', Tags: [{ TagKey: 'k', TagValue: 'v' }] }),
      ),
    );
    expect(error.name).toBe('AccessDeniedException');
    expect(await tagsOf('alias/aws/s3')).toEqual([]);
  });
});

describe('KMS UpdateKeyDescription', () => {
  it('changes the description, to empty too, but not while pending deletion', async () => {
    const key = await newKey({ Description: 'first' });
    const describe = async () =>
      (await kms().send(new DescribeKeyCommand({ KeyId: key.keyId }))).KeyMetadata?.Description;
    await kms().send(new UpdateKeyDescriptionCommand({ KeyId: key.keyId, Description: 'second' }));
    expect(await describe()).toBe('second');
    await kms().send(new UpdateKeyDescriptionCommand({ KeyId: key.arn, Description: '' }));
    expect(await describe()).toBe('');
    const missing = await errorOf(
      kms().send(new UpdateKeyDescriptionCommand({ KeyId: key.keyId } as never)),
    );
    expect(missing.message).toBe(
      "1 validation error detected: Value null at 'description' failed to satisfy constraint: Member must not be null",
    );
    await kms().send(new ScheduleKeyDeletionCommand({ KeyId: key.keyId }));
    const pending = await errorOf(
      kms().send(new UpdateKeyDescriptionCommand({ KeyId: key.keyId, Description: 'third' })),
    );
    expect(pending.name).toBe('KMSInvalidStateException');
  });
});

describe('KMS UpdateAlias and DeleteAlias', () => {
  const aliasOf = async (name: string) =>
    (await kms().send(new ListAliasesCommand({}))).Aliases?.find((a) => a.AliasName === name);

  it('moves an alias to another key of the same kind and usage', async () => {
    const first = await newKey();
    const second = await newKey();
    await kms().send(
      new CreateAliasCommand({ AliasName: 'alias/moving', TargetKeyId: first.keyId }),
    );
    const created = await aliasOf('alias/moving');
    await kms().send(
      new UpdateAliasCommand({ AliasName: 'alias/moving', TargetKeyId: second.arn }),
    );
    const moved = await aliasOf('alias/moving');
    expect(moved?.TargetKeyId).toBe(second.keyId);
    expect(moved?.CreationDate).toEqual(created?.CreationDate);
    expect(moved!.LastUpdatedDate!.getTime()).toBeGreaterThanOrEqual(
      created!.LastUpdatedDate!.getTime(),
    );
    const byKey = await kms().send(new ListAliasesCommand({ KeyId: first.keyId }));
    expect(byKey.Aliases).toEqual([]);
    const described = await kms().send(new DescribeKeyCommand({ KeyId: 'alias/moving' }));
    expect(described.KeyMetadata?.KeyId).toBe(second.keyId);

    const wrongKind = await errorOf(
      kms().send(
        new UpdateAliasCommand({ AliasName: 'alias/moving', TargetKeyId: 'alias/signing' }),
      ),
    );
    expect(wrongKind).toMatchObject({
      name: 'ValidationException',
      message: 'Aliases must refer to keys. Not aliases',
    });
    const signing = await errorOf(
      kms().send(
        new UpdateAliasCommand({ AliasName: 'alias/moving', TargetKeyId: SEEDED_KEYS.signing }),
      ),
    );
    expect(signing.name).toBe('ValidationException');
    expect((await aliasOf('alias/moving'))?.TargetKeyId).toBe(second.keyId);
  });

  it('will not point an alias at a key pending deletion, nor move an alias that does not exist', async () => {
    const live = await newKey();
    const dying = await newKey();
    await kms().send(
      new CreateAliasCommand({ AliasName: 'alias/staying', TargetKeyId: live.keyId }),
    );
    await kms().send(new ScheduleKeyDeletionCommand({ KeyId: dying.keyId }));
    const pending = await errorOf(
      kms().send(new UpdateAliasCommand({ AliasName: 'alias/staying', TargetKeyId: dying.keyId })),
    );
    expect(pending).toMatchObject({
      name: 'KMSInvalidStateException',
      message: `${dying.arn} is pending deletion.`,
    });
    const missing = await errorOf(
      kms().send(new UpdateAliasCommand({ AliasName: 'alias/never', TargetKeyId: live.keyId })),
    );
    expect(missing).toMatchObject({
      name: 'NotFoundException',
      message: `Alias '${ARN}:alias/never' is not found.`,
    });
  });

  it('deletes an alias, whatever its key’s state, once', async () => {
    const key = await newKey();
    await kms().send(
      new CreateAliasCommand({ AliasName: 'alias/leaving', TargetKeyId: key.keyId }),
    );
    await kms().send(new ScheduleKeyDeletionCommand({ KeyId: key.keyId }));
    await kms().send(new DeleteAliasCommand({ AliasName: 'alias/leaving' }));
    expect(await aliasOf('alias/leaving')).toBeUndefined();
    const gone = await errorOf(kms().send(new DescribeKeyCommand({ KeyId: 'alias/leaving' })));
    expect(gone).toMatchObject({
      name: 'NotFoundException',
      message: `Alias '${ARN}:alias/leaving' is not found.`,
    });
    const again = await errorOf(kms().send(new DeleteAliasCommand({ AliasName: 'alias/leaving' })));
    expect(again).toMatchObject({
      name: 'NotFoundException',
      message: `Alias '${ARN}:alias/leaving' is not found.`,
    });
    // The name is free again.
    const next = await newKey();
    await kms().send(
      new CreateAliasCommand({ AliasName: 'alias/leaving', TargetKeyId: next.keyId }),
    );
    expect((await aliasOf('alias/leaving'))?.TargetKeyId).toBe(next.keyId);
  });

  it('keeps AWS’s aliases AWS’s', async () => {
    const error = await errorOf(kms().send(new DeleteAliasCommand({ AliasName: 'alias/aws/s3' })));
    expect(error).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Alias names that begin with alias/aws/ are reserved for AWS managed keys.',
    });
    const noPrefix = await errorOf(kms().send(new DeleteAliasCommand({ AliasName: 'moving' })));
    expect(noPrefix.name).toBe('ValidationException');
    expect(await aliasOf('alias/aws/s3')).toBeDefined();
  });
});

describe('KMS key management as the analyst role (deploy/analyst-policy.json)', () => {
  const ANALYST = `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/test`;

  it('reads the rotation of its own account’s keys, and of no other account’s', async () => {
    const own = await analystKms().send(
      new GetKeyRotationStatusCommand({ KeyId: 'alias/transcribe-output' }),
    );
    expect(own).toMatchObject({
      KeyId: `${ARN}:key/${SEEDED_KEYS.transcribeOutput}`,
      KeyRotationEnabled: false,
    });
    const shared = await errorOf(
      analystKms().send(new GetKeyRotationStatusCommand({ KeyId: SHARED_KEY })),
    );
    expect(shared).toMatchObject({
      name: 'AccessDeniedException',
      message: `User: ${ANALYST} is not authorized to perform: kms:GetKeyRotationStatus on resource: ${SHARED_KEY} because no resource-based policy allows the kms:GetKeyRotationStatus action`,
    });
  });

  it('manages nothing: rotation, tags, descriptions and aliases are the administrators’', async () => {
    const key = `${ARN}:key/${SEEDED_KEYS.transcribeOutput}`;
    const attempts: [string, () => Promise<unknown>][] = [
      [
        'kms:EnableKeyRotation',
        () => analystKms().send(new EnableKeyRotationCommand({ KeyId: key })),
      ],
      [
        'kms:DisableKeyRotation',
        () => analystKms().send(new DisableKeyRotationCommand({ KeyId: key })),
      ],
      [
        'kms:TagResource',
        () =>
          analystKms().send(
            new TagResourceCommand({ KeyId: key, Tags: [{ TagKey: 'k', TagValue: 'v' }] }),
          ),
      ],
      [
        'kms:UntagResource',
        () => analystKms().send(new UntagResourceCommand({ KeyId: key, TagKeys: ['k'] })),
      ],
      [
        'kms:ListResourceTags',
        () => analystKms().send(new ListResourceTagsCommand({ KeyId: key })),
      ],
      [
        'kms:UpdateKeyDescription',
        () => analystKms().send(new UpdateKeyDescriptionCommand({ KeyId: key, Description: 'x' })),
      ],
      [
        'kms:CancelKeyDeletion',
        () => analystKms().send(new CancelKeyDeletionCommand({ KeyId: key })),
      ],
    ];
    for (const [action, attempt] of attempts) {
      const error = await errorOf(attempt());
      expect(error).toMatchObject({
        name: 'AccessDeniedException',
        message: `User: ${ANALYST} is not authorized to perform: ${action} on resource: ${key} because no identity-based policy allows the ${action} action`,
      });
    }
    const alias = `${ARN}:alias/transcribe-output`;
    for (const [action, attempt] of [
      [
        'kms:UpdateAlias',
        () =>
          analystKms().send(
            new UpdateAliasCommand({
              AliasName: 'alias/transcribe-output',
              TargetKeyId: SEEDED_KEYS.analytics,
            }),
          ),
      ],
      [
        'kms:DeleteAlias',
        () => analystKms().send(new DeleteAliasCommand({ AliasName: 'alias/transcribe-output' })),
      ],
    ] as const) {
      const error = await errorOf(attempt());
      expect(error).toMatchObject({
        name: 'AccessDeniedException',
        message: `User: ${ANALYST} is not authorized to perform: ${action} on resource: ${alias} because no identity-based policy allows the ${action} action`,
      });
    }
    const { KeyMetadata } = await kms().send(
      new DescribeKeyCommand({ KeyId: 'alias/transcribe-output' }),
    );
    expect(KeyMetadata?.KeyId).toBe(SEEDED_KEYS.transcribeOutput);
  });
});
