import { type DecryptCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { checkKeyAccess } from './check-key-access';

const sdkError = (name: string, message: string) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 } });

const KEY_ARN = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
const ALIAS_ARN = 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics';

/** A KMS that answers Encrypt and Decrypt as told, recording what it was sent. */
function fakeKms(answers: { encrypt?: Error; decrypt: Error }) {
  const sent: { name: string; input: Record<string, unknown> }[] = [];
  return {
    sent,
    send: (command: EncryptCommand | DecryptCommand) => {
      sent.push({ name: command.constructor.name, input: { ...command.input } });
      if (command instanceof EncryptCommand)
        return answers.encrypt
          ? Promise.reject(answers.encrypt)
          : Promise.resolve({ CiphertextBlob: new Uint8Array([9, 9]), KeyId: KEY_ARN });
      return Promise.reject(answers.decrypt);
    },
  };
}

describe('checkKeyAccess', () => {
  it('encrypts a probe with the context, then dry-runs Decrypt of it with the same context', async () => {
    const kms = fakeKms({ decrypt: sdkError('DryRunOperationException', 'would have succeeded') });
    const outcome = await checkKeyAccess(kms as never, {
      keyId: ALIAS_ARN,
      encryptionContext: { team: 'analytics' },
    });
    expect(outcome).toEqual({
      write: { status: 'allowed' },
      read: { status: 'allowed' },
      keyArn: KEY_ARN,
    });
    expect(kms.sent).toEqual([
      {
        name: 'EncryptCommand',
        input: {
          KeyId: ALIAS_ARN,
          Plaintext: new Uint8Array([0]),
          EncryptionContext: { team: 'analytics' },
        },
      },
      {
        name: 'DecryptCommand',
        input: {
          CiphertextBlob: new Uint8Array([9, 9]),
          KeyId: KEY_ARN,
          EncryptionContext: { team: 'analytics' },
          DryRun: true,
        },
      },
    ]);
  });

  it('reports a refused read beside an allowed write', async () => {
    const kms = fakeKms({ decrypt: sdkError('AccessDeniedException', 'no kms:Decrypt') });
    const outcome = await checkKeyAccess(kms as never, { keyId: ALIAS_ARN });
    expect(outcome.write).toEqual({ status: 'allowed' });
    expect(outcome.read).toMatchObject({
      status: 'refused',
      refusal: { reason: 'access-denied', permission: 'kms:Decrypt' },
    });
  });

  it("asks nothing about reading for a key whose output is not read here (a custom resource's)", async () => {
    const kms = fakeKms({ decrypt: new Error('not asked') });
    const outcome = await checkKeyAccess(kms as never, { keyId: ALIAS_ARN, checkRead: false });
    expect(outcome).toEqual({ write: { status: 'allowed' }, keyArn: KEY_ARN });
    expect(kms.sent.map((call) => call.name)).toEqual(['EncryptCommand']);
  });

  it('asks nothing about reading when writing is refused', async () => {
    const kms = fakeKms({
      encrypt: sdkError('AccessDeniedException', 'no kms:Encrypt'),
      decrypt: new Error('not asked'),
    });
    const outcome = await checkKeyAccess(kms as never, { keyId: ALIAS_ARN });
    expect(outcome).toEqual({
      write: {
        status: 'refused',
        refusal: {
          reason: 'access-denied',
          permission: 'kms:Encrypt',
          refusedBy: 'unknown',
          awsMessage: 'no kms:Encrypt',
        },
      },
    });
    expect(kms.sent.map((s) => s.name)).toEqual(['EncryptCommand']);
  });
});
