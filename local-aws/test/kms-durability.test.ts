import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EncryptCommand,
  KMSClient,
  ListAliasesCommand,
} from '@aws-sdk/client-kms';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalAws } from '../server';
import { clientConfig } from './harness';

const dataDir = mkdtempSync(join(tmpdir(), 'kms-durable-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('KMS state across a restart', () => {
  it('keeps created keys, aliases, states and key material', async () => {
    const first = await startLocalAws({ port: 0, dataDir });
    const kms = new KMSClient(clientConfig(first.url));
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'durable' }));
    const KeyId = KeyMetadata?.KeyId ?? '';
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/durable', TargetKeyId: KeyId }));
    const { CiphertextBlob } = await kms.send(
      new EncryptCommand({
        KeyId: 'alias/durable',
        Plaintext: Buffer.from('kept'),
        EncryptionContext: { a: 'b' },
      }),
    );
    await kms.send(new DisableKeyCommand({ KeyId: 'alias/analytics' }));
    await first.close();

    const second = await startLocalAws({ port: 0, dataDir });
    try {
      const again = new KMSClient(clientConfig(second.url));
      const described = await again.send(new DescribeKeyCommand({ KeyId: 'alias/durable' }));
      expect(described.KeyMetadata).toMatchObject({ KeyId, Description: 'durable' });
      const decrypted = await again.send(
        new DecryptCommand({ CiphertextBlob, EncryptionContext: { a: 'b' } }),
      );
      expect(Buffer.from(decrypted.Plaintext ?? []).toString()).toBe('kept');
      const analytics = await again.send(new DescribeKeyCommand({ KeyId: 'alias/analytics' }));
      expect(analytics.KeyMetadata?.KeyState).toBe('Disabled');
      const aliases = await again.send(new ListAliasesCommand({ KeyId }));
      expect(aliases.Aliases?.map((a) => a.AliasName)).toEqual(['alias/durable']);
    } finally {
      await second.close();
    }
  });
});
