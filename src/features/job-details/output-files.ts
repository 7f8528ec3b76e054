import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { type OutputEncryption, kmsKeyOf, outputEncryptionLabel } from './output-encryption';
import {
  parseTranscriptFileUri,
  type TranscriptLocation,
} from '@/lib/transcribe/transcript-location';

/** One file a completed job wrote, as GetTranscriptionJob names it. */
export interface OutputFile {
  /** What the file is: "Transcript", "Redacted transcript", "SRT subtitles" … */
  kind: string;
  uri: string;
  location: TranscriptLocation;
  /** The file's name, the last part of its key or URL path. */
  fileName: string;
}

function fileNameOf(location: TranscriptLocation, uri: string): string {
  if (location.kind === 'customer-bucket') return location.key.split('/').pop() ?? location.key;
  try {
    return decodeURIComponent(new URL(uri).pathname.split('/').pop() ?? uri);
  } catch {
    return uri;
  }
}

/**
 * Every file of a completed job: the transcript (the unredacted one when the job redacted, and
 * asked for both), the redacted transcript, and each subtitle file, in that order.
 */
export function outputFilesOf(job: TranscriptionJob, s3Endpoint?: string): OutputFile[] {
  if (job.TranscriptionJobStatus !== 'COMPLETED') return [];
  const files: OutputFile[] = [];
  const add = (kind: string, uri: string | undefined) => {
    if (!uri) return;
    const location = parseTranscriptFileUri(uri, s3Endpoint);
    files.push({ kind, uri, location, fileName: fileNameOf(location, uri) });
  };
  const redacted = job.ContentRedaction !== undefined;
  add(redacted ? 'Unredacted transcript' : 'Transcript', job.Transcript?.TranscriptFileUri);
  add('Redacted transcript', job.Transcript?.RedactedTranscriptFileUri);
  for (const uri of job.Subtitles?.SubtitleFileUris ?? [])
    add(/\.vtt(?:$|\?)/i.test(uri) ? 'WebVTT subtitles' : 'SRT subtitles', uri);
  return files;
}

/** How a file is encrypted, as one comparable value: the scheme and the key. */
export const encryptionSignature = (encryption: OutputEncryption): string =>
  `${outputEncryptionLabel(encryption)}|${kmsKeyOf(encryption) ?? ''}`;

/**
 * The files whose encryption differs from the others': the encryption most files share is the
 * job's (on a tie, the first file's, the transcript's); any other is flagged. Files not read yet
 * are left out of the count.
 */
export function filesThatDiffer(encryptions: readonly (OutputEncryption | undefined)[]): boolean[] {
  const counts = new Map<string, number>();
  const signatures = encryptions.map((e) => (e ? encryptionSignature(e) : undefined));
  for (const signature of signatures)
    if (signature) counts.set(signature, (counts.get(signature) ?? 0) + 1);
  let common: string | undefined;
  for (const signature of signatures)
    if (signature && (common === undefined || counts.get(signature)! > counts.get(common)!))
      common = signature;
  return signatures.map((signature) => signature !== undefined && signature !== common);
}
