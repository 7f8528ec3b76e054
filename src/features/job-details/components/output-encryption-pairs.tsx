import { InfoLink } from '@/lib/help/info-link';
import type { KeyValuePairsProps } from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TranscriptObjectHead } from '../api/head-transcript-object';
import { describeTranscriptReadError, kmsKeyOf, outputEncryptionLabel } from '../output-encryption';
import type { TranscriptLocation } from '../transcript-location';

/**
 * "Output encryption" (and the KMS key) as key-value pairs. Read from the transcript object,
 * since the job itself does not tell which key it used.
 */
export function outputEncryptionPairs(
  status: string | undefined,
  location: TranscriptLocation | undefined,
  head: UseQueryResult<TranscriptObjectHead>,
): KeyValuePairsProps.Pair[] {
  const info = <InfoLink topic="output-encryption" about="Output encryption" />;
  const pair = (value: React.ReactNode): KeyValuePairsProps.Pair[] => [
    { label: 'Output encryption', value, info },
  ];
  if (status === 'FAILED') return pair('None: the job wrote no transcript');
  if (status !== 'COMPLETED' || !location) return pair('Shown when the job completes');
  if (location.kind === 'service-bucket')
    return pair('Service-managed S3 bucket: Amazon Transcribe manages the encryption');
  if (location.kind === 'unknown')
    return pair('Unknown: the transcript location is not an S3 address this console reads');
  if (head.isPending)
    return pair(<StatusIndicator type="loading">Reading the transcript object</StatusIndicator>);
  if (head.isError)
    return pair(
      <StatusIndicator type="error">
        Could not read the transcript object: {describeTranscriptReadError(head.error).message}
      </StatusIndicator>,
    );
  const encryption = head.data.encryption;
  const keyArn = kmsKeyOf(encryption);
  return [
    { label: 'Output encryption', value: outputEncryptionLabel(encryption), info },
    ...(encryption.kind === 'sse-kms' || encryption.kind === 'dsse-kms'
      ? [{ label: 'KMS key ARN', value: keyArn ?? 'Not given by S3' }]
      : []),
  ];
}
