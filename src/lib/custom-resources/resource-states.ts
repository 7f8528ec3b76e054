import type { StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';

/** How often a page refreshes while a resource it shows is still being processed. */
export const PROCESSING_REFRESH_MS = 2000;

/** A vocabulary PENDING or a model IN_PROGRESS changes by itself; READY, COMPLETED, FAILED don't. */
export const isProcessing = (state: string | undefined) =>
  state === 'PENDING' || state === 'IN_PROGRESS';

export function refreshWhileProcessing(
  states: readonly (string | undefined)[] | undefined,
): number | false {
  return states?.some(isProcessing) ? PROCESSING_REFRESH_MS : false;
}

/** A state as the Transcribe console shows it. */
export function resourceStateDisplay(state: string | undefined): {
  type: StatusIndicatorProps.Type;
  label: string;
} {
  switch (state) {
    case 'PENDING':
      return { type: 'pending', label: 'Pending' };
    case 'IN_PROGRESS':
      return { type: 'in-progress', label: 'In progress' };
    case 'READY':
      return { type: 'success', label: 'Ready' };
    case 'COMPLETED':
      return { type: 'success', label: 'Completed' };
    case 'FAILED':
      return { type: 'error', label: 'Failed' };
    default:
      return { type: 'info', label: state ? state : 'Unknown' };
  }
}
