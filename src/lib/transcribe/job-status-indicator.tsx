import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { TranscriptionJobStatus } from '@aws-sdk/client-transcribe';
import { jobStatusDisplay } from './jobs';

export function JobStatusIndicator({ status }: { status: TranscriptionJobStatus | undefined }) {
  const { type, label } = jobStatusDisplay(status);
  return <StatusIndicator type={type}>{label}</StatusIndicator>;
}
