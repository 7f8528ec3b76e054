import type { MediaFormat } from '@aws-sdk/client-transcribe';
import { MEDIA_FORMATS } from './shapes';

/** An S3 object a job reads or writes. */
export interface S3Location {
  bucket: string;
  key: string;
}

const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/** `bucket/key…` (path style) or undefined when either part is missing. */
function pathStyle(path: string): S3Location | undefined {
  const slash = path.indexOf('/');
  if (slash <= 0) return undefined;
  const bucket = path.slice(0, slash);
  const key = path.slice(slash + 1);
  return key ? { bucket, key } : undefined;
}

/**
 * The bucket and key a media URI names, in the forms Transcribe accepts: `s3://bucket/key`,
 * and the HTTPS forms of S3 (path style `https://s3[.region].amazonaws.com/bucket/key`,
 * virtual-hosted `https://bucket.s3[.region].amazonaws.com/key`). The emulator's own address
 * (`http://127.0.0.1:4566/bucket/key`) is accepted too, since that is where its S3 lives.
 */
export function parseMediaUri(uri: string, publicUrl?: string): S3Location | undefined {
  if (uri.startsWith('s3://')) return pathStyle(uri.slice('s3://'.length));
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = decode(url.pathname.slice(1));
  if (path === undefined) return undefined;
  if (publicUrl && url.origin === new URL(publicUrl).origin) return pathStyle(path);
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname;
  if (/^s3([.-][a-z0-9-]+)?\.amazonaws\.com$/.test(host)) return pathStyle(path);
  const virtual = /^(.+)\.s3([.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(host);
  if (virtual && path) return { bucket: virtual[1]!, key: path };
  return undefined;
}

/** The media format a file name implies, as Transcribe detects it when MediaFormat is absent. */
export function formatFromKey(key: string): MediaFormat | undefined {
  const dot = key.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = key.slice(dot + 1).toLowerCase();
  return (MEDIA_FORMATS as readonly string[]).includes(extension)
    ? (extension as MediaFormat)
    : undefined;
}

/** Typical sample rates, for media whose metadata does not say. */
export function defaultSampleRate(format: MediaFormat): number {
  switch (format) {
    case 'amr':
      return 8000;
    case 'wav':
      return 16000;
    case 'ogg':
    case 'webm':
      return 48000;
    default:
      return 44100;
  }
}

/**
 * Where a job's transcript goes in the customer's bucket, by AWS's OutputKey rules: no key →
 * `NAME.json`; a key ending in `/` is a folder (`folder/NAME.json`); a key ending in `.json`
 * is the file name; any other key is a folder too (`key/NAME.json`).
 */
export function transcriptKey(jobName: string, outputKey?: string): string {
  if (!outputKey) return `${jobName}.json`;
  if (outputKey.endsWith('/')) return `${outputKey}${jobName}.json`;
  if (outputKey.endsWith('.json')) return outputKey;
  return `${outputKey}/${jobName}.json`;
}

/** Subtitle files sit beside the transcript with the same base name. */
export const subtitleKey = (transcript: string, format: string) =>
  `${transcript.replace(/\.json$/, '')}.${format}`;

/** The redacted transcript sits beside the transcript, `redacted-` before its file name. */
export function redactedKey(transcript: string): string {
  const slash = transcript.lastIndexOf('/');
  return `${transcript.slice(0, slash + 1)}redacted-${transcript.slice(slash + 1)}`;
}

/** AWS's form of an object's address in GetTranscriptionJob (customer buckets). */
export const s3HttpsUri = (region: string, location: S3Location) =>
  `https://s3.${region}.amazonaws.com/${location.bucket}/${location.key}`;
