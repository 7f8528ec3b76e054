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

  /** Whether any rule is set. */
  get active(): boolean {
    return this.rules.length > 0;
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

const RULE_MEMBERS: Record<keyof FaultRule, (value: unknown) => boolean> = {
  service: (v) => typeof v === 'string',
  operation: (v) => typeof v === 'string',
  latencyMs: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 600_000,
  throttleRate: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  errorRate: (v) => typeof v === 'number' && v >= 0 && v <= 1,
  dropResponse: (v) => typeof v === 'boolean',
  times: (v) => Number.isInteger(v) && (v as number) >= 1,
};

const RULE_WORDING: Record<keyof FaultRule, string> = {
  service: 'a service ID',
  operation: 'an operation name',
  latencyMs: 'milliseconds, 0 to 600000',
  throttleRate: 'a share from 0 to 1',
  errorRate: 'a share from 0 to 1',
  dropResponse: 'true or false',
  times: 'a whole number from 1',
};

/** Fault rules from JSON, each member checked; a string says what is wrong with them. */
export function parseFaultRules(value: unknown): FaultRule[] | string {
  if (!Array.isArray(value)) return 'rules is a list of rules';
  if (value.length > 100) return 'at most 100 rules';
  for (const [index, rule] of value.entries()) {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule))
      return `rules[${index}] is not an object`;
    for (const [name, member] of Object.entries(rule as Record<string, unknown>)) {
      if (!Object.hasOwn(RULE_MEMBERS, name)) return `rules[${index}].${name} is not a rule member`;
      const key = name as keyof FaultRule;
      if (!RULE_MEMBERS[key](member)) return `rules[${index}].${name} is ${RULE_WORDING[key]}`;
    }
  }
  return value as FaultRule[];
}
