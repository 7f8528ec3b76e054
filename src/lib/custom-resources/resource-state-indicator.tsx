import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { resourceStateDisplay } from './resource-states';

export function ResourceStateIndicator({ state }: { state: string | undefined }) {
  const { type, label } = resourceStateDisplay(state);
  return <StatusIndicator type={type}>{label}</StatusIndicator>;
}
