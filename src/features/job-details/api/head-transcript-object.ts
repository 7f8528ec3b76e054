import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { transcriptionJobQueryKey } from '@/lib/transcribe/api/get-transcription-job';
import { type OutputEncryption, readOutputEncryption } from '../output-encryption';

export interface TranscriptObjectHead {
  encryption: OutputEncryption;
  contentLength?: number;
  lastModified?: Date;
}

/**
 * How the transcript is encrypted, read from the object itself: GetTranscriptionJob does not
 * say which KMS key the job used. HEAD needs s3:GetObject but no kms:Decrypt.
 */
export async function headTranscriptObject(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  key: string,
  signal?: AbortSignal,
): Promise<TranscriptObjectHead> {
  const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), {
    abortSignal: signal,
  });
  return {
    encryption: readOutputEncryption(head),
    contentLength: head.ContentLength,
    lastModified: head.LastModified,
  };
}

export const getTranscriptObjectHeadQueryOptions = (
  s3: Pick<S3Client, 'send'>,
  jobName: string,
  location: { bucket: string; key: string } | undefined,
) =>
  queryOptions({
    queryKey: [...transcriptionJobQueryKey(jobName), 'head', location?.bucket, location?.key],
    queryFn: ({ signal }) => headTranscriptObject(s3, location!.bucket, location!.key, signal),
    enabled: location !== undefined,
  });

export function useTranscriptObjectHead(
  jobName: string,
  location: { bucket: string; key: string } | undefined,
) {
  const { s3 } = useAwsClients();
  return useQuery(getTranscriptObjectHeadQueryOptions(s3, jobName, location));
}
