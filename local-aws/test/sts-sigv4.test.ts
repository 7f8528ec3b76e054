import { KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { issueRoleCredentials } from '../core/identity';
import {
  ANALYST_ROLE,
  ANALYST_ROLE_ARN,
  ADMIN,
  CURRENT_ACCOUNT,
  MEDIA_BUCKET,
  OTHER_ACCOUNT,
} from '../seed/ids';
import { afterSigning, clientConfig, otherAdminCredentials, startForTests } from './harness';

const local = startForTests();

const keysOf = (c: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => ({
  accessKeyId: c.accessKeyId,
  secretAccessKey: c.secretAccessKey,
  sessionToken: c.sessionToken,
});

describe('STS GetCallerIdentity', () => {
  it('answers for a static IAM user', async () => {
    const sts = new STSClient(clientConfig(local.url));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Account: CURRENT_ACCOUNT,
      Arn: ADMIN.arn,
      UserId: ADMIN.id,
    });
  });

  it('answers for the other account', async () => {
    const sts = new STSClient(clientConfig(local.url, otherAdminCredentials));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(OTHER_ACCOUNT);
  });

  it('answers for temporary credentials of the analyst role', async () => {
    const creds = issueRoleCredentials(
      local.server.world,
      ANALYST_ROLE_ARN,
      'CognitoIdentityCredentials',
    );
    const sts = new STSClient(clientConfig(local.url, keysOf(creds)));
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toBe(
      `arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/TranscribeAnalyst/CognitoIdentityCredentials`,
    );
    expect(identity.UserId).toBe(`${ANALYST_ROLE.id}:CognitoIdentityCredentials`);
  });
});

