import { describe, expect, it } from 'vitest';
import { readRouterFlash } from './router-flash';

describe('readRouterFlash', () => {
  it('reads a flash message from router state and ignores anything else', () => {
    expect(readRouterFlash({ flash: 'Job a created' })).toBe('Job a created');
    expect(readRouterFlash({ flash: '  ' })).toBeUndefined();
    expect(readRouterFlash({ flash: 3 })).toBeUndefined();
    expect(readRouterFlash({ other: 'x' })).toBeUndefined();
    expect(readRouterFlash(null)).toBeUndefined();
    expect(readRouterFlash('flash')).toBeUndefined();
  });
});
