import { AwsError } from './errors';
import type { ErrorWording, ServiceId } from './types';

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

  /**
   * Applies the rules for one request: their latency, then throttling (in the service's
   * words) or a 500 at their rates. Returns whether the response is to be dropped.
   */
  async apply(
    service: ServiceId,
    operation: string,
    throttling: ErrorWording & { message: string },
  ): Promise<boolean> {
    const rules = this.take(service, operation);
    for (const rule of rules) {
      if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
    }
    for (const rule of rules) {
      if (rule.throttleRate && Math.random() < rule.throttleRate)
        throw new AwsError(throttling.code, throttling.message, throttling.status);
      if (rule.errorRate && Math.random() < rule.errorRate)
        throw new AwsError('InternalFailure', 'local-aws: injected server error', 500);
    }
    return rules.some((rule) => rule.dropResponse);
  }
}
