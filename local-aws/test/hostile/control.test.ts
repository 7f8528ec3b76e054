import { GetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MEDIA_BUCKET, SEEDED_MEDIA } from '../../seed/ids';
import { errorOf, signInTokens, userPools } from '../cognito-client';
import { startForTests } from '../harness';
import { HEALTH_BUDGET_MS, watched } from './corpus';
import { presignedUrl, rawRequest, signedRequest } from './requests';

// Issue 10, 5 and 10: the /_local routes answer this machine only and change nothing on bad
// input, and a clock that is not a number never lets anything through.

const local = startForTests();
beforeEach(() => local.server.reset());
afterEach(() => vi.restoreAllMocks());

const DAY_MS = 24 * 60 * 60 * 1000;

const control = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  rawRequest(local.url, {
    method,
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const setFaults = () =>
  control('POST', '/_local/faults', {}, { rules: [{ service: 'kms', latencyMs: 1 }] });
const faultCount = async () =>
  (JSON.parse((await control('GET', '/_local/faults', {})).text) as { rules: unknown[] }).rules
    .length;

describe('hostile input: /_local for this machine only (issue 10, 10)', () => {
  it.each([
    ['a page elsewhere', { origin: 'https://attacker.example' }],
    ['a sandboxed page (Origin: null)', { origin: 'null' }],
    ['a page that rebound its name to 127.0.0.1', { host: 'attacker.example:4566' }],
  ])('POST /_local/reset from %s: 403, no CORS, nothing reset', async (_, headers) => {
    await setFaults();
    const { result, worstHealthMs } = await watched(local.url, () =>
      control('POST', '/_local/reset', headers),
    );
    expect(result.status).toBe(403);
    expect(result.headers['access-control-allow-origin']).toBeUndefined();
    expect(await faultCount()).toBe(1);
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it('GET /_local/requests from a page elsewhere: 403, and the log is not in the answer', async () => {
    await signedRequest(local.url, {
      service: 'sts',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    const answer = await control('GET', '/_local/requests', { origin: 'https://attacker.example' });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.text).not.toContain('GetCallerIdentity');
  });

  it('a preflight for /_local/reset from a page elsewhere grants nothing', async () => {
    const answer = await control('OPTIONS', '/_local/reset', {
      origin: 'https://attacker.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('answers the console served from this machine, with CORS for it', async () => {
    await setFaults();
    const origin = 'http://127.0.0.1:4173';
    const answer = await control('POST', '/_local/reset', { origin });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(await faultCount()).toBe(0);
  });
});

describe('hostile input: the clock (issue 10, 5)', () => {
  it.each([['abc'], [null], [1.5], [1e300], ['60000'], [[]], [{}], [true]])(
    'POST /_local/clock {"offsetMs": %j}: 400, the clock as it was',
    async (offsetMs) => {
      expect((await control('POST', '/_local/clock', {}, { offsetMs: 60_000 })).status).toBe(200);
      const answer = await control('POST', '/_local/clock', {}, { offsetMs });
      expect(answer.status).toBe(400);
      expect(local.server.world.clockOffset).toBe(60_000);
      expect(Number.isFinite(local.server.world.now().getTime())).toBe(true);
    },
  );

  it('POST /_local/job-delays with a bad value: 400, the delays as they were', async () => {
    const before = await control('POST', '/_local/job-delays', {}, {});
    const answer = await control(
      'POST',
      '/_local/job-delays',
      {},
      { queuedMs: 5, inProgressMs: 'x' },
    );
    expect(answer.status).toBe(400);
    expect((await control('POST', '/_local/job-delays', {}, {})).text).toBe(before.text);
  });

  it('POST /_local/faults with a bad rule: 400, the faults as they were', async () => {
    await setFaults();
    const answer = await control('POST', '/_local/faults', {}, { rules: [{ errorRate: 'x' }] });
    expect(answer.status).toBe(400);
    expect(await faultCount()).toBe(1);
  });
});

describe('hostile input: a clock that is not a number fails closed (issue 10, 5)', () => {
  /** What the emulator once stored from `{"offsetMs":"abc"}`: every instant NaN. */
  const lastLogged = () => local.server.requestLog.at(-1);
  const clockIsNaN = () => vi.spyOn(local.server.world, 'now').mockReturnValue(new Date(NaN));

  it('a signature dated a year ago is refused', async () => {
    clockIsNaN();
    const answer = await signedRequest(local.url, {
      service: 'kms',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.ListKeys',
      },
      body: '{}',
      signingDate: new Date(Date.now() - 365 * DAY_MS),
    });
    expect({ status: answer.status, code: answer.code }).toEqual({
      status: 400,
      code: 'InvalidSignatureException',
    });
    expect(lastLogged()).toMatchObject({ status: 400, error: 'InvalidSignatureException' });
  });

  it('a presigned URL that expired 300 days ago is refused', async () => {
    const url = await presignedUrl(local.url, {
      service: 's3',
      path: `/${MEDIA_BUCKET}/${SEEDED_MEDIA.meeting}`,
      signingDate: new Date(Date.now() - 300 * DAY_MS),
      expiresIn: 3600,
    });
    clockIsNaN();
    const { pathname, search } = new URL(url);
    const answer = await rawRequest(local.url, { path: pathname, rawQuery: search.slice(1) });
    expect({ status: answer.status, code: answer.code }).toEqual({
      status: 403,
      code: 'AccessDenied',
    });
    expect(lastLogged()).toMatchObject({ status: 403, error: 'AccessDenied' });
  });

  it('an access token is refused', async () => {
    const tokens = await signInTokens(local.url);
    clockIsNaN();
    expect(
      await errorOf(
        userPools(local.url).send(new GetUserCommand({ AccessToken: tokens.AccessToken })),
      ),
    ).toMatchObject({ name: 'NotAuthorizedException' });
    expect(lastLogged()).toMatchObject({ status: 400, error: 'NotAuthorizedException' });
  });
});
