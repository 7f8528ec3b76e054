import { useQuery } from '@tanstack/react-query';
import { useAwsClients } from '@/lib/aws/clients';
import { getJobNameTakenQueryOptions } from '@/lib/transcribe/api/get-transcription-job';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { nameProblem } from '../form-schema';

/**
 * Whether a job of the typed name exists, asked once typing pauses, so the form can warn
 * before submitting. Errors other than "not found" leave it unknown.
 */
export function useJobNameTaken(name: string, delayMs = 500): boolean {
  const { transcribe } = useAwsClients();
  const debounced = useDebouncedValue(name, delayMs);
  const query = useQuery({
    ...getJobNameTakenQueryOptions(transcribe, debounced),
    enabled: debounced === name && nameProblem(debounced) === undefined,
  });
  return debounced === name && query.data === true;
}
