import Box from '@cloudscape-design/components/box';
import type { KeyValuePairsProps } from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { UseQueryResult } from '@tanstack/react-query';
import { KmsKeyName } from '@/lib/kms-key/kms-key-name';
import type { SentJob } from '@/lib/transcribe/sent-jobs';
import type { TranscriptLocation } from '@/lib/transcribe/transcript-location';
import type { TranscriptObjectHead } from '../api/head-transcript-object';
import { describeTranscriptReadError, kmsKeyOf, outputEncryptionLabel } from '../output-encryption';

/**
 * "Output encryption", the KMS key and the encryption context as key-value pairs. The key is
 * read from the transcript object, since the job itself does not tell which key it used; its
 * alias and the context come from what this console sent, when the job was created here.
 */
export function outputEncryptionPairs(
  status: string | undefined,
  location: TranscriptLocation | undefined,
  head: UseQueryResult<TranscriptObjectHead>,
  known: { accountId: string | undefined; sent: SentJob | undefined },
): KeyValuePairsProps.Pair[] {
  const pair = (value: React.ReactNode): KeyValuePairsProps.Pair[] => [
    { label: 'Output encryption', value },
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
  if (encryption.kind !== 'sse-kms' && encryption.kind !== 'dsse-kms')
    return pair(outputEncryptionLabel(encryption));
  const { sent, accountId } = known;
  return [
    { label: 'Output encryption', value: outputEncryptionLabel(encryption) },
    {
      label: 'KMS key',
      value: keyArn ? (
        <KmsKeyName
          keyArn={keyArn}
          accountId={accountId}
          known={
            sent?.kmsKeyAlias
              ? { alias: sent.kmsKeyAlias, keyRef: sent.kmsKeyArn ?? sent.kmsKeyId }
              : undefined
          }
        />
      ) : (
        'Not given by S3'
      ),
    },
    {
      label: 'Encryption context',
      value: <EncryptionContextValue sent={sent} />,
    },
  ];
}

/** The pairs the job was started with, when this console sent them; AWS returns them nowhere. */
function EncryptionContextValue({ sent }: { sent: SentJob | undefined }) {
  if (!sent)
    return (
      <Box color="text-status-inactive">
        Not known here: AWS does not return a job&apos;s encryption context. CloudTrail records it
        with each use of the key.
      </Box>
    );
  const pairs = Object.entries(sent.encryptionContext ?? {});
  if (pairs.length === 0) return <>None</>;
  return (
    <div>
      <ul
        aria-label="Encryption context"
        style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
      >
        {pairs.map(([key, value]) => (
          <li key={key}>
            <Box variant="code">{key}</Box> = <Box variant="code">{value}</Box>
          </li>
        ))}
      </ul>
      <Box variant="small" color="text-body-secondary">
        As sent when the job was created here. S3 keeps the pairs with the transcript and gives them
        to KMS itself when it decrypts; they show in CloudTrail and key policies can require them.
      </Box>
    </div>
  );
}