describe('SigV4 verification', () => {
  const errorOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error as { name: string; message: string; $metadata: { httpStatusCode?: number } };
    }
    throw new Error('expected the call to fail');
  };

  it('refuses a wrong secret (STS: SignatureDoesNotMatch)', async () => {
    const sts = new STSClient(
      clientConfig(local.url, { accessKeyId: ADMIN.accessKeyId, secretAccessKey: 'wrong' }),
    );
    const error = await errorOf(sts.send(new GetCallerIdentityCommand({})));
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('refuses a wrong secret (KMS: InvalidSignatureException)', async () => {
    const kms = new KMSClient(
      clientConfig(local.url, { accessKeyId: ADMIN.accessKeyId, secretAccessKey: 'wrong' }),
    );
    const error = await errorOf(kms.send(new ListKeysCommand({})));
    expect(error.name).toBe('InvalidSignatureException');
  });

  it('refuses an unknown access key', async () => {
    const sts = new STSClient(
      clientConfig(local.url, { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }),
    );
    expect((await errorOf(sts.send(new GetCallerIdentityCommand({})))).name).toBe(
      'InvalidClientTokenId',
    );
    const kms = new KMSClient(
      clientConfig(local.url, { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' }),
    );
    const error = await errorOf(kms.send(new ListKeysCommand({})));
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.message).toBe('The security token included in the request is invalid.');
  });

  it('refuses a tampered body', async () => {
    const kms = new KMSClient(clientConfig(local.url));
    afterSigning(kms, (request) => {
      request.body = JSON.stringify({ Limit: 2 });
    });
    const error = await errorOf(kms.send(new ListKeysCommand({ Limit: 1 })));
    expect(error.name).toBe('InvalidSignatureException');
  });

  it('refuses a change to a signed header but accepts extra unsigned ones', async () => {
    const change = (name: string, value = 'changed') => {
      const kms = new KMSClient(clientConfig(local.url));
      afterSigning(kms, (request) => {
        request.headers[name] = value;
      });
      return kms.send(new ListKeysCommand({}));
    };
    expect((await errorOf(change('x-amz-target', 'TrentService.ListAliases'))).name).toBe(
      'InvalidSignatureException',
    );
    expect((await errorOf(change('amz-sdk-request'))).name).toBe('InvalidSignatureException');
    // origin and sec-* headers a browser adds are not signed and must not matter.
    const sts = new STSClient(clientConfig(local.url));
    afterSigning(sts, (request) => {
      Object.assign(request.headers, {
        origin: 'http://127.0.0.1:5173',
        'sec-fetch-mode': 'cors',
        'user-agent': 'Mozilla/5.0',
      });
    });
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: CURRENT_ACCOUNT,
    });
  });

  it('refuses a clock skew over 15 minutes', async () => {
    const sts = new STSClient({ ...clientConfig(local.url), systemClockOffset: -16 * 60 * 1000 });
    // The SDK corrects its clock from the error's Date header and retries; with one attempt it cannot.
    const error = await errorOf(sts.send(new GetCallerIdentityCommand({})));
    expect(error.name).toBe('SignatureDoesNotMatch');
    expect(error.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than/);
    const kms = new KMSClient({ ...clientConfig(local.url), systemClockOffset: 16 * 60 * 1000 });
    const kmsError = await errorOf(kms.send(new ListKeysCommand({})));
    expect(kmsError.name).toBe('InvalidSignatureException');
    expect(kmsError.message).toMatch(/^Signature not yet current/);
  });

  it('accepts a clock skew of 14 minutes either way', async () => {
    for (const minutes of [-14, 14]) {
      const sts = new STSClient({
        ...clientConfig(local.url),
        systemClockOffset: minutes * 60 * 1000,
      });
      await expect(
        sts.send(new GetCallerIdentityCommand({})),
        `${minutes} min`,
      ).resolves.toMatchObject({
        Account: CURRENT_ACCOUNT,
      });
    }
  });

  it('refuses expired session credentials', async () => {
    const creds = issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 'short', 1);
    // Past their one second by the emulator's clock, not by waiting.
    local.server.world.setClockOffset(5_000);
    const sts = new STSClient(clientConfig(local.url, keysOf(creds)));
    const error = await errorOf(sts.send(new GetCallerIdentityCommand({})));
    expect(error.name).toBe('ExpiredToken');
    const kms = new KMSClient(clientConfig(local.url, keysOf(creds)));
    expect((await errorOf(kms.send(new ListKeysCommand({})))).name).toBe('ExpiredTokenException');
  });

  it('refuses a session token that does not belong to the key', async () => {
    const creds = issueRoleCredentials(local.server.world, ANALYST_ROLE_ARN, 's');
    const kms = new KMSClient(
      clientConfig(local.url, { ...keysOf(creds), sessionToken: 'forged' }),
    );
    expect((await errorOf(kms.send(new ListKeysCommand({})))).name).toBe(
      'UnrecognizedClientException',
    );
  });

  it('refuses an unsigned request', async () => {
    const response = await fetch(local.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.ListKeys',
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'MissingAuthenticationTokenException' });
  });

  it('answers CORS preflights, echoing the requested headers', async () => {
    const response = await fetch(local.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,x-amz-date,x-amz-target',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,x-amz-date,x-amz-target',
    );
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
  });

  it('names an unsupported operation', async () => {
    const response = await fetch(local.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
      },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'UnknownOperationException' });
  });
});

describe('Signature version 2', () => {
  it('is refused by S3 in its own words, for headers and for query strings', async () => {
    const header = await fetch(`${local.url}/${MEDIA_BUCKET}/samples/meeting.wav`, {
      headers: {
        authorization: `AWS ${ADMIN.accessKeyId}:c2lnbmF0dXJl`,
        date: 'Thu, 05 Mar 2026 09:07:03 GMT',
      },
    });
    expect(header.status).toBe(400);
    const body = await header.text();
    expect(body).toContain('<Code>InvalidRequest</Code>');
    expect(body).toContain('Please use AWS4-HMAC-SHA256.');
    const query = await fetch(
      `${local.url}/${MEDIA_BUCKET}/samples/meeting.wav?AWSAccessKeyId=${ADMIN.accessKeyId}&Expires=9999999999&Signature=abc`,
    );
    expect(query.status).toBe(400);
    expect(await query.text()).toContain('<Code>InvalidRequest</Code>');
  });
});
