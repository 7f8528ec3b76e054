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

const MAX_LINE_BYTES = 4096;
const MAX_TRAILER_BYTES = 16 * 1024;

/**
 * Decodes an aws-chunked body as it arrives, a piece at a time, checking each chunk's
 * signature as the chunk ends; only a chunk's own bytes are ever held (for its hash), as
 * incremental state, not the chunk itself.
 */
export class AwsChunkedDecoder {
  private readonly key?: Buffer;
  private previous: string;
  private state: 'size' | 'data' | 'data-end' | 'trailer' = 'size';
  private line: Buffer[] = [];
  private lineBytes = 0;
  private remaining = 0;
  private signature?: string;
  private chunkHash?: ReturnType<typeof createHash>;

  constructor(private readonly signing?: ChunkSigning) {
    this.key = signing && signingKey(signing);
    this.previous = signing?.seedSignature ?? '';
  }

  /** The data in `piece`, framing removed. */
  push(piece: Buffer): Buffer[] {
    const out: Buffer[] = [];
    let pos = 0;
    while (pos < piece.length) {
      if (this.state === 'data') {
        const take = Math.min(this.remaining, piece.length - pos);
        const data = piece.subarray(pos, pos + take);
        this.chunkHash?.update(data);
        out.push(data);
        this.remaining -= take;
        pos += take;
        if (this.remaining === 0) this.endChunk(false);
        continue;
      }
      if (this.state === 'trailer') {
        this.lineBytes += piece.length - pos;
        if (this.lineBytes > MAX_TRAILER_BYTES) throw incomplete();
        this.line.push(piece.subarray(pos));
        break;
      }
      // A line: the chunk's size and extensions, or the CRLF after its data.
      const newline = piece.indexOf(0x0a, pos);
      const end = newline < 0 ? piece.length : newline + 1;
      this.line.push(piece.subarray(pos, end));
      this.lineBytes += end - pos;
      if (this.lineBytes > MAX_LINE_BYTES) throw incomplete();
      pos = end;
      if (newline >= 0) this.endLine();
    }
    return out;
  }

  private endLine(): void {
    const text = Buffer.concat(this.line).toString('latin1');
    this.line = [];
    this.lineBytes = 0;
    if (!text.endsWith('\r\n')) throw incomplete();
    if (this.state === 'data-end') {
      if (text !== '\r\n') throw incomplete();
      this.state = 'size';
      return;
    }
    const [sizeText = '', ...extensions] = text.slice(0, -2).split(';');
    if (!/^[0-9a-fA-F]{1,15}$/.test(sizeText)) throw incomplete();
    this.remaining = parseInt(sizeText, 16);
    this.signature = extensions
      .find((e) => e.startsWith('chunk-signature='))
      ?.slice('chunk-signature='.length);
    this.chunkHash = this.key ? createHash('sha256') : undefined;
    if (this.remaining === 0) this.endChunk(true);
    else this.state = 'data';
  }

  private endChunk(last: boolean): void {
    if (this.key && this.signing) {
      const stringToSign = [
        'AWS4-HMAC-SHA256-PAYLOAD',
        this.signing.amzDate,
        this.signing.scope,
        this.previous,
        EMPTY_SHA256,
        this.chunkHash!.digest('hex'),
      ].join('\n');
      const expected = createHmac('sha256', this.key).update(stringToSign).digest('hex');
      if (this.signature !== expected) throw chunkSignatureMismatch();
      this.previous = expected;
    }
    this.state = last ? 'trailer' : 'data-end';
  }

  /** The trailing headers, once the body has ended; throws if it ended early. */
  end(): Record<string, string> {
    if (this.state !== 'trailer') throw incomplete();
    // After the last chunk: optional trailer lines, ended by an empty line or the body's end.
    const trailers: Record<string, string> = {};
    const rest = Buffer.concat(this.line).toString('utf8');
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
    if (this.key && this.signing && trailerSignature !== undefined) {
      const stringToSign = [
        'AWS4-HMAC-SHA256-TRAILER',
        this.signing.amzDate,
        this.signing.scope,
        this.previous,
        sha256Hex(trailerLines.join('')),
      ].join('\n');
      if (createHmac('sha256', this.key).update(stringToSign).digest('hex') !== trailerSignature)
        throw chunkSignatureMismatch();
    }
    return trailers;
  }
}

/** Decodes a whole aws-chunked body held in memory. */
export function decodeAwsChunked(body: Buffer, signing?: ChunkSigning): DecodedChunkedBody {
  const decoder = new AwsChunkedDecoder(signing);
  const data = Buffer.concat(decoder.push(body));
  return { data, trailers: decoder.end() };
}

/** Whether a request body is `aws-chunked` (by its declared payload hash or encoding). */
export function isAwsChunked(headers: Record<string, string>): boolean {
  const payload = headers['x-amz-content-sha256'] ?? '';
  const encoding = (headers['content-encoding'] ?? '').split(',').map((e) => e.trim());
  return payload.startsWith('STREAMING-') || encoding.includes('aws-chunked');
}
