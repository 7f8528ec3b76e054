import { describe, expect, it } from 'vitest';
import { createSessionErrorHandler, MAX_REFRESHES, REFRESH_WINDOW_MS } from './clients';

const sdkError = (name: string) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 400 } });

function setUp(
  refreshWorks: () => boolean,
  refreshFailure: () => Error = () => sdkError('NotAuthorizedException'),
) {
  let clock = 1_000_000;
  const calls = { refresh: 0, clear: 0, ended: 0 };
  const handler = createSessionErrorHandler({
    refresh: async () => {
      calls.refresh += 1;
      if (!refreshWorks()) throw refreshFailure();
    },
    clearSession: async () => {
      calls.clear += 1;
    },
    now: () => clock,
  });
  handler.onSessionEnded(() => {
    calls.ended += 1;
  });
  return { handler, calls, advance: (ms: number) => (clock += ms) };
}

describe('createSessionErrorHandler', () => {
  it('leaves errors that are not about the session alone', async () => {
    const { handler, calls } = setUp(() => true);
    expect(await handler.handle(sdkError('AccessDeniedException'))).toBe('not-session');
    expect(await handler.handle(new TypeError('Failed to fetch'))).toBe('not-session');
    expect(calls).toEqual({ refresh: 0, clear: 0, ended: 0 });
  });

  it('refreshes once for an expired token and keeps the session', async () => {
    const { handler, calls } = setUp(() => true);
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('refreshed');
    expect(calls).toEqual({ refresh: 1, clear: 0, ended: 0 });
  });

  it('ends the session when the refresh fails', async () => {
    const { handler, calls } = setUp(() => false);
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('signed-out');
    expect(calls).toEqual({ refresh: 1, clear: 1, ended: 1 });
  });

  it('shares one refresh among concurrent failures', async () => {
    const { handler, calls } = setUp(() => false);
    const outcomes = await Promise.all([
      handler.handle(sdkError('ExpiredTokenException')),
      handler.handle(sdkError('ExpiredToken')),
      handler.handle(sdkError('NotAuthorizedException')),
    ]);
    expect(outcomes).toEqual(['signed-out', 'signed-out', 'signed-out']);
    expect(calls).toEqual({ refresh: 1, clear: 1, ended: 1 });
  });

  it('refreshes again for a request signed before the last refresh', async () => {
    const { handler, calls, advance } = setUp(() => true);
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('refreshed');
    advance(1_000);
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('refreshed');
    expect(calls).toEqual({ refresh: 2, clear: 0, ended: 0 });
  });

  it('does not refresh in a loop when the server keeps refusing fresh credentials', async () => {
    const { handler, calls, advance } = setUp(() => true);
    for (let i = 0; i < MAX_REFRESHES; i++) {
      expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('refreshed');
      advance(1_000);
    }
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('signed-out');
    expect(calls).toEqual({ refresh: MAX_REFRESHES, clear: 1, ended: 1 });
  });

  it('refreshes again once the window has passed', async () => {
    const { handler, calls, advance } = setUp(() => true);
    for (let i = 0; i < MAX_REFRESHES; i++) await handler.handle(sdkError('ExpiredTokenException'));
    advance(REFRESH_WINDOW_MS);
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('refreshed');
    expect(calls.refresh).toBe(MAX_REFRESHES + 1);
  });

  it('stops telling a listener that was removed', async () => {
    const { handler, calls } = setUp(() => false);
    let other = 0;
    const remove = handler.onSessionEnded(() => {
      other += 1;
    });
    remove();
    await handler.handle(sdkError('ExpiredTokenException'));
    expect(other).toBe(0);
    expect(calls.ended).toBe(0);
  });

  it('tells the listener once for one ended session', async () => {
    const { handler, calls } = setUp(() => false);
    await handler.handle(sdkError('ExpiredTokenException'));
    await handler.handle(sdkError('SignedOutError'));
    expect(calls.ended).toBe(1);
  });

  it('keeps the session when Cognito cannot be reached for the refresh', async () => {
    const { handler, calls } = setUp(
      () => false,
      () => Object.assign(new Error('A network error has occurred.'), { name: 'NetworkError' }),
    );
    expect(await handler.handle(sdkError('ExpiredTokenException'))).toBe('unreachable');
    expect(calls).toEqual({ refresh: 1, clear: 0, ended: 0 });
  });
});
