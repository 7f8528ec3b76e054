import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { USER_POOL_CLIENT_ID } from '../../seed/ids';
import { ANALYST, errorOf, NEW_ANALYST, srpSignIn, userPools } from '../cognito-client';
import { startForTests } from '../harness';
import { HEALTH_BUDGET_MS, watched } from './corpus';
import { type Answer, rawRequest } from './requests';

// Issue 10, 4: brute force against Cognito. Lockout after five failed sign-ins in a row,
// growing; unauthenticated InitiateAuth rate-limited per app client. The emulator's time is
// this process's Date (it runs in-process), frozen where a case counts within one second.

const local = startForTests();
beforeEach(() => local.server.reset());
afterEach(() => vi.useRealTimers());

const SECOND = 1000;

/** USER_PASSWORD_AUTH over the wire, as an attacker scripts it. */
const passwordAttempt = (username: string, password: string): Promise<Answer> =>
  rawRequest(local.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: USER_POOL_CLIENT_ID,
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  });

const outcome = ({ status, code, message }: Answer) =>
  status === 200 ? 'signed in' : `${code}: ${message}`;

const incorrect = 'NotAuthorizedException: Incorrect username or password.';
const exceeded = 'NotAuthorizedException: Password attempts exceeded';
const throttled = 'TooManyRequestsException: Rate exceeded';

/** Freezes the emulator's clock (and this process's Date) at a moment the test moves. */
function frozenClock() {
  vi.useFakeTimers({ toFake: ['Date'] });
  return { advance: (ms: number) => vi.setSystemTime(Date.now() + ms) };
}

const counts = (outcomes: string[]) =>
  outcomes.reduce<Record<string, number>>((n, o) => ({ ...n, [o]: (n[o] ?? 0) + 1 }), {});

describe('hostile input: Cognito brute force (issue 10, 4)', () => {
  it('200 wrong passwords in a second: locked out after five, throttled after 120, the right one refused', async () => {
    const clock = frozenClock();
    const { result, worstHealthMs } = await watched(local.url, async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < 200; i++)
        outcomes.push(outcome(await passwordAttempt(ANALYST.username, `Wrong-Passw0rd-${i}`)));
      return outcomes;
    });
    expect(result.slice(0, 5)).toEqual(Array(5).fill(incorrect));
    expect(counts(result)).toEqual({ [incorrect]: 5, [exceeded]: 115, [throttled]: 80 });
    expect(worstHealthMs).toBeLessThan(HEALTH_BUDGET_MS);
    // A second later the client may call again, and the five failures locked the user for
    // one second (2^0): a millisecond short of it the right password is still refused.
    clock.advance(SECOND - 1);
    expect(outcome(await passwordAttempt(ANALYST.username, ANALYST.password))).toBe(exceeded);
    clock.advance(1);
    expect(outcome(await passwordAttempt(ANALYST.username, ANALYST.password))).toBe('signed in');
  });

  it('the lockout doubles with each failure after the fifth, and a success starts the count again', async () => {
    const clock = frozenClock();
    const wrong = () => passwordAttempt(ANALYST.username, 'Wrong-Passw0rd!').then(outcome);
    const right = () => passwordAttempt(ANALYST.username, ANALYST.password).then(outcome);
    for (let i = 0; i < 5; i++) expect(await wrong()).toBe(incorrect);
    expect(await right()).toBe(exceeded);
    clock.advance(SECOND);
    expect(await wrong()).toBe(incorrect); // the sixth: two seconds
    clock.advance(SECOND);
    expect(await right()).toBe(exceeded);
    clock.advance(SECOND);
    expect(await wrong()).toBe(incorrect); // the seventh: four seconds
    clock.advance(4 * SECOND - 1);
    expect(await right()).toBe(exceeded);
    clock.advance(1);
    expect(await right()).toBe('signed in');
    // Counted afresh: four failures lock nothing.
    for (let i = 0; i < 4; i++) expect(await wrong()).toBe(incorrect);
    expect(await right()).toBe('signed in');
  });

  it('locks out the SRP sign-in the console uses, per user', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const client = userPools(local.url);
    const srp = async (password: string) => {
      const { respond } = await srpSignIn(client, ANALYST.username, password);
      return errorOf(respond());
    };
    for (let i = 0; i < 5; i++)
      expect(await srp('Wrong-Passw0rd!')).toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
    const { respond } = await srpSignIn(client, ANALYST.username, ANALYST.password);
    expect(await errorOf(respond())).toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Password attempts exceeded',
    });
    // Another user of the same pool is not locked out by the analyst's failures.
    const other = await srpSignIn(client, NEW_ANALYST.username, NEW_ANALYST.password);
    expect((await other.respond()).ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  });

  it('throttles unauthenticated InitiateAuth per app client at 120 a second', async () => {
    const clock = frozenClock();
    const call = (clientId: string) =>
      rawRequest(local.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
        },
        body: JSON.stringify({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: clientId,
          AuthParameters: { REFRESH_TOKEN: 'not-a-token' },
        }),
      }).then((a) => a.code);
    const codes: string[] = [];
    for (let i = 0; i < 121; i++) codes.push(await call(USER_POOL_CLIENT_ID));
    expect(counts(codes)).toEqual({ NotAuthorizedException: 120, TooManyRequestsException: 1 });
    clock.advance(Math.ceil(SECOND / 120)); // one call's worth
    expect(await call(USER_POOL_CLIENT_ID)).toBe('NotAuthorizedException');
    expect(await call(USER_POOL_CLIENT_ID)).toBe('TooManyRequestsException');
  });
});
