import { describe, expect, it } from 'vitest';
import { filesThatDiffer, outputFilesOf } from './output-files';

const base = 'https://s3.us-east-1.amazonaws.com/transcripts-1/out';
const kms = (keyArn: string) => ({ kind: 'sse-kms' as const, keyArn });

describe('outputFilesOf', () => {
  it('lists every file a redacting job with subtitles wrote, each by what it is', () => {
    const files = outputFilesOf({
      TranscriptionJobStatus: 'COMPLETED',
      ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted_and_unredacted' },
      Transcript: {
        TranscriptFileUri: `${base}/job.json`,
        RedactedTranscriptFileUri: `${base}/redacted-job.json`,
      },
      Subtitles: { SubtitleFileUris: [`${base}/job.srt`, `${base}/job.vtt`] },
    });
    expect(files.map((f) => [f.kind, f.fileName, f.location.kind])).toEqual([
      ['Unredacted transcript', 'job.json', 'customer-bucket'],
      ['Redacted transcript', 'redacted-job.json', 'customer-bucket'],
      ['SRT subtitles', 'job.srt', 'customer-bucket'],
      ['WebVTT subtitles', 'job.vtt', 'customer-bucket'],
    ]);
  });

  it('lists nothing before the job completes, and the plain transcript of a plain job', () => {
    const job = { Transcript: { TranscriptFileUri: `${base}/job.json` } };
    expect(outputFilesOf({ ...job, TranscriptionJobStatus: 'IN_PROGRESS' })).toEqual([]);
    expect(
      outputFilesOf({ ...job, TranscriptionJobStatus: 'COMPLETED' }).map((f) => f.kind),
    ).toEqual(['Transcript']);
  });
});

describe('filesThatDiffer', () => {
  it('flags the file whose key or scheme is not the one the others share', () => {
    expect(filesThatDiffer([kms('a'), kms('a'), { kind: 'sse-s3' }, kms('a')])).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(filesThatDiffer([kms('a'), kms('b'), kms('a')])).toEqual([false, true, false]);
  });

  it('on a tie keeps the transcript as the reference; files not read yet are not flagged', () => {
    expect(filesThatDiffer([kms('a'), { kind: 'sse-s3' }])).toEqual([false, true]);
    expect(filesThatDiffer([kms('a'), undefined, kms('a')])).toEqual([false, false, false]);
  });
});
