/**
 * Amazon S3 URIs as the forms take them: `s3://bucket/key` for a file (media, a vocabulary),
 * `s3://bucket/prefix/` for a folder (output, training data).
 */

export type S3UriCheck<T> = { ok: true; value: T } | { ok: false; message: string };

// Transcribe's OutputBucketName pattern and length.
const outputBucketPattern = /^[a-z0-9][.\-a-z0-9]{1,61}[a-z0-9]$/;
// Transcribe's OutputKey pattern and length.
const outputKeyPattern = /^[a-zA-Z0-9\-_.!*'()/]{1,1024}$/;

/** The S3 bucket naming rules, one message per rule broken. */
export function bucketNameProblem(bucket: string): string | undefined {
  if (!bucket) return 'The bucket name is missing after s3://.';
  if (bucket.length < 3 || bucket.length > 63)
    return `A bucket name is 3–63 characters long; "${bucket}" has ${bucket.length}.`;
  if (/[A-Z]/.test(bucket)) return `Bucket names are lower case; "${bucket}" has capital letters.`;
  if (!/^[a-z0-9.-]+$/.test(bucket))
    return `A bucket name can contain only lower-case letters, digits, periods (.) and hyphens (-); "${bucket}" has other characters.`;
  if (!outputBucketPattern.test(bucket))
    return `A bucket name must begin and end with a letter or digit; "${bucket}" does not.`;
  if (bucket.includes('..')) return `A bucket name cannot contain two periods in a row.`;
  return undefined;
}

function splitS3Uri(input: string): S3UriCheck<{ bucket: string; rest: string }> {
  const value = input.trim();
  if (!value.toLowerCase().startsWith('s3://'))
    return { ok: false, message: 'The location must be an S3 URI that starts with s3://.' };
  if (!value.startsWith('s3://')) return { ok: false, message: 'Write s3:// in lower case.' };
  const path = value.slice('s3://'.length);
  const slash = path.indexOf('/');
  const bucket = slash === -1 ? path : path.slice(0, slash);
  const rest = slash === -1 ? '' : path.slice(slash + 1);
  const bucketProblem = bucketNameProblem(bucket);
  if (bucketProblem) return { ok: false, message: bucketProblem };
  return { ok: true, value: { bucket, rest } };
}

/** What an S3 location field is for, as its messages name it. */
export interface S3FileNoun {
  /** "media file", "vocabulary file". */
  noun: string;
  /** An example key, such as `audio.wav`. */
  example: string;
}

/** A file: `s3://bucket/key`, at most 2000 characters (Transcribe's Uri members). */
export function checkS3FileUri(
  input: string,
  { noun, example }: S3FileNoun,
): S3UriCheck<{ bucket: string; key: string }> {
  if (!input.trim())
    return {
      ok: false,
      message: `Enter the S3 location of the ${noun}, such as s3://bucket/${example}.`,
    };
  if (/\s/.test(input.trim()))
    return { ok: false, message: 'The S3 URI cannot contain spaces or line breaks.' };
  const split = splitS3Uri(input);
  if (!split.ok) return split;
  const { bucket, rest } = split.value;
  if (!rest || rest.endsWith('/'))
    return {
      ok: false,
      message: `Add the ${noun}'s key after the bucket: s3://${bucket}/path/${example}.`,
    };
  if (input.trim().length > 2000)
    return { ok: false, message: `The ${noun} location can be at most 2000 characters long.` };
  return { ok: true, value: { bucket, key: rest } };
}

/** The media file: `s3://bucket/key`, at most 2000 characters (Media.MediaFileUri). */
export const checkMediaUri = (input: string) =>
  checkS3FileUri(input, { noun: 'media file', example: 'audio.wav' });

/** A folder of files or one file: `s3://bucket/prefix/` or `s3://bucket/key` (training data). */
export function checkS3FolderUri(
  input: string,
  noun: string,
): S3UriCheck<{ bucket: string; prefix: string }> {
  if (!input.trim())
    return {
      ok: false,
      message: `Enter the S3 location of the ${noun}, such as s3://bucket/folder/.`,
    };
  if (/\s/.test(input.trim()))
    return { ok: false, message: 'The S3 URI cannot contain spaces or line breaks.' };
  const split = splitS3Uri(input);
  if (!split.ok) return split;
  if (input.trim().length > 2000)
    return { ok: false, message: `The ${noun} location can be at most 2000 characters long.` };
  return { ok: true, value: { bucket: split.value.bucket, prefix: split.value.rest } };
}

/**
 * The output location: `s3://bucket` or `s3://bucket/prefix/`, mapped to OutputBucketName and
 * OutputKey (none when there is no prefix), each checked against Transcribe's pattern.
 */
export function checkOutputUri(input: string): S3UriCheck<{ bucket: string; key?: string }> {
  if (!input.trim())
    return {
      ok: false,
      message: 'Enter the S3 location for the output, such as s3://bucket/transcripts/.',
    };
  const split = splitS3Uri(input);
  if (!split.ok) return split;
  const { bucket, rest } = split.value;
  if (!rest) return { ok: true, value: { bucket } };
  if (rest.length > 1024)
    return {
      ok: false,
      message: `The output key (after the bucket) can be at most 1024 characters; it has ${rest.length}.`,
    };
  if (!outputKeyPattern.test(rest))
    return {
      ok: false,
      message:
        "The output key (after the bucket) can contain only letters, digits, slashes (/) and - _ . ! * ' ( ).",
    };
  return { ok: true, value: { bucket, key: rest } };
}
