import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
  PutKeyPolicyCommand,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { findCredentials, issueRoleCredentials, principalFor } from '../core/identity';
import type { StoredCredentials } from '../core/types';
import {
  ANALYST_ROLE_ARN,
  CURRENT_ACCOUNT,
  OTHER_ACCOUNT,
  SEEDED_KEYS,
  TRANSCRIPTS_BUCKET,
} from '../seed/ids';
import { decryptDataKey, generateDataKey, resolveKeyForUse } from '../services/kms/interface';
import { clientConfig, otherAdminCredentials, startForTests } from './harness';

const local = startForTests();

const ANALYST = `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/test`;
const ARN = `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}`;
const OTHER_ARN = `arn:aws:kms:us-east-1:${OTHER_ACCOUNT}`;
const SHARED_KEY = `${OTHER_ARN}:key/${SEEDED_KEYS.sharedWithAnalytics}`;
const PRIVATE_KEY = `${OTHER_ARN}:key/${SEEDED_KEYS.private}`;
const OWN_KEY = `${ARN}:key/${SEEDED_KEYS.transcribeOutput}`;

const keysOf = (c: StoredCredentials) => ({
  accessKeyId: c.accessKeyId,
  secretAccessKey: c.secretAccessKey,
  sessionToken: c.sessionToken,
});
const analystKms = () =>
  new KMSClient(
    clientConfig(
      local.url,
      keysOf(issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 'test')),
    ),
  );
const otherKms = () => new KMSClient(clientConfig(local.url, otherAdminCredentials));

interface SdkError {
  name: string;
  message: string;
}

async function errorOf(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected the call to fail');
}

describe('KMS as the analyst role (deploy/analyst-policy.json)', () => {
  it('lists the account’s keys and aliases', async () => {
    const keys = await analystKms().send(new ListKeysCommand({}));
    expect(keys.Keys?.length).toBe(8);
    const aliases = await analystKms().send(new ListAliasesCommand({}));
    expect(aliases.Aliases?.map((a) => a.AliasName)).toContain('alias/transcribe-output');
  });

  it('uses its own account’s keys for Encrypt, GenerateDataKey and Decrypt', async () => {
    const kms = analystKms();
    const context = { job: 'mine' };
    const encrypted = await kms.send(
      new EncryptCommand({
        KeyId: 'alias/transcribe-output',
        Plaintext: Buffer.from('own'),
        EncryptionContext: context,
      }),
    );
    const decrypted = await kms.send(
      new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob, EncryptionContext: context }),
    );
    expect(Buffer.from(decrypted.Plaintext ?? []).toString()).toBe('own');
    const dataKey = await kms.send(
      new GenerateDataKeyCommand({ KeyId: OWN_KEY, KeySpec: 'AES_256' }),
    );
    expect(dataKey.KeyId).toBe(OWN_KEY);
  });

  it(`encrypts with alias/shared-with-analytics of ${OTHER_ACCOUNT} by its ARN`, async () => {
    const kms = analystKms();
    const aliasArn = `${OTHER_ARN}:alias/shared-with-analytics`;
    const encrypted = await kms.send(
      new EncryptCommand({ KeyId: aliasArn, Plaintext: Buffer.from('shared') }),
    );
    expect(encrypted.KeyId).toBe(SHARED_KEY);
    const dryRun = await errorOf(
      kms.send(new EncryptCommand({ KeyId: aliasArn, Plaintext: Buffer.from('x'), DryRun: true })),
    );
    expect(dryRun.name).toBe('DryRunOperationException');
    const described = await kms.send(new DescribeKeyCommand({ KeyId: aliasArn }));
    expect(described.KeyMetadata?.AWSAccountId).toBe(OTHER_ACCOUNT);
    const dataKey = await kms.send(
      new GenerateDataKeyCommand({ KeyId: SHARED_KEY, KeySpec: 'AES_256' }),
    );
    expect(dataKey.Plaintext?.length).toBe(32);

    // The shared key's policy does not let the current account decrypt; its owner can.
    const denied = await errorOf(
      kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob })),
    );
    expect([denied.name, denied.message]).toEqual([
      'AccessDeniedException',
      `User: ${ANALYST} is not authorized to perform: kms:Decrypt on resource: ${SHARED_KEY} because no resource-based policy allows the kms:Decrypt action`,
    ]);
    const owner = await otherKms().send(
      new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob }),
    );
    expect(Buffer.from(owner.Plaintext ?? []).toString()).toBe('shared');
  });

  it('answers Decrypt with DryRun after the permission check: how the console checks reading', async () => {
    const kms = analystKms();
    const context = { team: 'analytics' };
    const dryRunDecrypt = async (keyId: string) => {
      const probe = await kms.send(
        new EncryptCommand({
          KeyId: keyId,
          Plaintext: Buffer.from('probe'),
          EncryptionContext: context,
        }),
      );
      return errorOf(
        kms.send(
          new DecryptCommand({
            CiphertextBlob: probe.CiphertextBlob,
            KeyId: probe.KeyId,
            EncryptionContext: context,
            DryRun: true,
          }),
        ),
      );
    };
    const own = await dryRunDecrypt('alias/transcribe-output');
    expect([own.name, own.message]).toEqual([
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    ]);
    const shared = await dryRunDecrypt(`${OTHER_ARN}:alias/shared-with-analytics`);
    expect([shared.name, shared.message]).toEqual([
      'AccessDeniedException',
      `User: ${ANALYST} is not authorized to perform: kms:Decrypt on resource: ${SHARED_KEY} because no resource-based policy allows the kms:Decrypt action`,
    ]);
  });

  it(`is denied kms:Encrypt on alias/private of ${OTHER_ACCOUNT}`, async () => {
    const denied = await errorOf(
      analystKms().send(
        new EncryptCommand({
          KeyId: `${OTHER_ARN}:alias/private`,
          Plaintext: Buffer.from('x'),
          DryRun: true,
        }),
      ),
    );
    expect([denied.name, denied.message]).toEqual([
      'AccessDeniedException',
      `User: ${ANALYST} is not authorized to perform: kms:Encrypt on resource: ${PRIVATE_KEY} because no resource-based policy allows the kms:Encrypt action`,
    ]);
  });

  it('needs both sides across accounts: a key policy grant alone is not enough', async () => {
    // The owner grants the current account Decrypt too; the analyst's own policy still does not allow it.
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
          Action: ['kms:Encrypt', 'kms:Decrypt'],
          Resource: '*',
        },
      ],
    };
    await otherKms().send(
      new PutKeyPolicyCommand({ KeyId: PRIVATE_KEY, Policy: JSON.stringify(policy) }),
    );
    const kms = analystKms();
    const encrypted = await kms.send(
      new EncryptCommand({ KeyId: PRIVATE_KEY, Plaintext: Buffer.from('x') }),
    );
    const denied = await errorOf(
      kms.send(new DecryptCommand({ CiphertextBlob: encrypted.CiphertextBlob })),
    );
    expect(denied.message).toBe(
      `User: ${ANALYST} is not authorized to perform: kms:Decrypt on resource: ${PRIVATE_KEY} because no identity-based policy allows the kms:Decrypt action`,
    );
  });

  it('cannot create keys or use the AWS managed key directly', async () => {
    const create = await errorOf(analystKms().send(new CreateKeyCommand({})));
    expect([create.name, create.message]).toEqual([
      'AccessDeniedException',
      `User: ${ANALYST} is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action`,
    ]);
    const awsManaged = await errorOf(
      analystKms().send(new EncryptCommand({ KeyId: 'alias/aws/s3', Plaintext: Buffer.from('x') })),
    );
    expect(awsManaged.name).toBe('AccessDeniedException');
  });
});

