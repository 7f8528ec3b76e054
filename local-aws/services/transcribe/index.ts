import type { JsonHandler, World } from '../../core/types';
import { deleteTranscriptionJob } from './delete-transcription-job';
import { getTranscriptionJob } from './get-transcription-job';
import { resumeJobs } from './lifecycle';
import { listTranscriptionJobs } from './list-transcription-jobs';
import { startTranscriptionJob } from './start-transcription-job';

// Each handler is typed with its own SDK input and output; the map erases them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const transcribeOperations: Record<string, JsonHandler<any, any>> = {
  StartTranscriptionJob: startTranscriptionJob,
  GetTranscriptionJob: getTranscriptionJob,
  ListTranscriptionJobs: listTranscriptionJobs,
  DeleteTranscriptionJob: deleteTranscriptionJob,
};

/** Called once the server listens: resumes jobs that were in flight when it stopped. */
export function transcribeOnStart(world: World): void {
  resumeJobs(world);
}
