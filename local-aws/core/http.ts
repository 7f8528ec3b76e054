import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline, Readable } from 'node:stream';
import { AwsError } from './errors';
import { EXPOSED_HEADERS } from '../../common/web-security';

/**
 * A request's head as it arrived: enough to route it to a service and operation, and (for
 * every protocol but the query protocol, whose Action is in the body) to decide whether its
 * signature can be accepted before the body is read.
 */
export interface RequestHead {
  method: string;
  /** The path exactly as sent (still percent-encoded). */
  rawPath: string;
  /** The query string without `?`, exactly as sent. */
  rawQuery: string;
  /** Lower-cased header names; repeated headers joined with commas. */
  headers: Record<string, string>;
}

/** A request as it arrived, before any parsing of its body. */
export interface RawRequest extends RequestHead {
  body: Buffer;
  /**
   * The body still unread, for the operations that stream it into the store (S3 object
   * writes); `body` is then empty.
   */
  stream?: Readable;
}

/** An answer over plain HTTP: what REST-XML operations and plain routes return. */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** A stream is piped out (S3 object bodies), never held whole. */
  body?: Buffer | string | Readable;
}

export function requestHead(req: IncomingMessage): RequestHead {
  const url = req.url ?? '/';
  const question = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  return {
    method: req.method ?? 'GET',
    rawPath: (question < 0 ? url : url.slice(0, question)) || '/',
    rawQuery: question < 0 ? '' : url.slice(question + 1),
    headers,
  };
}

/** The largest body any service takes in one request. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new AwsError('RequestEntityTooLarge', 'Request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A query string or form body; a repeated name collects its values in order. */
export function parseQuery(rawQuery: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (!rawQuery) return query;
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeURIComponent((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, '%20'));
    const value = eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, '%20'));
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/** Headers a browser may read from our answers: one list with the build's and the stack's. */
const EXPOSED = EXPOSED_HEADERS.join(', ');

/**
 * The headers every answer carries: CORS for the console's origin, and the `Date` of the
 * emulator's clock. AWS dates its answers by its own clock, which the SDK uses to correct a
 * client's skew: with the clock moved (tests), the Date header must move too.
 */
export function commonHeaders(req: IncomingMessage, now: Date): Record<string, string> {
  const origin = req.headers.origin;
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-expose-headers': EXPOSED,
    ...(origin ? { vary: 'Origin' } : {}),
    date: now.toUTCString(),
  };
}

/** Answers a CORS preflight, allowing whatever headers the browser asks for. */
export function answerPreflight(
  req: IncomingMessage,
  res: ServerResponse,
  common: Record<string, string>,
): void {
  res.writeHead(200, {
    ...common,
    'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
    'content-length': '0',
  });
  res.end();
}

export function send(res: ServerResponse, response: HttpResponse): void {
  res.writeHead(response.status, response.headers);
  const body = response.body;
  if (body instanceof Readable)
    // A failure part way (a block found damaged, a client gone) ends the connection: the
    // client sees a cut response, never wrong bytes.
    pipeline(body, res, (error) => {
      if (error) res.destroy();
    });
  else res.end(body);
}
