import { type JsonService, operationTable } from '../../core/service';
import { deleteTranscriptionJob } from './delete-transcription-job';
import { getTranscriptionJob } from './get-transcription-job';
import { resumeJobs } from './lifecycle';
import { listTranscriptionJobs } from './list-transcription-jobs';
import { startTranscriptionJob } from './start-transcription-job';

/** Amazon Transcribe: JSON 1.1, `X-Amz-Target: Transcribe.<Operation>`. */
export const transcribeService: JsonService = {
  id: 'transcribe',
  name: 'Transcribe',
  protocol: 'json',
  targetPrefix: 'Transcribe',
  messageMember: 'Message',
  signed: 'all',
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: {
    code: 'LimitExceededException',
    status: 400,
    message: 'You have sent too many requests in too short a period of time.',
  },
  operations: operationTable({
    StartTranscriptionJob: startTranscriptionJob,
    GetTranscriptionJob: getTranscriptionJob,
    ListTranscriptionJobs: listTranscriptionJobs,
    DeleteTranscriptionJob: deleteTranscriptionJob,
  }),
  // Jobs that were queued or in progress when the process stopped go on.
  onStart: resumeJobs,
};
