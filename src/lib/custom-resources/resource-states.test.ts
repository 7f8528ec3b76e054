import { describe, expect, it } from 'vitest';
import {
  PROCESSING_REFRESH_MS,
  refreshWhileProcessing,
  resourceStateDisplay,
} from './resource-states';

describe('custom resource states', () => {
  it('refreshes only while one is processing', () => {
    expect(refreshWhileProcessing(['READY', 'PENDING'])).toBe(PROCESSING_REFRESH_MS);
    expect(refreshWhileProcessing(['COMPLETED', 'IN_PROGRESS'])).toBe(PROCESSING_REFRESH_MS);
    expect(refreshWhileProcessing(['READY', 'FAILED', undefined])).toBe(false);
    expect(refreshWhileProcessing(undefined)).toBe(false);
  });

  it('shows each state as the Transcribe console does', () => {
    expect(resourceStateDisplay('PENDING')).toEqual({ type: 'pending', label: 'Pending' });
    expect(resourceStateDisplay('FAILED')).toEqual({ type: 'error', label: 'Failed' });
    expect(resourceStateDisplay('COMPLETED').label).toBe('Completed');
    expect(resourceStateDisplay(undefined).label).toBe('Unknown');
  });
});
