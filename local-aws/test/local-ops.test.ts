import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { ADMIN, CURRENT_ACCOUNT } from '../seed/ids';
import { clientConfig, startForTests } from './harness';

const local = startForTests();

const post = (path: string, body: unknown) =>
  fetch(`${local.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.json());

describe('local operations', () => {
  it('reports health', async () => {
    const response = await fetch(`${local.url}/_local/health`);
    expect(await response.json()).toEqual({ status: 'ok', region: 'us-east-1' });
  });

  it('logs each request with operation, caller and status', async () => {
    await fetch(`${local.url}/_local/requests`, { method: 'DELETE' });
    const sts = new STSClient(clientConfig(local.url));
    await sts.send(new GetCallerIdentityCommand({}));
    const { requests } = (await (await fetch(`${local.url}/_local/requests`)).json()) as {
      requests: unknown[];
    };
    expect(requests).toEqual([
      expect.objectContaining({
        service: 'sts',
        operation: 'GetCallerIdentity',
        caller: ADMIN.arn,
        status: 200,
      }),
    ]);
  });

  it('injects throttling in the service’s own words, a set number of times', async () => {
    await post('/_local/faults', { rules: [{ service: 'sts', throttleRate: 1, times: 1 }] });
    const sts = new STSClient(clientConfig(local.url));
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'Throttling',
    });
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: CURRENT_ACCOUNT,
    });
  });

  it('injects server errors, which the SDK retries', async () => {
    await post('/_local/faults', { rules: [{ service: 'sts', errorRate: 1, times: 2 }] });
    const sts = new STSClient({ ...clientConfig(local.url), maxAttempts: 3 });
    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: CURRENT_ACCOUNT,
    });
    const { requests } = (await (await fetch(`${local.url}/_local/requests`)).json()) as {
      requests: { status: number }[];
    };
    expect(requests.slice(-3).map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it('adds latency', async () => {
    await post('/_local/faults', { rules: [{ service: 'sts', latencyMs: 300, times: 1 }] });
    const sts = new STSClient(clientConfig(local.url));
    const started = performance.now();
    await sts.send(new GetCallerIdentityCommand({}));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('resets to the seed and clears faults', async () => {
    await post('/_local/faults', { rules: [{ service: 'sts', errorRate: 1 }] });
    expect(await post('/_local/reset', {})).toEqual({ reset: true });
    const faults = (await (await fetch(`${local.url}/_local/faults`)).json()) as {
      rules: unknown[];
    };
    expect(faults.rules).toEqual([]);
    expect(local.server.world.store.count('iam')).toBeGreaterThan(0);
  });

  it('answers a malformed body with a SerializationException, not a crash', async () => {
    // Signed requests are needed for KMS; a Cognito target needs no signature.
    const response = await fetch(local.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
      },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ __type: 'SerializationException' });
  });
});
