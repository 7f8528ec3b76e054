import { randomUUID } from 'node:crypto';
import { AwsError, malformedQueryString, serializationError } from '../core/errors';
import type { HttpResponse, RawRequest, RequestHead } from '../core/http';
import type { SigV4Failure } from '../core/sigv4';
import type { JsonService } from '../core/service';
import { answer, type Serve, serveCall } from './call';
import { signatureError } from './signature-errors';

// AWS JSON 1.1: `POST /` with `X-Amz-Target: <prefix>.<Operation>` and a JSON object body;
// replies are JSON, errors carry `__type` and the service's message member.

/**
 * A value with AWS's encodings in place of Dates (epoch seconds) and bytes (base64); what holds
 * neither is returned as it is, uncopied. Done before JSON.stringify rather than in a replacer:
 * a replacer is a call per key of every answer, a twentieth of local-aws's time under load.
 */
function awsEncoded(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const encoded = awsEncoded(item);
      if (encoded !== item) (copy ??= value.slice())[i] = encoded;
    }
    return copy ?? value;
  }
  // Objects of other kinds (a Map, anything with toJSON) are left to JSON.stringify, as before.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const encoded = awsEncoded(item);
    if (encoded !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = encoded;
  }
  return copy ?? value;
}

/** JSON with AWS's encodings: timestamps as epoch seconds, blobs as base64. */
export function toAwsJson(value: unknown): string {
  return JSON.stringify(awsEncoded(value));
}

/** How deep JSON input may nest: no AWS input shape comes near it. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether the JSON text nests deeper than `limit`, in one pass outside strings: walking a
 * deeper document (validation, storing it) would overflow the stack.
 */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > limit) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}

/** The request body as a JSON object; an empty body is an empty input. */
export function parseJsonBody(body: Buffer): object {
  const text = body.toString('utf8');
  if (!text.trim()) return {};
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    throw serializationError(`JSON input nests deeper than ${MAX_JSON_DEPTH} levels.`);
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw serializationError('Start of structure or map found where not expected.');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw serializationError('Start of structure or map found where not expected.');
  return input;
}

const unknownOperation = (service: string, operation: string) =>
  new AwsError(
    'UnknownOperationException',
    `local-aws does not implement ${service} operation ${operation}.`,
    400,
  );

function jsonReply(requestId: string, status: number, body: string, errorType?: string) {
  return {
    status,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': requestId,
      ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  } satisfies HttpResponse;
}

function errorReply(requestId: string, error: AwsError, messageMember: string): HttpResponse {
  const body = JSON.stringify({
    __type: error.code,
    [messageMember]: error.message,
    ...error.extra,
  });
  return jsonReply(requestId, error.status, body, error.code);
}

export const isJsonRequest = (head: RequestHead) => head.headers['x-amz-target'] !== undefined;

const requestTooLarge = (limit: number) =>
  new AwsError(
    'RequestEntityTooLargeException',
    `Request body exceeds the maximum of ${limit} bytes.`,
    413,
  );

/** What a call to one service needs beyond its head: made once per service, not per request. */
function callParts(service: JsonService) {
  return {
    service,
    operations: service.operations,
    // Each operation is typed with its SDK input, which is what the parsed JSON stands for.
    parse: (raw: RawRequest, operation: string) => {
      const input = parseJsonBody(raw.body);
      service.memberTypes?.(operation)?.(input);
      return input as never;
    },
    unknownOperation: (name: string) => unknownOperation(service.name, name),
    signatureError: (failure: SigV4Failure) => signatureError(failure, 'json'),
    bodyTooLarge: (_: string, limit: number) => requestTooLarge(limit),
    malformedUri: malformedQueryString,
    reply: (output: unknown, requestId: string) =>
      jsonReply(requestId, 200, toAwsJson(output ?? {})),
    replyError: (error: AwsError, requestId: string) =>
      errorReply(requestId, error, service.messageMember),
  };
}

/** Serves the JSON 1.1 services, found by their target prefix. */
export function jsonProtocol(services: readonly JsonService[]): Serve {
  const byPrefix = new Map(services.map((service) => [service.targetPrefix, callParts(service)]));
  return (env, head, body, res, common) => {
    const target = head.headers['x-amz-target'] ?? '';
    const dot = target.indexOf('.');
    const prefix = dot < 0 ? target : target.slice(0, dot);
    const operation = dot < 0 ? '' : target.slice(dot + 1);
    const parts = byPrefix.get(prefix);
    if (!parts) {
      const error = unknownOperation(prefix || '(no service)', operation);
      answer(res, common, errorReply(randomUUID(), error, 'message'));
      env.log.add({ service: 'unknown', operation, status: error.status, error: error.code });
      return Promise.resolve();
    }
    return serveCall(env, parts, operation, head, body, res, common);
  };
}
