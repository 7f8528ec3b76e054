import {
  GetTranscriptionJobCommand,
  type TranscribeClient,
  type TranscriptionJob,
} from '@aws-sdk/client-transcribe';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useAwsClients } from '@/lib/aws/clients';
import { describeAwsError } from '@/lib/aws/errors';
import { nameProblem } from '../form-schema';

/** The job of that name, or `undefined` when there is none (Transcribe's BadRequestException). */
export async function getTranscriptionJob(
  transcribe: Pick<TranscribeClient, 'send'>,
  name: string,
): Promise<TranscriptionJob | undefined> {
  try {
    const output = await transcribe.send(
      new GetTranscriptionJobCommand({ TranscriptionJobName: name }),
    );
    return output.TranscriptionJob;
  } catch (error) {
    const described = describeAwsError(error);
    if (described.code === 'BadRequestException' && /couldn't be found/i.test(described.message))
      return undefined;
    throw error;
  }
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * Whether a job of the typed name exists, asked once typing pauses, so the form can warn
 * before submitting. Errors other than "not found" leave it unknown.
 */
export function useJobNameTaken(name: string, delayMs = 500): boolean {
  const { transcribe } = useAwsClients();
  const debounced = useDebounced(name, delayMs);
  const query = useQuery({
    queryKey: ['transcribe', 'job-exists', debounced],
    queryFn: async () => (await getTranscriptionJob(transcribe, debounced)) !== undefined,
    enabled: debounced === name && nameProblem(debounced) === undefined,
    staleTime: 10_000,
    retry: false,
  });
  return debounced === name && query.data === true;
}
