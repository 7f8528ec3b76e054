import type { Store } from './store';

/** An error's code and HTTP status as one service sends it. */
export interface ErrorWording {
  code: string;
  status: number;
}

export type ServiceId = 'sts' | 'kms' | 's3' | 'transcribe' | 'cognito-idp' | 'cognito-identity';

/** An IAM policy document (identity policy or KMS key policy). */
export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement[] | PolicyStatement;
}

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  /** Key policies only: `"*"`, `{ AWS: arn | account | [..] }`. */
  Principal?: '*' | { AWS?: string | string[]; Service?: string | string[] };
  Condition?: Record<string, Record<string, string | string[]>>;
}

/** Who signed a request. */
export interface Principal {
  type: 'user' | 'assumed-role';
  accountId: string;
  /** The caller ARN as STS GetCallerIdentity reports it. */
  arn: string;
  /** GetCallerIdentity's UserId (AIDA… for users, AROA…:session for roles). */
  userId: string;
  accessKeyId: string;
  /** For an assumed role: the role's own ARN, which key policies name. */
  roleArn?: string;
  /** The identity-based policies in force for this caller. */
  policies: PolicyDocument[];
}

/** An IAM user or role as the seed defines it. */
export interface IamEntity {
  kind: 'user' | 'role';
  name: string;
  accountId: string;
  arn: string;
  /** AIDA… for users, AROA… for roles. */
  id: string;
  policies: PolicyDocument[];
  /** When set, the policy is read at start from this file (relative to the repo root). */
  policyFile?: string;
  /** Roles: who may assume the role (its trust policy), e.g. a service principal. */
  trustPolicy?: PolicyDocument;
}

/** Access keys the emulator accepts: static user keys and temporary role credentials. */
export interface StoredCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Epoch milliseconds; absent for long-term keys. */
  expiration?: number;
  /** ARN of the IAM user or role (`iam` table ID). */
  entityArn: string;
  /** Assumed roles: the session name in the caller ARN. */
  sessionName?: string;
}

export interface LocalAwsOptions {
  region: string;
  /** How long transcription jobs wait in each state, in milliseconds. */
  jobDelays: { queuedMs: number; inProgressMs: number };
  /**
   * How long Transcribe takes to process a custom vocabulary (PENDING → READY) and to train a
   * custom language model (IN_PROGRESS → COMPLETED), in milliseconds. The server always sets
   * it; worlds built by hand for unit tests may leave it out (Transcribe's defaults apply).
   */
  resourceDelays?: { vocabularyMs: number; languageModelMs: number };
  /** Base URL the server is reachable at (token issuer, presigned URLs). */
  publicUrl: string;
  /** Repository root, for files such as the deployed IAM policy. */
  rootDir: string;
  /** The largest S3 object body one request may carry (5 GiB unless a test lowers it). */
  maxObjectBytes?: number;
}

/** How long custom resources take when nothing says otherwise. */
export const DEFAULT_RESOURCE_DELAYS = { vocabularyMs: 1500, languageModelMs: 4000 } as const;

export const resourceDelaysOf = (options: LocalAwsOptions) =>
  options.resourceDelays ?? DEFAULT_RESOURCE_DELAYS;

/** Everything a handler may use: state, options and the clock. */
export interface World {
  store: Store;
  options: LocalAwsOptions;
  now(): Date;
  /**
   * Schedules background work (job lifecycle) `delayMs` ahead on this world's clock: stepping
   * the clock brings it forward. Cancelled on reset and close.
   */
  schedule(delayMs: number, task: () => void): void;
  /**
   * State kept in memory only, never in the store (a rate limiter's buckets), made on first
   * use and forgotten by a reset.
   */
  inMemory<T>(name: string, make: () => T): T;
}

export interface RequestContext {
  requestId: string;
  service: ServiceId;
  operation: string;
  region: string;
  /** Absent for unsigned calls (Cognito user pool and identity pool operations). */
  principal?: Principal;
  world: World;
  /** How the service words an identity policy's refusal. */
  accessDenied: ErrorWording;
}

/** An operation the caller must sign. */
export function requirePrincipal(ctx: RequestContext): Principal {
  if (!ctx.principal) throw new Error(`${ctx.operation} reached without a verified signature`);
  return ctx.principal;
}