describe('key-service (what S3 and Transcribe call)', () => {
  const analyst = () =>
    principalFor(
      local.server.world,
      findCredentials(
        local.server.world,
        issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 'svc').accessKeyId,
      ) as StoredCredentials,
    );

  it('generates a data key and decrypts it with the same context only', () => {
    const world = local.server.world;
    const context = { 'aws:s3:arn': `arn:aws:s3:::${TRANSCRIPTS_BUCKET}/a.json` };
    const made = generateDataKey(world, analyst(), 'alias/transcribe-output', context);
    expect(made.key).toEqual({
      keyId: SEEDED_KEYS.transcribeOutput,
      arn: OWN_KEY,
      accountId: CURRENT_ACCOUNT,
      region: 'us-east-1',
    });
    expect(made.plaintext).toHaveLength(32);
    const back = decryptDataKey(world, analyst(), made.ciphertextBlob, context);
    expect(back.plaintext.equals(made.plaintext)).toBe(true);
    expect(() => decryptDataKey(world, analyst(), made.ciphertextBlob, {})).toThrow(
      expect.objectContaining({ code: 'InvalidCiphertextException' }),
    );
  });

  it('resolves keys for use with KMS’s errors', () => {
    const world = local.server.world;
    expect(
      resolveKeyForUse(world, analyst(), `${OTHER_ARN}:alias/shared-with-analytics`, 'kms:Encrypt')
        .arn,
    ).toBe(SHARED_KEY);
    const codeOf = (id: string, action: 'kms:Encrypt' | 'kms:Decrypt' = 'kms:Encrypt') => {
      try {
        resolveKeyForUse(world, analyst(), id, action);
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'ok';
    };
    expect(codeOf('alias/legacy-disabled')).toBe('DisabledException');
    expect(codeOf('alias/retired')).toBe('KMSInvalidStateException');
    expect(codeOf('alias/signing')).toBe('InvalidKeyUsageException');
    expect(codeOf('alias/missing')).toBe('NotFoundException');
    expect(codeOf(SHARED_KEY, 'kms:Decrypt')).toBe('AccessDeniedException');
  });

  it('lets S3 use the AWS managed key through kms:ViaService', () => {
    const world = local.server.world;
    const made = generateDataKey(world, analyst(), 'alias/aws/s3', undefined, {
      viaService: 's3.us-east-1.amazonaws.com',
    });
    expect(made.key.keyId).toBe(SEEDED_KEYS.awsS3);
    expect(() => generateDataKey(world, analyst(), 'alias/aws/s3')).toThrow(
      expect.objectContaining({ code: 'AccessDeniedException' }),
    );
  });
});
