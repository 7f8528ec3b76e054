import type { ServerResponse } from 'node:http';
import { AwsError, internalFailure } from '../core/errors';
import type { Faults } from '../core/faults';
import { type HttpResponse, type RawRequest, send } from '../core/http';
import type { RequestLog } from '../core/request-log';
import type { Operation, ServiceDescription } from '../core/service';
import { SigV4Failure, verifySigV4 } from '../core/sigv4';
import type { Principal, RequestContext, World } from '../core/types';

/** What serving a call needs beyond the request: the world, the faults and the log. */
export interface CallEnvironment {
  world: World;
  faults: Faults;
  log: RequestLog;
}

/** A call as a protocol has read it, with the protocol's own parse and replies. */
export interface Call<I, O> {
  service: ServiceDescription;
  /** The operation's name as the request gives it (it may name no operation). */
  operation: string;
  /** The operation, if the service has one of that name. */
  handler: Operation<I, O> | undefined;
  requestId: string;
  raw: RawRequest;
  /** The operation's input from the request; runs once the caller is authenticated. */
  parse(): I;
  /** The protocol's error for a name that is not one of the service's operations. */
  unknownOperation(): AwsError;
  signatureError(failure: SigV4Failure): AwsError;
  reply(output: O): HttpResponse;
  replyError(error: AwsError): HttpResponse;
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
  let principal: Principal | undefined;
  try {
    if (mustAuthenticate(service, operation, call.raw))
      principal = await authenticate(env.world, call as Call<unknown, unknown>);
    const input = call.parse();
    if (!call.handler) throw call.unknownOperation();
    const drop = await env.faults.apply(service.id, operation, service.throttling);
    const ctx: RequestContext = {
      requestId: call.requestId,
      service: service.id,
      operation,
      region: env.world.options.region,
      principal,
      world: env.world,
      accessDenied: service.accessDenied,
    };
    const output = await call.handler(ctx, input);
    if (drop) {
      env.log.add({
        service: service.id,
        operation,
        caller: principal?.arn,
        status: 200,
        error: 'response dropped',
      });
      res.destroy();
      return;
    }
    const response = call.reply(output);
    send(res, { ...response, headers: { ...common, ...response.headers } });
    env.log.add({
      service: service.id,
      operation,
      caller: principal?.arn,
      status: response.status,
    });
  } catch (caught) {
    const error = asAwsError(caught);
    const response = call.replyError(error);
    send(res, { ...response, headers: { ...common, ...response.headers } });
    env.log.add({
      service: service.id,
      operation,
      caller: principal?.arn,
      status: error.status,
      error: error.code,
    });
  }
}
