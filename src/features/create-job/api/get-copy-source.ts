import type { S3Client } from '@aws-sdk/client-s3';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAppConfig } from '@/config/config-context';
import { useAwsClients } from '@/lib/aws/clients';
import { getTranscriptionJobQueryOptions } from '@/lib/transcribe/api/get-transcription-job';
import { recallSentJob } from '@/lib/transcribe/sent-jobs';
import { parseTranscriptFileUri } from '@/lib/transcribe/transcript-location';
import type { CopySource } from '../from-job';

/**
 * The KMS key of a transcript, from HeadObject (HEAD needs no kms:Decrypt): its ARN, `null`
 * when S3 encrypted it without a KMS key, `undefined` when it could not be read.
 */
export async function transcriptKeyArn(
  s3: Pick<S3Client, 'send'>,
  location: { bucket: string; key: string },
  signal?: AbortSignal,
): Promise<string | null | undefined> {
  try {
    // Loaded here, not with the form: only a copy of a job made elsewhere reads its transcript.
    const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: location.bucket, Key: location.key }),
      {
        abortSignal: signal,
      },
    );
    const kms =
      head.ServerSideEncryption === 'aws:kms' || head.ServerSideEncryption === 'aws:kms:dsse';
    return kms ? (head.SSEKMSKeyId ?? undefined) : null;
  } catch {
    return undefined;
  }
}

/**
 * What "Copy" fills the form from: the job (GetTranscriptionJob, cached when the analyst came
 * from its page), what this console sent for it, and, for a completed job created elsewhere,
 * its transcript's location and key.
 */
export function useCopySource(name: string, owner: string) {
  const { transcribe, s3 } = useAwsClients();
  const config = useAppConfig();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['copy-job', name, owner],
    queryFn: async ({ signal }): Promise<CopySource> => {
      const job = await queryClient.fetchQuery(getTranscriptionJobQueryOptions(transcribe, name));
      const sent = recallSentJob(owner, job);
      const uri = job.Transcript?.TranscriptFileUri;
      const transcript =
        job.TranscriptionJobStatus === 'COMPLETED' && uri
          ? parseTranscriptFileUri(uri, config.endpoints?.s3)
          : undefined;
      const keyArn =
        !sent && transcript?.kind === 'customer-bucket'
          ? await transcriptKeyArn(s3, transcript, signal)
          : undefined;
      return { job, sent, transcript, transcriptKeyArn: keyArn };
    },
    // A copy is made once, from the job as it is now.
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
}
