import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline, Readable } from 'node:stream';
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
  /** The body, read whole once the request passed authentication (empty when streamed). */
  body: Buffer;
  /**
   * The body still unread, for the operations that stream it into the store (S3 object
   * writes, a service's `bodyLimit` saying `stream`), handed over once the head passed
   * authentication; `body` is then empty. Its payload hash is the operation's to check:
   * nothing else has seen the bytes.
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

/** A malformed percent-escape in a query string, form body or path: the client's mistake. */
export class MalformedEscape extends Error {}

/** `decodeURIComponent` that fails with MalformedEscape instead of a URIError. */
export function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new MalformedEscape(`malformed percent-escape in ${text.slice(0, 64)}`);
  }
}

/** A query string or form body; a repeated name collects its values in order. */
export function parseQuery(rawQuery: string): Record<string, string | string[]> {
  // No prototype: a parameter named `__proto__` or `constructor` is just a parameter.
  const query = Object.create(null) as Record<string, string | string[]>;
  if (!rawQuery) return query;
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decodeComponent((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, '%20'));
    const value = eq < 0 ? '' : decodeComponent(part.slice(eq + 1).replace(/\+/g, '%20'));
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
    date: httpDate(now),
  };
}

/** The last Date header written, by its second: every answer in a second shares one. */
let lastDate = { second: NaN, text: '' };

function httpDate(now: Date): string {
  const second = Math.floor(now.getTime() / 1000);
  if (second !== lastDate.second) lastDate = { second, text: now.toUTCString() };
  return lastDate.text;
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

/** How long, and for how many more bytes, a refused upload may go on before it is cut. */
const LINGER_MS = 2000;
const LINGER_BYTES = 1024 * 1024;

/**
 * Closes the connection once the answer is out, without a reset, when the request's body
 * was not read (refused on its head, or over a limit). Node would destroy the socket right
 * after the answer, and a socket destroyed with unread bytes makes the kernel send a reset
 * that can reach the client before it has read the answer. Instead: `Connection: close`,
 * then only the sending half closes, the rest of the body is discarded as it arrives, and
 * the socket closes when the client is done. A client that goes on sending is no longer
 * read after LINGER_BYTES (left unread, its bytes wait in its own buffers) and is cut off
 * after LINGER_MS, so that refused uploads cost little work however large they claim to be.
 */
function closeWithoutReset(res: ServerResponse): void {
  const { req, socket } = res;
  res.setHeader('connection', 'close');
  if (!socket) return;
  // Counted chunk by chunk: over loopback a client sends megabytes between two timer ticks.
  // A paused request stops the parser reading the connection once a few chunks wait in it
  // (Node's own flow control); an unread request would instead be dumped as fast as it comes.
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) req.pause();
  });
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

/** Whether the request still has body bytes on their way that nothing will read. */
function bodyOutstanding(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

export function send(res: ServerResponse, response: HttpResponse): void {
  writeAnswer(res, response.status, response.headers, response.body);
}

/** `send` for an answer in its parts: one writeHead, then the body in one `end` or piped. */
export function writeAnswer(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: HttpResponse['body'],
): void {
  if (bodyOutstanding(res.req)) closeWithoutReset(res);
  res.writeHead(status, headers);
  if (body instanceof Readable)
    // A failure part way (a block found damaged, a client gone) ends the connection: the
    // client sees a cut response, never wrong bytes.
    pipeline(body, res, (error) => {
      if (error) res.destroy();
    });
  else res.end(body);
}
