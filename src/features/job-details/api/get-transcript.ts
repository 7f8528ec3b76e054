import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { transcriptionJobQueryKey } from '@/lib/transcribe/api/get-transcription-job';
import type { TranscriptLocation } from '@/lib/transcribe/transcript-location';

/** The transcript file's text, as stored. */
export interface TranscriptFile {
  body: string;
  contentType?: string;
}

/** A customer bucket: GetObject with the caller's credentials (SSE-KMS needs kms:Decrypt). */
export async function getTranscriptObject(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  key: string,
  signal?: AbortSignal,
): Promise<TranscriptFile> {
  const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }), {
    abortSignal: signal,
  });
  return {
    body: (await output.Body?.transformToString('utf-8')) ?? '',
    contentType: output.ContentType,
  };
}

/** Transcribe's own bucket: the presigned URL from GetTranscriptionJob, fetched as it is. */
export async function fetchPresignedTranscript(
  url: string,
  signal?: AbortSignal,
): Promise<TranscriptFile> {
  const response = await fetch(url, { signal });
  const body = await response.text();
  if (!response.ok) {
    // S3's XML error, read for its code and message so it is described like an SDK error.
    const code = /<Code>([^<]*)<\/Code>/.exec(body)?.[1] ?? `HTTP${response.status}`;
    const message = /<Message>([^<]*)<\/Message>/.exec(body)?.[1] ?? response.statusText;
    throw Object.assign(new Error(message), {
      name: code,
      $metadata: { httpStatusCode: response.status },
    });
  }
  return { body, contentType: response.headers.get('content-type') ?? undefined };
}

/**
 * The transcript of a completed job. Keyed by the job's completion time, not the URL: the
 * presigned URL of a service bucket changes with every GetTranscriptionJob.
 */
export const getTranscriptFileQueryOptions = (
  s3: Pick<S3Client, 'send'>,
  jobName: string,
  completedAt: Date | undefined,
  location: TranscriptLocation | undefined,
) =>
  queryOptions({
    queryKey: [...transcriptionJobQueryKey(jobName), 'transcript', completedAt?.getTime()],
    queryFn: ({ signal }) => {
      if (location?.kind === 'customer-bucket')
        return getTranscriptObject(s3, location.bucket, location.key, signal);
      if (location?.kind === 'service-bucket')
        return fetchPresignedTranscript(location.url, signal);
      throw new Error('The transcript location is not an S3 address this console can read.');
    },
    enabled: location !== undefined && location.kind !== 'unknown',
    // Access denied or a missing key will not change by asking again at once.
    retry: false,
    staleTime: Infinity,
  });

export function useTranscriptFile(
  jobName: string,
  completedAt: Date | undefined,
  location: TranscriptLocation | undefined,
) {
  const { s3 } = useAwsClients();
  return useQuery(getTranscriptFileQueryOptions(s3, jobName, completedAt, location));
}
