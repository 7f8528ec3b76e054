import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs, {
  type KeyValuePairsProps,
} from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCurrentAccountId } from '@/lib/aws/get-caller-identity';
import { outputLocationTypeLabel } from '@/lib/transcribe/jobs';
import type { SentJob } from '@/lib/transcribe/sent-jobs';
import { s3Uri, type TranscriptLocation } from '@/lib/transcribe/transcript-location';
import { useJobSummary } from '../api/find-job-summary';
import type { TranscriptObjectHead } from '../api/head-transcript-object';
import { outputEncryptionPairs } from './output-encryption-pairs';

/** The output location type as the job list says it: both pages name the same thing alike. */
function locationTypeOf(location: TranscriptLocation | undefined): string | undefined {
  if (!location) return undefined;
  if (location.kind === 'service-bucket') return outputLocationTypeLabel('SERVICE_BUCKET');
  if (location.kind === 'customer-bucket') return outputLocationTypeLabel('CUSTOMER_BUCKET');
  return 'Unknown';
}

/**
 * "Output data": where the job writes (or was to write) and how the output is encrypted. A
 * failed job has no transcript to read this from: its output location type comes from the
 * job list (ListTranscriptionJobs), as on the jobs page, or from what this console sent.
 */
export function OutputData({
  job,
  name,
  location,
  head,
  sent,
}: {
  job: TranscriptionJob;
  name: string;
  location: TranscriptLocation | undefined;
  head: UseQueryResult<TranscriptObjectHead>;
  sent: SentJob | undefined;
}) {
  const accountId = useCurrentAccountId();
  const status = job.TranscriptionJobStatus;
  const failed = status === 'FAILED';
  const summary = useJobSummary(name, status, failed && !location && !sent);
  const customer = location?.kind === 'customer-bucket' ? location : undefined;
  const sentType = sent
    ? outputLocationTypeLabel(sent.outputBucketName ? 'CUSTOMER_BUCKET' : 'SERVICE_BUCKET')
    : undefined;
  const type =
    locationTypeOf(location) ??
    (failed
      ? (sentType ??
        (summary.data ? (
          outputLocationTypeLabel(summary.data.OutputLocationType)
        ) : summary.isFetching ? (
          <StatusIndicator type="loading">Loading</StatusIndicator>
        ) : (
          '-'
        )))
      : 'Shown when the job completes');
  const sentLocation =
    !customer && sent?.outputBucketName
      ? s3Uri({ bucket: sent.outputBucketName, key: sent.outputKey ?? '' })
      : undefined;
  const items: KeyValuePairsProps.Pair[] = [
    { label: 'Output location type', value: type },
    ...(customer ? [{ label: 'Output location', value: s3Uri(customer) }] : []),
    ...(sentLocation
      ? [
          {
            label: 'Output location',
            value: failed ? `${sentLocation} (the job wrote nothing there)` : sentLocation,
          },
        ]
      : []),
    ...outputEncryptionPairs(status, location, head, { accountId, sent }),
  ];
  return (
    <Container header={<Header variant="h2">Output data</Header>}>
      <KeyValuePairs columns={3} items={items} />
    </Container>
  );
}
