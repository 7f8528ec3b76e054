import type { ServiceId } from './types';

/**
 * Faults tests and demos switch on through `/_local/faults`: added latency, throttling and
 * server errors at a rate, and "commit then drop the response" for chosen operations.
 */
export interface FaultRule {
  /** Limits the rule to one service and/or operation; absent means any. */
  service?: ServiceId;
  operation?: string;
  latencyMs?: number;
  /** 0–1: share of matching requests refused with the service's throttling error. */
  throttleRate?: number;
  /** 0–1: share of matching requests answered with a 500. */
  errorRate?: number;
  /** The operation runs and commits, then the connection is dropped with no response. */
  dropResponse?: boolean;
  /** How many matching requests the rule applies to before it expires; absent means all. */
  times?: number;
}

export class Faults {
  private rules: FaultRule[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ ...rule }));
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules that apply to this request, counting it against rules with `times`. */
  take(service: ServiceId, operation: string): FaultRule[] {
    const matched = this.rules.filter(
      (rule) =>
        (rule.service === undefined || rule.service === service) &&
        (rule.operation === undefined || rule.operation === operation),
    );
    for (const rule of matched) if (rule.times !== undefined) rule.times--;
    this.rules = this.rules.filter((rule) => rule.times === undefined || rule.times > 0);
    return matched;
  }
}

export const throttlingError: Record<ServiceId, { code: string; status: number; message: string }> =
  {
    kms: { code: 'ThrottlingException', status: 400, message: 'Rate exceeded' },
    transcribe: {
      code: 'LimitExceededException',
      status: 400,
      message: 'You have sent too many requests in too short a period of time.',
    },
    s3: { code: 'SlowDown', status: 503, message: 'Please reduce your request rate.' },
    sts: { code: 'Throttling', status: 400, message: 'Rate exceeded' },
    'cognito-idp': { code: 'TooManyRequestsException', status: 400, message: 'Rate exceeded' },
    'cognito-identity': { code: 'TooManyRequestsException', status: 400, message: 'Rate exceeded' },
  };
