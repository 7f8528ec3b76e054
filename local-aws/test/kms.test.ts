import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetKeyPolicyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { ADMIN, CURRENT_ACCOUNT, MEDIA_BUCKET, OTHER_ACCOUNT, SEEDED_KEYS } from '../seed/ids';
import {
  clientConfig,
  fixedDateForTests,
  otherAdminCredentials,
  signedPost,
  startForTests,
} from './harness';

const local = startForTests();
const kms = () => new KMSClient(clientConfig(local.url));
const otherKms = () => new KMSClient(clientConfig(local.url, otherAdminCredentials));

const ARN = `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}`;
const OTHER_ARN = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}`;
const KEY = {
  transcribeOutput: SEEDED_KEYS.transcribeOutput,
  noAlias: SEEDED_KEYS.noAlias,
  disabled: SEEDED_KEYS.legacyDisabled,
  retired: SEEDED_KEYS.retired,
  signing: SEEDED_KEYS.signing,
  markup: SEEDED_KEYS.markupTest,
  awsS3: SEEDED_KEYS.awsS3,
  shared: SEEDED_KEYS.sharedWithAnalytics,
  private: SEEDED_KEYS.private,
};

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

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('KMS ListKeys and ListAliases (default world)', () => {
  it('lists exactly the seeded keys of the caller account', async () => {
    const page = await kms().send(new ListKeysCommand({}));
    expect(page.Truncated).toBe(false);
    expect(page.NextMarker).toBeUndefined();
    const ids = page.Keys?.map((k) => k.KeyId).sort();
    expect(ids).toEqual(
      [
        KEY.transcribeOutput,
        SEEDED_KEYS.analytics,
        KEY.noAlias,
        KEY.disabled,
        KEY.retired,
        KEY.signing,
        KEY.markup,
        KEY.awsS3,
      ].sort(),
    );
    expect(page.Keys?.[0]?.KeyArn).toBe(`${ARN}:key/${page.Keys?.[0]?.KeyId}`);
    const other = await otherKms().send(new ListKeysCommand({}));
    expect(other.Keys?.map((k) => k.KeyId).sort()).toEqual([KEY.shared, KEY.private]);
  });

  it('lists aliases sorted by name, the AWS managed alias/aws/s3 with its target', async () => {
    const page = await kms().send(new ListAliasesCommand({}));
    expect(page.Truncated).toBe(false);
    const names = page.Aliases?.map((a) => a.AliasName) ?? [];
    expect(names).toEqual([
      'alias/analytics',
      'alias/aws/s3',
      'alias/legacy-disabled',
      'alias/markup-test',
      'alias/retired',
      'alias/signing',
      'alias/transcribe-output',
    ]);
    const s3 = page.Aliases?.find((a) => a.AliasName === 'alias/aws/s3');
    expect(s3).toMatchObject({ AliasArn: `${ARN}:alias/aws/s3`, TargetKeyId: KEY.awsS3 });
    expect(s3?.CreationDate).toBeInstanceOf(Date);
    const described = await kms().send(new DescribeKeyCommand({ KeyId: 'alias/aws/s3' }));
    expect(described.KeyMetadata?.KeyManager).toBe('AWS');
  });

  it('filters aliases by key (key ID or key ARN)', async () => {
    const byId = await kms().send(new ListAliasesCommand({ KeyId: KEY.transcribeOutput }));
    expect(byId.Aliases?.map((a) => a.AliasName)).toEqual(['alias/transcribe-output']);
    const byArn = await kms().send(new ListAliasesCommand({ KeyId: `${ARN}:key/${KEY.noAlias}` }));
    expect(byArn).toMatchObject({ Aliases: [], Truncated: false });
    const missing = await errorOf(
      kms().send(new ListAliasesCommand({ KeyId: '00000000-0000-4000-8000-000000000000' })),
    );
    expect(missing.name).toBe('NotFoundException');
  });
});

describe('KMS DescribeKey and identifier forms', () => {
  it('names a key by key ID, alias name, key ARN and alias ARN', async () => {
    const forms = [
      KEY.transcribeOutput,
      'alias/transcribe-output',
      `${ARN}:key/${KEY.transcribeOutput}`,
      `${ARN}:alias/transcribe-output`,
    ];
    for (const KeyId of forms) {
      const { KeyMetadata } = await kms().send(new DescribeKeyCommand({ KeyId }));
      expect(KeyMetadata).toMatchObject({
        KeyId: KEY.transcribeOutput,
        Arn: `${ARN}:key/${KEY.transcribeOutput}`,
        AWSAccountId: CURRENT_ACCOUNT,
        Enabled: true,
        KeyState: 'Enabled',
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyManager: 'CUSTOMER',
        Origin: 'AWS_KMS',
        EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
        MultiRegion: false,
      });
      expect(KeyMetadata?.CreationDate).toBeInstanceOf(Date);
      expect(KeyMetadata?.CurrentKeyMaterialId).toMatch(/^[a-f0-9]{64}$/);
    }
  });

  it('names a multi-Region key by its mrk- ID', async () => {
    const created = await kms().send(new CreateKeyCommand({ MultiRegion: true }));
    const keyId = created.KeyMetadata?.KeyId ?? '';
    expect(keyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    const { KeyMetadata } = await kms().send(new DescribeKeyCommand({ KeyId: keyId }));
    expect(KeyMetadata).toMatchObject({
      KeyId: keyId,
      MultiRegion: true,
      MultiRegionConfiguration: { MultiRegionKeyType: 'PRIMARY' },
    });
  });

  it('reports states, specs and descriptions as seeded', async () => {
    const describe = async (KeyId: string) =>
      (await kms().send(new DescribeKeyCommand({ KeyId }))).KeyMetadata;
    expect(await describe(KEY.disabled)).toMatchObject({ KeyState: 'Disabled', Enabled: false });
    const retired = await describe('alias/retired');
    expect(retired).toMatchObject({ KeyState: 'PendingDeletion', Enabled: false });
    expect(retired?.DeletionDate).toBeInstanceOf(Date);
    expect(await describe('alias/signing')).toMatchObject({
      KeySpec: 'RSA_2048',
      KeyUsage: 'SIGN_VERIFY',
    });
    expect((await describe('alias/markup-test'))?.Description).toBe('<img src=x onerror=alert(1)>');
  });

  it('finds another account’s key only by ARN', async () => {
    const byArn = await kms().send(
      new DescribeKeyCommand({ KeyId: `${OTHER_ARN}:alias/shared-with-analytics` }),
    );
    expect(byArn.KeyMetadata?.Arn).toBe(`${OTHER_ARN}:key/${KEY.shared}`);
    const byId = await errorOf(kms().send(new DescribeKeyCommand({ KeyId: KEY.shared })));
    expect(byId.name).toBe('NotFoundException');
    expect(byId.message).toBe(`Key '${ARN}:key/${KEY.shared}' does not exist`);
    const byName = await errorOf(
      kms().send(new DescribeKeyCommand({ KeyId: 'alias/shared-with-analytics' })),
    );
    expect(byName.message).toBe(`Alias '${ARN}:alias/shared-with-analytics' is not found.`);
  });

  it('refuses unknown and malformed identifiers in KMS’s words', async () => {
    const cases: [string, string, string][] = [
      [
        `00000000-0000-4000-8000-${CURRENT_ACCOUNT}`,
        'NotFoundException',
        `Key '${ARN}:key/00000000-0000-4000-8000-${CURRENT_ACCOUNT}' does not exist`,
      ],
      ['alias/nope', 'NotFoundException', `Alias '${ARN}:alias/nope' is not found.`],
      ['not-a-key', 'NotFoundException', 'Invalid keyId not-a-key'],
      [
        `arn:aws:kms:eu-west-1:${CURRENT_ACCOUNT}:key/${KEY.noAlias}`,
        'NotFoundException',
        'Invalid arn',
      ],
      [`arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}:alias/`, 'NotFoundException', 'Invalid arn'],
      [`arn:aws:s3:::${MEDIA_BUCKET}`, 'NotFoundException', 'Invalid arn'],
      [
        `${OTHER_ARN}:key/00000000-0000-4000-8000-${OTHER_ACCOUNT}`,
        'NotFoundException',
        `Key '${OTHER_ARN}:key/00000000-0000-4000-8000-${OTHER_ACCOUNT}' does not exist`,
      ],
    ];
    for (const [KeyId, name, message] of cases) {
      const error = await errorOf(kms().send(new DescribeKeyCommand({ KeyId })));
      expect({ KeyId, name: error.name, message: error.message }).toEqual({ KeyId, name, message });
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
    const empty = await errorOf(kms().send(new DescribeKeyCommand({ KeyId: '' })));
    expect(empty.name).toBe('ValidationException');
    expect(empty.message).toBe(
      "1 validation error detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });
});

describe('KMS Encrypt, Decrypt and GenerateDataKey', () => {
  const context = { purpose: 'test', job: 'j-1' };

  it('round-trips with the encryption context, without KeyId on Decrypt', async () => {
    const Plaintext = Buffer.from('hello transcripts');
    const encrypted = await kms().send(
      new EncryptCommand({
        KeyId: 'alias/transcribe-output',
        Plaintext,
        EncryptionContext: context,
      }),
    );
    expect(encrypted.KeyId).toBe(`${ARN}:key/${KEY.transcribeOutput}`);
    expect(encrypted.EncryptionAlgorithm).toBe('SYMMETRIC_DEFAULT');
    expect(Buffer.from(encrypted.CiphertextBlob ?? []).includes(Plaintext)).toBe(false);
    const decrypted = await kms().send(
      new DecryptCommand({
        CiphertextBlob: encrypted.CiphertextBlob,
        EncryptionContext: { job: 'j-1', purpose: 'test' },
      }),
    );
    expect(text(decrypted.Plaintext)).toBe('hello transcripts');
    expect(decrypted.KeyId).toBe(encrypted.KeyId);
    expect(decrypted.KeyMaterialId).toMatch(/^[a-f0-9]{64}$/);
  });

  it('refuses the wrong context, a missing context and a changed blob', async () => {
    const { CiphertextBlob } = await kms().send(
      new EncryptCommand({
        KeyId: KEY.transcribeOutput,
        Plaintext: Buffer.from('x'),
        EncryptionContext: context,
      }),
    );
    const blob = Buffer.from(CiphertextBlob ?? []);
    const wrong = await errorOf(
      kms().send(
        new DecryptCommand({
          CiphertextBlob: blob,
          EncryptionContext: { ...context, job: 'j-2' },
        }),
      ),
    );
    expect(wrong.name).toBe('InvalidCiphertextException');
    const missing = await errorOf(kms().send(new DecryptCommand({ CiphertextBlob: blob })));
    expect(missing.name).toBe('InvalidCiphertextException');
    const flipped = Buffer.from(blob);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    const changed = await errorOf(
      kms().send(new DecryptCommand({ CiphertextBlob: flipped, EncryptionContext: context })),
    );
    expect(changed.name).toBe('InvalidCiphertextException');
    const garbage = await errorOf(
      kms().send(new DecryptCommand({ CiphertextBlob: Buffer.from('not a ciphertext blob') })),
    );
    expect(garbage.name).toBe('InvalidCiphertextException');
  });

  it('refuses Decrypt with a KeyId that did not encrypt the blob', async () => {
    const { CiphertextBlob } = await kms().send(
      new EncryptCommand({ KeyId: KEY.transcribeOutput, Plaintext: Buffer.from('x') }),
    );
    const right = await kms().send(
      new DecryptCommand({ CiphertextBlob, KeyId: 'alias/transcribe-output' }),
    );
    expect(text(right.Plaintext)).toBe('x');
    const error = await errorOf(
      kms().send(new DecryptCommand({ CiphertextBlob, KeyId: 'alias/analytics' })),
    );
    expect(error.name).toBe('IncorrectKeyException');
  });

  it('answers DryRun with DryRunOperationException, after every other check', async () => {
    const dryRun = await errorOf(
      kms().send(
        new EncryptCommand({ KeyId: 'alias/analytics', Plaintext: Buffer.from('x'), DryRun: true }),
      ),
    );
    expect(dryRun.name).toBe('DryRunOperationException');
    expect(dryRun.message).toBe('The request would have succeeded, but the DryRun option is set.');
    const disabled = await errorOf(
      kms().send(
        new EncryptCommand({
          KeyId: 'alias/legacy-disabled',
          Plaintext: Buffer.from('x'),
          DryRun: true,
        }),
      ),
    );
    expect(disabled.name).toBe('DisabledException');
    const gdk = await errorOf(
      kms().send(
        new GenerateDataKeyCommand({ KeyId: 'alias/analytics', KeySpec: 'AES_256', DryRun: true }),
      ),
    );
    expect(gdk.name).toBe('DryRunOperationException');
  });

  it('refuses disabled, pending-deletion and signing keys in KMS’s words', async () => {
    const encryptWith = (KeyId: string) =>
      errorOf(kms().send(new EncryptCommand({ KeyId, Plaintext: Buffer.from('x') })));
    const disabled = await encryptWith('alias/legacy-disabled');
    expect([disabled.name, disabled.message]).toEqual([
      'DisabledException',
      `${ARN}:key/${KEY.disabled} is disabled.`,
    ]);
    const retired = await encryptWith(`${ARN}:alias/retired`);
    expect([retired.name, retired.message]).toEqual([
      'KMSInvalidStateException',
      `${ARN}:key/${KEY.retired} is pending deletion.`,
    ]);
    const signing = await encryptWith('alias/signing');
    expect([signing.name, signing.message]).toEqual([
      'InvalidKeyUsageException',
      `${ARN}:key/${KEY.signing} key usage is SIGN_VERIFY which is not valid for Encrypt.`,
    ]);
    const gdk = await errorOf(
      kms().send(new GenerateDataKeyCommand({ KeyId: 'alias/signing', KeySpec: 'AES_256' })),
    );
    expect(gdk.message).toBe(
      `${ARN}:key/${KEY.signing} key usage is SIGN_VERIFY which is not valid for GenerateDataKey.`,
    );
    expect((await encryptWith('alias/missing')).name).toBe('NotFoundException');
  });

  it('checks the Plaintext length (1–4096 bytes)', async () => {
    const tooLong = await errorOf(
      kms().send(new EncryptCommand({ KeyId: KEY.noAlias, Plaintext: Buffer.alloc(4097) })),
    );
    expect(tooLong.name).toBe('ValidationException');
    expect(tooLong.message).toBe(
      "1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=4097 cap=4097]' at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
    const max = await kms().send(
      new EncryptCommand({ KeyId: KEY.noAlias, Plaintext: Buffer.alloc(4096, 7) }),
    );
    const back = await kms().send(new DecryptCommand({ CiphertextBlob: max.CiphertextBlob }));
    expect(Buffer.from(back.Plaintext ?? []).equals(Buffer.alloc(4096, 7))).toBe(true);
  });

  it('generates data keys by KeySpec or NumberOfBytes that Decrypt recovers', async () => {
    const aes = await kms().send(
      new GenerateDataKeyCommand({
        KeyId: 'alias/transcribe-output',
        KeySpec: 'AES_256',
        EncryptionContext: context,
      }),
    );
    expect(aes.Plaintext?.length).toBe(32);
    expect(aes.KeyId).toBe(`${ARN}:key/${KEY.transcribeOutput}`);
    const back = await kms().send(
      new DecryptCommand({ CiphertextBlob: aes.CiphertextBlob, EncryptionContext: context }),
    );
    expect(Buffer.from(back.Plaintext ?? []).equals(Buffer.from(aes.Plaintext ?? []))).toBe(true);
    const aes128 = await kms().send(
      new GenerateDataKeyCommand({ KeyId: KEY.noAlias, KeySpec: 'AES_128' }),
    );
    expect(aes128.Plaintext?.length).toBe(16);
    const bytes = await kms().send(
      new GenerateDataKeyCommand({ KeyId: KEY.noAlias, NumberOfBytes: 64 }),
    );
    expect(bytes.Plaintext?.length).toBe(64);
    const neither = await errorOf(kms().send(new GenerateDataKeyCommand({ KeyId: KEY.noAlias })));
    expect(neither.name).toBe('ValidationException');
    const tooMany = await errorOf(
      kms().send(new GenerateDataKeyCommand({ KeyId: KEY.noAlias, NumberOfBytes: 1025 })),
    );
    expect(tooMany.message).toBe(
      "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    );
  });
});

describe('KMS key management', () => {
  const now = fixedDateForTests();
  it('creates a key with an alias, disables, enables and schedules its deletion', async () => {
    const created = await kms().send(
      new CreateKeyCommand({
        Description: 'made by a test',
        Tags: [{ TagKey: 'a', TagValue: 'b' }],
      }),
    );
    const meta = created.KeyMetadata;
    expect(meta).toMatchObject({
      AWSAccountId: CURRENT_ACCOUNT,
      Description: 'made by a test',
      KeyState: 'Enabled',
      KeyManager: 'CUSTOMER',
      KeySpec: 'SYMMETRIC_DEFAULT',
      KeyUsage: 'ENCRYPT_DECRYPT',
    });
    const keyId = meta?.KeyId ?? '';
    expect(keyId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await kms().send(new CreateAliasCommand({ AliasName: 'alias/test-made', TargetKeyId: keyId }));
    const aliases = await kms().send(new ListAliasesCommand({ KeyId: keyId }));
    expect(aliases.Aliases?.map((a) => a.AliasName)).toEqual(['alias/test-made']);
    const listed = await kms().send(new ListKeysCommand({ Limit: 1000 }));
    expect(listed.Keys?.some((k) => k.KeyId === keyId)).toBe(true);

    await kms().send(new DisableKeyCommand({ KeyId: 'alias/test-made' }));
    const disabled = await errorOf(
      kms().send(new EncryptCommand({ KeyId: 'alias/test-made', Plaintext: Buffer.from('x') })),
    );
    expect(disabled.name).toBe('DisabledException');
    await kms().send(new EnableKeyCommand({ KeyId: keyId }));
    await kms().send(new EncryptCommand({ KeyId: 'alias/test-made', Plaintext: Buffer.from('x') }));

    const scheduled = await kms().send(
      new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: 7 }),
    );
    expect(scheduled).toMatchObject({
      KeyId: `${ARN}:key/${keyId}`,
      KeyState: 'PendingDeletion',
      PendingWindowInDays: 7,
    });
    expect(scheduled.DeletionDate?.getTime()).toBe(now.getTime() + 7 * 86_400_000);
    const again = await errorOf(kms().send(new EnableKeyCommand({ KeyId: keyId })));
    expect([again.name, again.message]).toEqual([
      'KMSInvalidStateException',
      `${ARN}:key/${keyId} is pending deletion.`,
    ]);
    const window = await errorOf(
      kms().send(new ScheduleKeyDeletionCommand({ KeyId: KEY.noAlias, PendingWindowInDays: 3 })),
    );
    expect(window.message).toBe(
      "1 validation error detected: Value '3' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
    );
  });

  it('refuses taken, reserved and malformed alias names', async () => {
    const create = (AliasName: string, TargetKeyId = KEY.noAlias) =>
      errorOf(kms().send(new CreateAliasCommand({ AliasName, TargetKeyId })));
    const taken = await create('alias/analytics');
    expect([taken.name, taken.message]).toEqual([
      'AlreadyExistsException',
      `An alias with the name ${ARN}:alias/analytics already exists`,
    ]);
    expect((await create('alias/aws/mine')).name).toBe('NotAuthorizedException');
    expect((await create('no-prefix')).name).toBe('ValidationException');
    const pattern = await create('alias/bad name');
    expect(pattern.message).toBe(
      "1 validation error detected: Value 'alias/bad name' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    );
    expect((await create('alias/to-alias', 'alias/analytics')).name).toBe('ValidationException');
    expect((await create('alias/to-retired', KEY.retired)).name).toBe('KMSInvalidStateException');
  });

  it('creates asymmetric keys that refuse encryption and checks spec/usage pairs', async () => {
    const rsa = await kms().send(
      new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }),
    );
    expect(rsa.KeyMetadata?.SigningAlgorithms).toContain('RSASSA_PSS_SHA_256');
    const usage = await errorOf(
      kms().send(
        new EncryptCommand({ KeyId: rsa.KeyMetadata?.KeyId, Plaintext: Buffer.from('x') }),
      ),
    );
    expect(usage.name).toBe('InvalidKeyUsageException');
    const mismatch = await errorOf(
      kms().send(new CreateKeyCommand({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'SIGN_VERIFY' })),
    );
    expect(mismatch.name).toBe('ValidationException');
    const badSpec = await errorOf(
      kms().send(new CreateKeyCommand({ KeySpec: 'AES_999' as 'RSA_2048' })),
    );
    const badTag = await errorOf(
      kms().send(new CreateKeyCommand({ Tags: [{ TagKey: '', TagValue: 'x' }] })),
    );
    expect(badTag.message).toBe(
      "1 validation error detected: Value '' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(badSpec.message).toMatch(
      /^1 validation error detected: Value 'AES_999' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: \[RSA_2048, /,
    );
  });

  it('gets and puts key policies; a policy that locks the caller out is refused', async () => {
    const { Policy, PolicyName } = await kms().send(
      new GetKeyPolicyCommand({ KeyId: KEY.transcribeOutput }),
    );
    expect(PolicyName).toBe('default');
    expect(JSON.parse(Policy ?? '{}')).toMatchObject({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
          Action: 'kms:*',
        },
      ],
    });
    const shared = await otherKms().send(new GetKeyPolicyCommand({ KeyId: KEY.shared }));
    expect(shared.Policy).toContain(`"arn:aws:iam::${CURRENT_ACCOUNT}:root"`);

    const { KeyMetadata } = await kms().send(new CreateKeyCommand({}));
    const KeyId = KeyMetadata?.KeyId ?? '';
    const lockout = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:role/Nobody` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    const refused = await errorOf(kms().send(new PutKeyPolicyCommand({ KeyId, Policy: lockout })));
    expect([refused.name, refused.message]).toEqual([
      'MalformedPolicyDocumentException',
      'The new key policy will not allow you to update the key policy in the future.',
    ]);
    const malformed = await errorOf(
      kms().send(new PutKeyPolicyCommand({ KeyId, Policy: '{not json' })),
    );
    expect(malformed.name).toBe('MalformedPolicyDocumentException');
    await kms().send(
      new PutKeyPolicyCommand({ KeyId, Policy: lockout, BypassPolicyLockoutSafetyCheck: true }),
    );
    // The caller locked itself out: even reading the policy back is denied now.
    for (const command of [new GetKeyPolicyCommand({ KeyId }), new DescribeKeyCommand({ KeyId })]) {
      const denied = await errorOf(kms().send(command));
      expect(denied.name).toBe('AccessDeniedException');
    }
  });

  it('lets an explicit Deny in the key policy win over IAM', async () => {
    const { KeyMetadata } = await kms().send(new CreateKeyCommand({}));
    const KeyId = KeyMetadata?.KeyId ?? '';
    const arn = KeyMetadata?.Arn ?? '';
    await kms().send(new EncryptCommand({ KeyId, Plaintext: Buffer.from('x') }));
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'No encryption by admin',
          Effect: 'Deny',
          Principal: { AWS: ADMIN.arn },
          Action: 'kms:Encrypt',
          Resource: '*',
        },
      ],
    };
    await kms().send(new PutKeyPolicyCommand({ KeyId, Policy: JSON.stringify(policy) }));
    const denied = await errorOf(
      kms().send(new EncryptCommand({ KeyId, Plaintext: Buffer.from('x') })),
    );
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toBe(
      `User: ${ADMIN.arn} is not authorized to perform: kms:Encrypt on resource: ${arn} with an explicit deny in a resource-based policy`,
    );
    // Only Encrypt is denied.
    await kms().send(new GenerateDataKeyCommand({ KeyId, KeySpec: 'AES_256' }));
  });
});

describe('KMS requests the SDK would never send', () => {
  /** A correctly signed KMS call with any JSON body. */
  async function rawCall(operation: string, body: unknown) {
    const response = await signedPost(local.url, {
      service: 'kms',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `TrentService.${operation}`,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('refuses members of the wrong type without failing inside', async () => {
    const cases: [string, unknown][] = [
      ['DescribeKey', { KeyId: 42 }],
      ['ListKeys', { Limit: 'ten' }],
      ['Encrypt', { KeyId: KEY.noAlias, Plaintext: 'eA==', EncryptionContext: { a: 1 } }],
      ['Encrypt', { KeyId: KEY.noAlias, Plaintext: 7 }],
    ];
    for (const [operation, body] of cases) {
      const response = await rawCall(operation, body);
      expect({ operation, status: response.status, type: response.body.__type }).toEqual({
        operation,
        status: 400,
        type: 'SerializationException',
      });
    }
  });

  it('names a missing required member', async () => {
    const response = await rawCall('Encrypt', { KeyId: KEY.noAlias });
    expect(response.body).toEqual({
      __type: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'plaintext' failed to satisfy constraint: Member must not be null",
    });
    const both = await rawCall('DescribeKey', {});
    expect(both.body.message).toBe(
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  });
});
