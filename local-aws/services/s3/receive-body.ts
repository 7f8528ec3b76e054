import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { AwsError } from '../../core/errors';
import type { Principal, RequestContext } from '../../core/types';
import { AwsChunkedDecoder, isAwsChunked } from './aws-chunked';
import {
  type ChecksumAlgorithm,
  checksumAlgorithms,
  checksumHasher,
  checksumHeader,
  parseChecksumAlgorithm,
  unsupportedChecksumAlgorithms,
} from './checksums';
import { invalidRequest } from './errors';
import type { S3Request } from './request';
import { chunkSigning } from './write-request';

// An object write's body (PutObject, UploadPart) as it arrives: aws-chunked framing removed
// and its chunk signatures checked, the payload hash the signature covers, Content-MD5 and
// the flexible checksum computed on the way to the store, and checked as the body ends,
// before anything is acknowledged. No more than a chunk of it is ever in memory.

/** S3's largest object in one request (PutObject) and largest part. */
export const MAX_OBJECT_BYTES = 5 * 1024 * 1024 * 1024;

/** The flexible checksum a request announces, known from its headers before its body. */
export interface ChecksumPlan {
  algorithm: ChecksumAlgorithm;
  /** Sent as a header; otherwise it comes as a trailer of the aws-chunked body. */
  header?: string;
}

export function checksumPlan(headers: Record<string, string>): ChecksumPlan | undefined {
  const trailer = (headers['x-amz-trailer'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  const given = checksumAlgorithms.filter(
    (algorithm) =>
      headers[checksumHeader(algorithm)] !== undefined ||
      trailer.includes(checksumHeader(algorithm)),
  );
  for (const algorithm of unsupportedChecksumAlgorithms) {
    const name = checksumHeader(algorithm);
    if (headers[name] !== undefined || trailer.includes(name))
      throw new AwsError(
        'NotImplemented',
        `local-aws does not implement the ${algorithm} checksum; use CRC32, CRC32C, CRC64NVME, SHA1, SHA256, SHA512 or MD5.`,
        501,
      );
  }
  if (given.length > 1)
    throw invalidRequest(
      'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.',
    );
  const sdkAlgorithm = headers['x-amz-sdk-checksum-algorithm'];
  const algorithm = given[0];
  if (!algorithm) {
    if (sdkAlgorithm !== undefined)
      throw invalidRequest(
        'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
      );
    return undefined;
  }
  if (sdkAlgorithm !== undefined && parseChecksumAlgorithm(sdkAlgorithm) !== algorithm)
    throw invalidRequest('Value for x-amz-sdk-checksum-algorithm header is invalid.');
  return { algorithm, header: headers[checksumHeader(algorithm)] };
}

function checkContentMd5Form(header: string | undefined): Buffer | undefined {
  if (header === undefined) return undefined;
  const given = Buffer.from(header, 'base64');
  if (given.length !== 16 || given.toString('base64') !== header)
    throw new AwsError('InvalidDigest', 'The Content-MD5 you specified was invalid.', 400);
  return given;
}

const tooLarge = (size: number, limit: number) =>
  new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', 400, {
    ProposedSize: String(size),
    MaxSizeAllowed: String(limit),
  });

const incompleteBody = () =>
  new AwsError(
    'IncompleteBody',
    'You did not provide the number of bytes specified by the Content-Length HTTP header',
    400,
  );

export interface ReceivedBody {
  size: number;
  /** MD5 (hex) of the data: an SSE-S3 object's or a part's ETag. */
  md5: string;
  /** The client's flexible checksum, verified. */
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
  /** The checksums asked for in `compute`, of the data. */
  sums: Partial<Record<ChecksumAlgorithm, string>>;
}

/**
 * Reads an object write's body into `sink` a piece at a time, checking everything the
 * request claims about it as it ends. `compute`: checksums to compute besides the client's.
 * Throws AwsError; the caller drops what the sink kept.
 */
export async function receiveBody(
  ctx: RequestContext,
  request: S3Request,
  principal: Principal,
  sink: (data: Buffer) => Promise<void>,
  compute: readonly ChecksumAlgorithm[] = [],
): Promise<ReceivedBody> {
  const headers = request.headers;
  const limit = ctx.world.options.maxObjectBytes ?? MAX_OBJECT_BYTES;
  const plan = checksumPlan(headers);
  const contentMd5 = checkContentMd5Form(headers['content-md5']);
  const chunked = isAwsChunked(headers);
  const declaredSize = Number(
    chunked ? headers['x-amz-decoded-content-length'] : headers['content-length'],
  );
  if (declaredSize > limit) throw tooLarge(declaredSize, limit);
  const payloadHash = headers['x-amz-content-sha256'] ?? '';
  const sha256 =
    !request.presigned && /^[0-9a-f]{64}$/.test(payloadHash) ? createHash('sha256') : undefined;
  const decoder = chunked
    ? new AwsChunkedDecoder(chunkSigning(ctx, request, principal))
    : undefined;
  const md5 = createHash('md5');
  const algorithms = [...new Set([...(plan ? [plan.algorithm] : []), ...compute])];
  const hashers = algorithms.map((algorithm) => ({ algorithm, hasher: checksumHasher(algorithm) }));
  const source = request.raw.stream ?? Readable.from([request.raw.body]);
  let size = 0;
  try {
    for await (const piece of source as AsyncIterable<Buffer>) {
      sha256?.update(piece);
      for (const data of decoder ? decoder.push(piece) : [piece]) {
        size += data.length;
        if (size > limit) throw tooLarge(size, limit);
        md5.update(data);
        for (const { hasher } of hashers) hasher.update(data);
        await sink(data);
      }
    }
  } catch (error) {
    if (error instanceof AwsError) throw error;
    // The client went away or the connection broke before the body ended.
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') throw incompleteBody();
    throw error;
  }
  const trailers = decoder?.end() ?? {};
  if (chunked && headers['x-amz-decoded-content-length'] !== undefined && declaredSize !== size)
    throw incompleteBody();
  if (sha256 && sha256.digest('hex') !== payloadHash)
    throw new AwsError(
      'XAmzContentSHA256Mismatch',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
      400,
    );
  const md5Digest = md5.digest();
  if (contentMd5 && !contentMd5.equals(md5Digest))
    throw new AwsError(
      'BadDigest',
      'The Content-MD5 you specified did not match what we received.',
      400,
    );
  const sums: ReceivedBody['sums'] = {};
  for (const { algorithm, hasher } of hashers) sums[algorithm] = hasher.digest();
  return {
    size,
    md5: md5Digest.toString('hex'),
    checksum: plan && verifyChecksum(plan, trailers, sums[plan.algorithm]!),
    sums,
  };
}

function verifyChecksum(
  plan: ChecksumPlan,
  trailers: Record<string, string>,
  expected: string,
): { algorithm: ChecksumAlgorithm; value: string } {
  const name = checksumHeader(plan.algorithm);
  const value = plan.header ?? trailers[name];
  if (value === undefined) throw invalidRequest(`The ${name} trailer was announced but not sent.`);
  if (
    Buffer.from(value, 'base64').toString('base64') !== value ||
    Buffer.from(value, 'base64').length !== Buffer.from(expected, 'base64').length
  )
    throw invalidRequest(`Value for ${name} header is invalid.`);
  if (value !== expected)
    throw new AwsError(
      'BadDigest',
      `The ${plan.algorithm} you specified did not match the calculated checksum.`,
      400,
    );
  return { algorithm: plan.algorithm, value };
}
