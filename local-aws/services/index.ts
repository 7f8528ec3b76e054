import type { RawRequest } from '../core/sigv4';
import type { JsonHandler, RequestContext, ServiceId, World } from '../core/types';
import { cognitoIdentityOperations } from './cognito-identity';
import { cognitoIdpOperations, cognitoIdpRoutes } from './cognito-idp';
import { kmsOperations } from './kms';
import { s3Handler } from './s3';
import { stsOperations } from './sts';
import { transcribeOperations, transcribeOnStart } from './transcribe';

export interface JsonService {
  name: string;
  service: ServiceId;
  /** Whether every call must carry a SigV4 signature (Cognito's public calls do not). */
  signed: boolean;
  /** The member that carries an error's message: Transcribe writes `Message`. */
  messageKey: 'message' | 'Message';
  // Each handler is typed with its own SDK input and output; the map erases them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  operations: Record<string, JsonHandler<any, any>>;
}

/** JSON 1.1 services by `X-Amz-Target` prefix. */
export const jsonServices: Record<string, JsonService> = {
  TrentService: {
    name: 'KMS',
    service: 'kms',
    signed: true,
    messageKey: 'message',
    operations: kmsOperations,
  },
  Transcribe: {
    name: 'Transcribe',
    service: 'transcribe',
    signed: true,
    messageKey: 'Message',
    operations: transcribeOperations,
  },
  AWSCognitoIdentityProviderService: {
    name: 'Cognito user pools',
    service: 'cognito-idp',
    signed: false,
    messageKey: 'message',
    operations: cognitoIdpOperations,
  },
  AWSCognitoIdentityService: {
    name: 'Cognito identity pools',
    service: 'cognito-identity',
    signed: false,
    messageKey: 'message',
    operations: cognitoIdentityOperations,
  },
};

/** A query-protocol operation returns the inner XML of its `<OperationResult>`. */
export type QueryHandler = (
  ctx: RequestContext,
  params: Record<string, string>,
) => Promise<string> | string;

export const stsService: { operations: Record<string, QueryHandler> } = {
  operations: stsOperations,
};

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

export interface S3Handler {
  /** The S3 operation a request is for (ListBuckets, GetObject, …), for logs and faults. */
  operationName(request: RawRequest): string;
  handle(ctx: RequestContext, request: RawRequest): Promise<HttpResponse>;
}

export const s3Service: S3Handler = s3Handler;

/** Plain HTTP routes outside the AWS protocols (the user pool's JWKS). */
export interface ExtraRoute {
  name: string;
  service: ServiceId;
  matches(request: RawRequest): boolean;
  handle(world: World, request: RawRequest): Promise<HttpResponse> | HttpResponse;
}

export const extraRoutes: ExtraRoute[] = [...cognitoIdpRoutes];

/** Work to resume when the server starts (jobs still queued or in progress). */
export const onStart: ((world: World) => void)[] = [transcribeOnStart];
