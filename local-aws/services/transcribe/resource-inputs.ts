import { AwsError } from '../../core/errors';
import type { Principal, World } from '../../core/types';
import {
  bucketArn,
  bucketExists,
  checkS3Access,
  headObjectInternal,
  objectArn,
  objectKeysOf,
  readObjectBody,
} from '../s3/interface';
import { parseMediaUri, type S3Location } from './locations';

/**
 * Reading a custom resource's input from S3 the way Transcribe does: as the data access role
 * when there is one, else as the caller who made the request, with S3's (and, for SSE-KMS
 * objects, KMS's) checks. Each failure is a sentence for the resource's FailureReason.
 */

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Who reads: the assumed role, or the caller. */
export interface Reader {
  principal: Principal;
  /** The role's ARN when the reader is a data access role (messages name it). */
  roleArn?: string;
}

const uriOf = (location: S3Location) => `s3://${location.bucket}/${location.key}`;

const who = (reader: Reader) =>
  reader.roleArn ? `The data access role ${reader.roleArn} can't` : "You don't have permission to";

/**
 * An S3 location from an input URI: `s3://bucket/key` (and the HTTPS forms media takes), or
 * for a folder (training data) also the whole bucket, `s3://bucket` or `s3://bucket/`.
 */
export function inputLocation(
  publicUrl: string,
  uri: string,
  folder = false,
): S3Location | undefined {
  const wholeBucket = folder ? /^s3:\/\/([^/]+)\/?$/.exec(uri) : null;
  if (wholeBucket) return { bucket: wholeBucket[1]!, key: '' };
  return parseMediaUri(uri, publicUrl);
}

/** One object's bytes, as the reader. */
export function readInput(
  world: World,
  reader: Reader,
  location: S3Location,
  what: string,
): Outcome<Buffer> {
  const uri = uriOf(location);
  const missing = {
    ok: false as const,
    reason: `The ${what} ${uri} doesn't exist. Make sure that the object exists and try your request again.`,
  };
  if (!bucketExists(world, location.bucket)) return missing;
  try {
    checkS3Access(
      world,
      reader.principal,
      location.bucket,
      's3:GetObject',
      objectArn(location.bucket, location.key),
    );
    if (!headObjectInternal(world, location.bucket, location.key)) return missing;
    return {
      ok: true,
      value: readObjectBody(world, reader.principal, location.bucket, location.key),
    };
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    return { ok: false, reason: `${who(reader)} read the ${what} ${uri}. ${error.message}` };
  }
}

/**
 * Every object under a prefix (training data is a folder of text files), or the one object
 * the URI names. Listing needs s3:ListBucket as well as s3:GetObject.
 */
export function readInputFolder(
  world: World,
  reader: Reader,
  location: S3Location,
  what: string,
): Outcome<{ key: string; body: Buffer }[]> {
  const uri = uriOf(location);
  if (!bucketExists(world, location.bucket))
    return {
      ok: false,
      reason: `The ${what} ${uri} doesn't exist: there is no bucket ${location.bucket}. Check the S3 URI and try your request again.`,
    };
  try {
    checkS3Access(
      world,
      reader.principal,
      location.bucket,
      's3:ListBucket',
      bucketArn(location.bucket),
      {
        's3:prefix': location.key,
      },
    );
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    return { ok: false, reason: `${who(reader)} list the ${what} at ${uri}. ${error.message}` };
  }
  const keys = objectKeysOf(world, location.bucket).filter(
    (key) => key.startsWith(location.key) && !key.endsWith('/'),
  );
  if (keys.length === 0)
    return {
      ok: false,
      reason: `The ${what} ${uri} has no files. Make sure that the S3 URI names your data and try your request again.`,
    };
  const files: { key: string; body: Buffer }[] = [];
  for (const key of keys) {
    const read = readInput(world, reader, { bucket: location.bucket, key }, what);
    if (!read.ok) return read;
    files.push({ key, body: read.value });
  }
  return { ok: true, value: files };
}
