import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { AwsError, internalFailure } from '../core/errors';
import type { Faults } from '../core/faults';
import { type HttpResponse, type RawRequest, send } from '../core/http';
import type { RequestLog } from '../core/request-log';
import type { Operation, ServiceDescription } from '../core/service';
import { SigV4Failure, verifySigV4 } from '../core/sigv4';
import type { Principal, World } from '../core/types';

/** What serving a call needs beyond the request: the world, the faults and the log. */
export interface CallEnvironment {
  world: World;
  faults: Faults;
  log: RequestLog;
}

/** How a protocol serves a request, with the headers every answer carries. */
export type Serve = (
  env: CallEnvironment,
  raw: RawRequest,
  res: ServerResponse,
  common: Record<string, string>,
) => Promise<void>;

/** A call as a protocol has read it, with the protocol's own parse and replies. */
export interface Call<I, O> {
  service: ServiceDescription;
  /** The operation's name as the request gives it (it may name no operation). */
  operation: string;
  /** The service's operations, of which the call may name one. */
  operations: ReadonlyMap<string, Operation<I, O>>;
  raw: RawRequest;
  /** The operation's input from the request; runs once the caller is authenticated. */
  parse(): I;
  /** The protocol's error for a name that is not one of the service's operations. */
  unknownOperation(): AwsError;
  signatureError(failure: SigV4Failure): AwsError;
  reply(output: O, requestId: string): HttpResponse;
  replyError(error: AwsError, requestId: string): HttpResponse;
}

/** Writes a protocol's answer with the headers every answer carries. */
export function answer(
  res: ServerResponse,
  common: Record<string, string>,
  response: HttpResponse,
): void {
  send(res, { ...response, headers: { ...common, ...response.headers } });
}

/** Whether a call must be signed; a signature that is present is verified either way. */
function mustAuthenticate(service: ServiceDescription, operation: string, raw: RawRequest) {
  return (
    service.signed === 'all' ||
    service.signed.includes(operation) ||
    raw.headers.authorization !== undefined
  );
}

async function authenticate(world: World, call: Call<unknown, unknown>): Promise<Principal> {
  try {
    return (await verifySigV4(world, call.raw)).principal;
  } catch (error) {
    if (error instanceof SigV4Failure) throw call.signatureError(error);
    throw error;
  }
}

function asAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  console.error('local-aws: handler failed', error);
  return internalFailure();
}

/**
 * The one step every protocol's calls go through: authenticate the caller (when the service
 * asks for it), parse the input, refuse unknown operations, apply `/_local/faults`, run the
 * operation, and answer with the protocol's reply or error, logging the outcome either way.
 */
export async function serveCall<I, O>(
  env: CallEnvironment,
  call: Call<I, O>,
  res: ServerResponse,
  common: Record<string, string>,
): Promise<void> {
  const { service, operation } = call;
  const requestId = randomUUID();
  let principal: Principal | undefined;
  const record = (status: number, error?: string) =>
    env.log.add({
      service: service.id,
      operation,
      caller: principal?.arn,
      status,
      ...(error ? { error } : {}),
    });
  try {
    if (mustAuthenticate(service, operation, call.raw))
      principal = await authenticate(env.world, call as Call<unknown, unknown>);
    const input = call.parse();
    const handler = call.operations.get(operation);
    if (!handler) throw call.unknownOperation();
    const drop = await env.faults.apply(service.id, operation, service.throttling);
    const output = await handler(
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
    if (drop) {
      record(200, 'response dropped');
      res.destroy();
      const body = (output as { body?: unknown } | undefined)?.body;
      if (body instanceof Readable) body.destroy();
      return;
    }
    const response = call.reply(output, requestId);
    answer(res, common, response);
    record(response.status);
  } catch (caught) {
    const error = asAwsError(caught);
    answer(res, common, call.replyError(error, requestId));
    record(error.status, error.code);
  }
}
