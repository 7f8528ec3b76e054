import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateAliasCommand,
  CreateKeyCommand,
  KMSClient,
  paginateListAliases,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { ListBucketsCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { ListTranscriptionJobsCommand } from '@aws-sdk/client-transcribe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, CURRENT_ACCOUNT, USER_POOL_CLIENT_ID } from '../seed/ids';
import { errorOf, userPools } from './cognito-client';
import { clientConfig, startForTests } from './harness';
import { MEDIA, s3Client } from './s3-support';
import { startJob, transcribeAs } from './transcribe-support';

const local = startForTests();
afterEach(() => vi.useRealTimers());

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

  it('POST /_local/reset returns keys, aliases, objects, jobs, clock and delays to the seed and empties the request log and faults', async () => {
    const kms = new KMSClient(clientConfig(local.url));
    const s3 = s3Client(local.url);
    const transcribe = transcribeAs(local.url);
    const world = async () => {
      const keys = [];
      for await (const page of paginateListKeys({ client: kms }, {})) keys.push(...page.Keys!);
      const aliases = [];
      for await (const page of paginateListAliases({ client: kms }, {}))
        aliases.push(...page.Aliases!);
      const buckets = (await s3.send(new ListBucketsCommand({}))).Buckets!;
      const objects: Record<string, unknown> = {};
      for (const { Name } of buckets)
        objects[Name!] = (await s3.send(new ListObjectsV2Command({ Bucket: Name! }))).Contents;
      const jobs = (await transcribe.send(new ListTranscriptionJobsCommand({})))
        .TranscriptionJobSummaries;
      return { keys, aliases, buckets, objects, jobs };
    };
    // Dates in the seed are the moment of the reset: one moment, stood still, for both.
    vi.useFakeTimers({ toFake: ['Date'] });
    local.server.reset();
    const seed = await world();
    const delays = await post('/_local/job-delays', {});

    // Changes of every kind, through the APIs and the control routes.
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: 'after seed' }));
    await kms.send(
      new CreateAliasCommand({ AliasName: 'alias/after-seed', TargetKeyId: KeyMetadata!.KeyId }),
    );
    await s3.send(new PutObjectCommand({ Bucket: MEDIA, Key: 'after-seed.txt', Body: 'x' }));
    await startJob(transcribe, { TranscriptionJobName: 'after-seed' });
    await post('/_local/job-delays', { queuedMs: 600_000 });
    await post('/_local/clock', { offsetMs: 60_000 });
    await post('/_local/faults', { rules: [{ service: 'sts', latencyMs: 1 }] });
    expect(await world()).not.toEqual(seed);

    expect(await post('/_local/reset', {})).toEqual({ reset: true });
    // Read first: the reads below are logged in their turn.
    expect(await (await fetch(`${local.url}/_local/requests`)).json()).toEqual({ requests: [] });
    expect(await (await fetch(`${local.url}/_local/faults`)).json()).toEqual({ rules: [] });
    expect(local.server.world.clockOffset).toBe(0);
    expect(await post('/_local/job-delays', {})).toEqual(delays);
    expect(await world()).toEqual(seed);
  });

  it('POST /_local/reset forgets the InitiateAuth calls an app client spent', async () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // all 121 calls within one second of its clock
    const idp = userPools(local.url);
    const call = () =>
      errorOf(
        idp.send(
          new InitiateAuthCommand({
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            ClientId: USER_POOL_CLIENT_ID,
            AuthParameters: { REFRESH_TOKEN: 'not-a-token' },
          }),
        ),
      ).then((error) => error.name);
    for (let i = 0; i < 120; i++) await call();
    expect(await call()).toBe('TooManyRequestsException');
    await post('/_local/reset', {});
    expect(await call()).toBe('NotAuthorizedException');
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
