import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';

/**
 * What a JSON 1.1 or query call, or an S3 call with an XML body, may send: far more than any
 * of their inputs needs (a key policy is at most 32 KiB, 10,000 parts of a multipart upload
 * about 1.5 MB), and little enough that concurrent requests cannot exhaust memory.
 */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** A body longer than the service takes. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/**
 * A request's body, left unread until the request has passed every check its head allows
 * (route, operation, signature): a request refused on its head never has its body buffered.
 * A client that sent `Expect: 100-continue` is told to send the body only when it is read.
 */
export class IncomingBody {
  private taken = false;
  private continued = false;

  constructor(
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
  ) {}

  /** The length the client declared in Content-Length, if it declared one. */
  get declaredLength(): number | undefined {
    const header = this.req.headers['content-length'];
    return header === undefined || !/^\d+$/.test(header) ? undefined : Number(header);
  }

  /**
   * The body, whole. Over `limit` bytes it is BodyTooLarge, decided from Content-Length
   * before anything is read when the client declared one, else as soon as the limit passes;
   * the rest is then left to the answer's close (see `send`), never buffered.
   */
  read(limit: number): Promise<Buffer> {
    this.take();
    const declared = this.declaredLength;
    if (declared !== undefined && declared > limit) return Promise.reject(new BodyTooLarge(limit));
    this.sendContinue();
    const req = this.req;
    // Read as it lies in the request's buffer on each 'readable' (no flowing mode, no 'data'
    // event per chunk), and done once the parser has the whole message: a small body that came
    // with its head is one read, answered without waiting for the stream's own 'end'.
    return new Promise((resolveBody, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const stop = () => {
        req.off('readable', onReadable).off('end', onEnd).off('error', onError);
        req.off('close', onClose);
      };
      const fail = (error: Error) => {
        stop();
        // Flowing with no listener: whatever else arrives is dropped as it comes.
        req.resume();
        reject(error);
      };
      const onEnd = () => {
        stop();
        resolveBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
      };
      const onReadable = () => {
        let chunk: Buffer | null;
        while ((chunk = req.read() as Buffer | null) !== null) {
          size += chunk.length;
          if (size > limit) return fail(new BodyTooLarge(limit));
          chunks.push(chunk);
        }
        if (req.complete) onEnd();
      };
      const onError = (error: Error) => fail(error);
      const onClose = () => fail(new Error('the client went away before sending its body'));
      req.on('readable', onReadable).on('end', onEnd).on('error', onError).on('close', onClose);
    });
  }

  /** The body as it arrives, for an operation that streams it (S3 object data). */
  stream(): Readable {
    this.take();
    this.sendContinue();
    return this.req;
  }

  private take(): void {
    if (this.taken) throw new Error('a request body is read once');
    this.taken = true;
  }

  private sendContinue(): void {
    if (this.continued || this.res.headersSent) return;
    this.continued = true;
    if (/\b100-continue\b/i.test(this.req.headers.expect ?? '')) this.res.writeContinue();
  }
}
