import { awsDocs } from '@/lib/help/aws-docs';
import type { PageHelp } from '@/lib/help/help-topics';

/* The help text of a job's details page, in one place. Loaded with the help panel. */

const whyTheObject = (
  <p>
    Transcribe does not tell which key a job used: GetTranscriptionJob and ListTranscriptionJobs
    never return the KMS key or the encryption context of the request. So this page asks S3 about
    the output objects themselves (HeadObject, one call per file), which report the encryption each
    object has at rest. That is what was actually written, whatever the request asked for.
  </p>
);

const whatThisBrowserKept = (
  <p>
    The key&apos;s alias and the encryption context are not in the object&apos;s description either.
    For a job created from this browser, the page shows them as this console sent them (kept in the
    browser for your user); for any other job they are not known here. CloudTrail records the
    context with each use of the key.
  </p>
);

export const jobDetailsHelp: PageHelp = {
  start: 'job-details',
  topics: {
    'job-details': {
      header: 'Job details',
      body: (
        <>
          <p>
            The job&apos;s settings as Transcribe reports them, its status, and, once it is
            completed, the transcript with how each output file is encrypted. While the job is
            queued or in progress, the page refreshes by itself.
          </p>
          {whyTheObject}
          <p>
            Reading the transcript needs s3:GetObject on it and, when it is encrypted with a KMS
            key, kms:Decrypt on that key. Seeing how it is encrypted needs only s3:GetObject, so the
            page can show the key even when you may not decrypt with it.
          </p>
        </>
      ),
      learnMore: [awsDocs.getTranscriptionJob, awsDocs.s3HeadObject, awsDocs.transcribeEncryption],
    },
    'output-encryption': {
      header: 'Output encryption',
      body: (
        <>
          <p>How the transcript object is encrypted at rest, as S3 reports it:</p>
          <ul>
            <li>
              <strong>SSE-KMS</strong>, with its KMS key ARN: encrypted with that KMS key. Only
              someone allowed kms:Decrypt on the key can read it. This is what a job started with
              Encryption on writes.
            </li>
            <li>
              <strong>SSE-S3</strong>: encrypted with the default Amazon S3 key. Anyone who can read
              the object can read the transcript. This is what a job without a KMS key writes.
            </li>
            <li>
              <strong>Service-managed S3 bucket</strong>: the transcript is in Transcribe&apos;s own
              bucket, which this console cannot inspect.
            </li>
          </ul>
          {whyTheObject}
          {whatThisBrowserKept}
        </>
      ),
      learnMore: [
        awsDocs.s3HeadObject,
        awsDocs.s3Sse,
        awsDocs.kmsEncryptionContext,
        awsDocs.transcribeEncryption,
      ],
    },
    'output-files': {
      header: 'Output files',
      body: (
        <>
          <p>
            Every file the job wrote to your bucket (the transcript, and redacted or subtitle files
            when asked for), each with the encryption S3 reports for it. Transcribe encrypts them
            all the same way, and this table shows that it did, file by file.
          </p>
          <p>
            A file you may read but not decrypt still shows its key: HeadObject needs only
            s3:GetObject. Downloading needs kms:Decrypt on the key too.
          </p>
        </>
      ),
      learnMore: [awsDocs.s3HeadObject, awsDocs.kmsKeyPolicies],
    },
  },
};
