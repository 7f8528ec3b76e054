import type { AwsError } from './errors';
import type { HttpResponse, RawRequest, RequestHead } from './http';
import type { SigV4Failure } from './sigv4';
import type { ErrorWording, RequestContext, ServiceId, World } from './types';

// What a service tells the protocol layer about itself, in its own `index.ts`: its protocol,
// how it words the errors every service has, and its operations. The protocol layer serves
// any service from this description alone, so nothing outside a service's folder names it.

/** One API operation: its parsed input in, its output out; it never sees HTTP. */
export type Operation<I, O> = (ctx: RequestContext, input: I) => O | Promise<O>;

/**
 * A service's operations by name. A Map, not an object: `constructor`, `toString` or
 * `__proto__` must name no operation.
 */
export type Operations<I, O> = ReadonlyMap<string, Operation<I, O>>;

/** A plain HTTP route outside the AWS protocols (the user pool's JWKS). */
export interface HttpRoute {
  /** The name the request log gives it. */
  name: string;
  matches(head: RequestHead): boolean;
  /** Plain routes take no body: what a client sends with one is never read. */
  handle(world: World, request: RequestHead): HttpResponse | Promise<HttpResponse>;
}

interface ServiceBase {
  id: ServiceId;
  /** The service as messages name it: `local-aws does not implement KMS operation X.` */
  name: string;
  /**
   * The calls that must be signed: all of them, or only those named (Cognito's public calls
   * are unsigned). A signature that is present is verified either way.
   */
  signed: 'all' | readonly string[];
  /** The error of an identity policy's refusal. */
  accessDenied: ErrorWording;
  /** What throttling (a `/_local/faults` rule) answers with. */
  throttling: ErrorWording & { message: string };
  routes?: readonly HttpRoute[];
  /**
   * The largest body an operation takes (DEFAULT_BODY_LIMIT when absent), or `stream` for
   * one that consumes its body as it arrives (`RawRequest.stream`). The operation is
   * undefined while only the body can name it (the query protocol).
   */
  bodyLimit?: (operation: string | undefined) => number | 'stream';
  /** Work to resume once the server listens (jobs that were in flight when it stopped). */
  onStart?: (world: World) => void;
}

/**
 * JSON 1.1 operations are typed with the SDK's own input and output shapes; the table only
 * knows that each takes some JSON object and returns one.
 */
export type JsonOperation = Operation<never, unknown>;

/** A JSON 1.1 service: `POST /` with `X-Amz-Target: <targetPrefix>.<Operation>`. */
export interface JsonService extends ServiceBase {
  protocol: 'json';
  targetPrefix: string;
  /** The member that carries an error's message: Transcribe writes `Message`, others `message`. */
  messageMember: 'message' | 'Message';
  operations: ReadonlyMap<string, JsonOperation>;
  /** The check of an operation's members' JSON types, from the SDK's model of its input. */
  memberTypes?: (operation: string) => ((input: object) => void) | undefined;
}

/** A query operation: the form's parameters in, the members of its `<Result>` out. */
export type QueryOperation = Operation<Record<string, string>, object>;

/** A query-protocol service: a form POST with `Action=<Operation>`, XML replies. */
export interface QueryService extends ServiceBase {
  protocol: 'query';
  /** The namespace of its XML replies. */
  xmlns: string;
  operations: ReadonlyMap<string, QueryOperation>;
}

/**
 * A REST-XML operation binds its own members (URI, headers, status, XML body): without the
 * service model there is no generic binding, so it answers with the HTTP response itself.
 */
export type RestXmlOperation = Operation<RawRequest, HttpResponse>;

/** A REST-XML service: the operation follows from the method, path and query. */
export interface RestXmlService extends ServiceBase {
  protocol: 'rest-xml';
  operationOf(head: RequestHead): string;
  /** Signature failures in the service's own words (S3 has codes of its own). */
  signatureError(failure: SigV4Failure): AwsError;
  /** A body over `bodyLimit`, in the service's own words. */
  bodyTooLarge(operation: string, limit: number): AwsError;
  /** A malformed percent-escape in the path or query. */
  malformedUri(): AwsError;
  operations: ReadonlyMap<string, RestXmlOperation>;
}

export type ServiceDescription = JsonService | QueryService | RestXmlService;

/** An operation table from an object literal: its own entries only. */
export function operationTable<T>(operations: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(operations));
}

/**
 * A REST-XML table whose operations take the service's own parse of the request (S3's
 * path-style bucket and key), made when the operation runs.
 */
export function restXmlOperations<R>(
  parse: (raw: RawRequest) => R,
  operations: Record<string, Operation<R, HttpResponse>>,
): ReadonlyMap<string, RestXmlOperation> {
  return new Map(
    Object.entries(operations).map(([name, operation]) => [
      name,
      (ctx: RequestContext, raw: RawRequest) => operation(ctx, parse(raw)),
    ]),
  );
}
