import { awsDocs } from '@/lib/help/aws-docs';
import type { PageHelp } from '@/lib/help/help-topics';

/* The help text of "Transcription jobs", in one place. Loaded with the help panel. */

export const jobsHelp: PageHelp = {
  start: 'jobs',
  topics: {
    jobs: {
      header: 'Transcription jobs',
      body: (
        <>
          <p>
            Every transcription job of your account in this Region, newest first, with its status.
            Jobs that are queued or in progress move on by themselves; refresh to see the latest
            state. Filter by the start of a job&apos;s name.
          </p>
          <h3>Why the list does not say how output is encrypted</h3>
          <p>
            Transcribe never returns the KMS key or the encryption context a job was started with:
            neither ListTranscriptionJobs nor GetTranscriptionJob has them. The only proof of how a
            transcript is encrypted is the transcript object itself, which S3 describes
            (HeadObject). The job&apos;s details page reads it for each file the job wrote and shows
            it under &quot;Output encryption&quot; and &quot;Output files&quot;.
          </p>
          <p>Deleting a job removes the job from Transcribe, not the transcript in your bucket.</p>
        </>
      ),
      learnMore: [
        awsDocs.listTranscriptionJobs,
        awsDocs.getTranscriptionJob,
        awsDocs.transcribeEncryption,
      ],
    },
  },
};
