/**
 * A one-off message handed to the next page through router state, e.g.
 * `navigate('/jobs/NAME', { state: { flash: 'Job NAME created' } })`.
 */
export function readRouterFlash(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return undefined;
  const { flash } = state as { flash: unknown };
  return typeof flash === 'string' && flash.trim() !== '' ? flash : undefined;
}
