import { createHash, createHmac } from 'node:crypto';
import { AwsError } from '../../core/errors';

/**
 * The `aws-chunked` body the SDKs send for streaming uploads:
 * `<hex size>[;chunk-signature=<sig>]\r\n<data>\r\n … 0[;chunk-signature=…]\r\n<trailers>\r\n`.
 */
export interface DecodedChunkedBody {
  data: Buffer;
  /** Trailing headers (`x-amz-checksum-crc32: …`), names lower-cased. */
  trailers: Record<string, string>;
}

/** What is needed to check `STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]` chunk signatures. */
export interface ChunkSigning {
  /** The request's own signature, which seeds the chain. */
  seedSignature: string;
  /** `x-amz-date` of the request. */
  amzDate: string;
  /** `date/region/service/aws4_request`. */
  scope: string;
  secretAccessKey: string;
}

const EMPTY_SHA256 = createHash('sha256').update('').digest('hex');
const sha256Hex = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) =>
  createHmac('sha256', key).update(data).digest();

function signingKey(signing: ChunkSigning): Buffer {
  const [date, region, service] = signing.scope.split('/') as [string, string, string];
  const kDate = hmac(`AWS4${signing.secretAccessKey}`, date);
  return hmac(hmac(hmac(kDate, region), service), 'aws4_request');
}

const incomplete = () =>
  new AwsError(
    'IncompleteBody',
    'The request body terminated unexpectedly or is not a valid aws-chunked stream.',
    400,
  );

const chunkSignatureMismatch = () =>
  new AwsError(
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    403,
  );

export function decodeAwsChunked(body: Buffer, signing?: ChunkSigning): DecodedChunkedBody {
  const parts: Buffer[] = [];
  const key = signing && signingKey(signing);
  let previous = signing?.seedSignature ?? '';
  let pos = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', pos);
    if (lineEnd < 0) throw incomplete();
    const line = body.subarray(pos, lineEnd).toString('latin1');
    const [sizeText = '', ...extensions] = line.split(';');
    if (!/^[0-9a-fA-F]+$/.test(sizeText)) throw incomplete();
    const size = parseInt(sizeText, 16);
    const start = lineEnd + 2;
    if (start + size > body.length) throw incomplete();
    const chunk = body.subarray(start, start + size);
    if (key && signing) {
      const given = extensions
        .find((e) => e.startsWith('chunk-signature='))
        ?.slice('chunk-signature='.length);
      const stringToSign = [
        'AWS4-HMAC-SHA256-PAYLOAD',
        signing.amzDate,
        signing.scope,
        previous,
        EMPTY_SHA256,
        sha256Hex(chunk),
      ].join('\n');
      const expected = createHmac('sha256', key).update(stringToSign).digest('hex');
      if (given !== expected) throw chunkSignatureMismatch();
      previous = expected;
    }
    parts.push(chunk);
    pos = start + size;
    if (size === 0) break;
    if (body.subarray(pos, pos + 2).toString('latin1') !== '\r\n') throw incomplete();
    pos += 2;
  }
  // After the last chunk: optional trailer lines, ended by an empty line or the body's end.
  const trailers: Record<string, string> = {};
  const rest = body.subarray(pos).toString('utf8');
  let trailerSignature: string | undefined;
  const trailerLines: string[] = [];
  for (const line of rest.split('\r\n')) {
    if (!line) continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw incomplete();
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'x-amz-trailer-signature') trailerSignature = value;
    else {
      trailers[name] = value;
      trailerLines.push(`${name}:${value}\n`);
    }
  }
  if (key && signing && trailerSignature !== undefined) {
    const stringToSign = [
      'AWS4-HMAC-SHA256-TRAILER',
      signing.amzDate,
      signing.scope,
      previous,
      sha256Hex(trailerLines.join('')),
    ].join('\n');
    if (createHmac('sha256', key).update(stringToSign).digest('hex') !== trailerSignature)
      throw chunkSignatureMismatch();
  }
  return { data: Buffer.concat(parts), trailers };
}

/** Whether a request body is `aws-chunked` (by its declared payload hash or encoding). */
export function isAwsChunked(headers: Record<string, string>): boolean {
  const payload = headers['x-amz-content-sha256'] ?? '';
  const encoding = (headers['content-encoding'] ?? '').split(',').map((e) => e.trim());
  return payload.startsWith('STREAMING-') || encoding.includes('aws-chunked');
}
