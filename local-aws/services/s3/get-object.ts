import { AwsError } from '../../core/errors';
import {
  checkPreconditions,
  findReadableObject,
  notModified,
  objectHeaders,
} from './object-response';
import { type ByteRange, openObjectBody } from './object-store';
import type { S3Operation } from './request';
import { responseOverrides } from './response-overrides';

/**
 * Reads a `Range` header as S3 does: one `bytes=` range (first-last, first-, or -suffix);
 * anything S3 would ignore (several ranges, bad syntax, last before first) means the whole
 * object; a range past the end is `unsatisfiable`.
 */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return undefined;
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (end < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

/** GetObject, with Range; an SSE-KMS object is decrypted as the caller (kms:Decrypt). */
export const getObject: S3Operation = async (ctx, request) => {
  const { object, principal } = findReadableObject(ctx, request);
  if (checkPreconditions(request.headers, object) === 304) return notModified(object);
  const range = parseRange(request.headers.range, object.size);
  if (range === 'unsatisfiable')
    throw new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, {
      RangeRequested: request.headers.range ?? '',
      ActualObjectSize: String(object.size),
    });
  const headers = objectHeaders(
    object,
    range === undefined && request.headers['x-amz-checksum-mode'] === 'ENABLED',
  );
  Object.assign(headers, responseOverrides(request.query));
  // Streamed out; every block of it checked before the first byte (a damaged one is a 500).
  const body = await openObjectBody(ctx.world, principal, object.bucket, object.key, range);
  if (range === undefined)
    return { status: 200, headers: { ...headers, 'content-length': String(object.size) }, body };
  return {
    status: 206,
    headers: {
      ...headers,
      'content-range': `bytes ${range.start}-${range.end}/${object.size}`,
      'content-length': String(range.end - range.start + 1),
    },
    body,
  };
};
