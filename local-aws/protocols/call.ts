import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { AwsError, internalFailure } from '../core/errors';
import type { Faults } from '../core/faults';
import { BodyTooLarge, DEFAULT_BODY_LIMIT, type IncomingBody } from '../core/body';
import {
  type HttpResponse,
  MalformedEscape,
  type RawRequest,
  type RequestHead,
  writeAnswer,
} from '../core/http';
import type { RequestLog } from '../core/request-log';
import type { Operation, ServiceDescription } from '../core/service';
import { checkSignedHead, SigV4Failure } from '../core/sigv4';
import { verifySignature } from '../core/sigv4-signature';
import type { Principal, World } from '../core/types';

/** What serving a call needs beyond the request: the world, the faults and the log. */
export interface CallEnvironment {
  world: World;
  faults: Faults;
  log: RequestLog;
}

/** How a protocol serves a request (its body not yet read), with the headers every answer carries. */
export type Serve = (
  env: CallEnvironment,
  head: RequestHead,
  body: IncomingBody,
  res: ServerResponse,
  common: Record<string, string>,
) => Promise<void>;

/**
 * How a protocol serves one service's calls: its own parse and replies. Made once per service
 * where it can be (JSON), so that a request allocates no copy of it.
 */
export interface Call<I, O> {
  service: ServiceDescription;
  /** The service's operations, of which the call may name one. */
  operations: ReadonlyMap<string, Operation<I, O>>;
  /** The operation the body names, for a protocol whose head does not. */
  operationIn?(raw: RawRequest): string;
  /** The operation's input from the request; runs once the caller is authenticated. */
  parse(raw: RawRequest, operation: string): I;
  /** The protocol's error for a name that is not one of the service's operations. */
  unknownOperation(operation: string): AwsError;
  signatureError(failure: SigV4Failure): AwsError;
  /** A body over the service's limit. */
  bodyTooLarge(operation: string, limit: number): AwsError;
  /** A percent-escape that does not decode, in the path, query or form body. */
  malformedUri(): AwsError;
  reply(output: O, requestId: string): HttpResponse;
  replyError(error: AwsError, requestId: string): HttpResponse;
}

/** Writes a protocol's answer with the headers every answer carries. */
export function answer(
  res: ServerResponse,
  common: Record<string, string>,
  response: HttpResponse,
): void {
  writeAnswer(res, response.status, { ...common, ...response.headers }, response.body);
}

const SIGNED_QUERY = /(?:^|&)X-Amz-(?:Algorithm|Credential|Signature)=/;

/** Whether a call must be signed; a signature that is present is verified either way. */
function mustAuthenticate(
  service: ServiceDescription,
  operation: string | undefined,
  head: RequestHead,
): boolean {
  return (
    service.signed === 'all' ||
    operation === undefined ||
    service.signed.includes(operation) ||
    head.headers.authorization !== undefined ||
    SIGNED_QUERY.test(head.rawQuery)
  );
}

/**
 * The body once the head has passed: read whole within the service's limit, or handed to an
 * operation that streams it.
 */
function readRequest(
  service: ServiceDescription,
  operation: string | undefined,
  head: RequestHead,
  body: IncomingBody,
): RawRequest | Promise<RawRequest> {
  const limit = service.bodyLimit?.(operation) ?? DEFAULT_BODY_LIMIT;
  const { method, rawPath, rawQuery, headers } = head;
  if (limit === 'stream')
    return { method, rawPath, rawQuery, headers, body: Buffer.alloc(0), stream: body.stream() };
  return body.read(limit).then((read) => ({ method, rawPath, rawQuery, headers, body: read }));
}

function asAwsError(error: unknown, call: Call<unknown, unknown>, operation: string): AwsError {
  if (error instanceof AwsError) return error;
  if (error instanceof SigV4Failure) return call.signatureError(error);
  if (error instanceof BodyTooLarge) return call.bodyTooLarge(operation, error.limit);
  if (error instanceof MalformedEscape) return call.malformedUri();
  console.error('local-aws: handler failed', error);
  return internalFailure();
}

/**
 * The one step every protocol's calls go through, in an order that never reads a body it
 * could refuse from the head: check the signature's head (when the service asks for one),
 * read the body within the service's limit, verify the signature over it, parse the input,
 * refuse unknown operations, apply `/_local/faults`, run the operation, and answer with the
 * protocol's reply or error, logging the outcome either way.
 */
export async function serveCall<I, O>(
  env: CallEnvironment,
  call: Call<I, O>,
  /**
   * The operation's name as the head gives it (it may name no operation); undefined for the
   * query protocol, whose Action is in the body and whose services sign every call.
   */
  named: string | undefined,
  head: RequestHead,
  body: IncomingBody,
  res: ServerResponse,
  common: Record<string, string>,
): Promise<void> {
  const { service } = call;
  let operation = named ?? '';
  const requestId = randomUUID();
  let principal: Principal | undefined;
  try {
    const checked = mustAuthenticate(service, named, head)
      ? checkSignedHead(env.world, head, {
          service: service.id,
          // S3 answers a wrong Region per bucket, naming the bucket's.
          region: service.protocol === 'rest-xml' ? undefined : env.world.options.region,
        })
      : undefined;
    const raw = await readRequest(service, named, head, body);
    if (call.operationIn) operation = call.operationIn(raw);
    if (checked)
      principal = verifySignature(env.world, checked, raw.stream ? undefined : raw.body).principal;
    const input = call.parse(raw, operation);
    const handler = call.operations.get(operation);
    if (!handler) throw call.unknownOperation(operation);
    // No rules set (the usual case): no wait for a promise that has nothing to do.
    const drop =
      env.faults.active && (await env.faults.apply(service.id, operation, service.throttling));
    const result = handler(
      {
        requestId,
        service: service.id,
        operation,
        region: env.world.options.region,
        principal,
        world: env.world,
        accessDenied: service.accessDenied,
      },
      input,
    );
    // Most operations answer at once: a promise only when the operation has one to wait for.
    const output = result instanceof Promise ? ((await result) as O) : result;
    if (drop) {
      record(env, service, operation, principal, 200, 'response dropped');
      res.destroy();
      const body = (output as { body?: unknown } | undefined)?.body;
      if (body instanceof Readable) body.destroy();
      return;
    }
    const response = call.reply(output, requestId);
    answer(res, common, response);
    record(env, service, operation, principal, response.status);
  } catch (caught) {
    const error = asAwsError(caught, call as Call<unknown, unknown>, operation);
    answer(res, common, call.replyError(error, requestId));
    record(env, service, operation, principal, error.status, error.code);
  }
}

function record(
  env: CallEnvironment,
  service: ServiceDescription,
  operation: string,
  principal: Principal | undefined,
  status: number,
  error?: string,
): void {
  env.log.add(
    error
      ? { service: service.id, operation, caller: principal?.arn, status, error }
      : { service: service.id, operation, caller: principal?.arn, status },
  );
}
