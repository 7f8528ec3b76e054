import { serializationError } from '../../core/errors';
import { Checks } from '../../core/validation';

/** A member's constraints, from the user pools model. */
export interface MemberRule {
  member: string;
  value: unknown;
  required?: boolean;
  min?: number;
  max?: number;
  pattern?: RegExp;
  patternText?: string;
  enumValues?: readonly string[];
}

/** Cognito's checks: its validation errors are InvalidParameterException. */
export const cognitoChecks = () =>
  new Checks({
    code: 'InvalidParameterException',
    wrongType: (member, expected) =>
      serializationError(`Unexpected value type for ${member}: expected a ${expected}.`),
  });

/** Checks each rule's member (all string members here) and throws the problems together. */
export function validate(rules: MemberRule[]): void {
  const checks = cognitoChecks();
  for (const rule of rules) {
    const { member, value } = rule;
    if (rule.required) checks.required(member, value);
    checks
      .type(member, value, 'string')
      .length(member, value, rule.min ?? 0, rule.max ?? Number.POSITIVE_INFINITY);
    if (rule.pattern)
      checks.pattern(member, value, rule.pattern, rule.patternText ?? rule.pattern.source);
    if (rule.enumValues) checks.oneOf(member, value, rule.enumValues);
  }
  checks.done();
}

export const clientIdRule = (value: unknown): MemberRule => ({
  member: 'clientId',
  value,
  required: true,
  min: 1,
  max: 128,
  pattern: /^[\w+]+$/,
  patternText: '[\\w+]+',
});

export const userPoolIdRule = (value: unknown): MemberRule => ({
  member: 'userPoolId',
  value,
  required: true,
  min: 1,
  max: 55,
  pattern: /^[\w-]+_[0-9a-zA-Z]+$/,
  patternText: '[\\w-]+_[0-9a-zA-Z]+',
});

export const accessTokenRule = (value: unknown): MemberRule => ({
  member: 'accessToken',
  value,
  required: true,
  pattern: /^[A-Za-z0-9-_=.]+$/,
  patternText: '[A-Za-z0-9-_=.]+',
});
