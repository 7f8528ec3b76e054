import { serializationError } from '../../core/errors';
import { Checks, constraint, validationError } from '../../core/validation';

// Cognito Identity's member checks: ValidationException, and a SerializationException that
// names the member for a value of the wrong JSON type.

const identityChecks = () =>
  new Checks({ wrongType: (member) => serializationError(`Unexpected value type for ${member}.`) });

/** An identity or identity pool ID: `region:uuid`. */
export function validateIdMember(member: string, value: unknown): void {
  const checks = identityChecks().required(member, value).type(member, value, 'string');
  if (typeof value === 'string') {
    checks
      .length(member, value, 1, 55)
      .pattern(member, value, /^[\w-]+:[0-9a-f-]+$/, '[\\w-]+:[0-9a-f-]+');
  }
  checks.done();
}

/** GetId's AccountId, when given: digits. */
export function validateAccountId(value: string | undefined): void {
  identityChecks()
    .pattern('accountId', value, /^\d{1,15}$/, '\\d+')
    .done();
}

/** The `Logins` map: at most 10 providers, each with a token string. */
export function validateLogins(logins: unknown): Record<string, string> {
  if (logins === undefined || logins === null) return {};
  if (typeof logins !== 'object' || Array.isArray(logins))
    throw serializationError('Unexpected value type for Logins.');
  const entries = Object.entries(logins as Record<string, unknown>);
  if (entries.length > 10)
    throw validationError([
      { member: 'logins', value: logins, constraint: constraint.maxLength(10) },
    ]);
  const result: Record<string, string> = {};
  for (const [key, value] of entries) {
    if (typeof value !== 'string') throw serializationError('Unexpected value type for Logins.');
    result[key] = value;
  }
  return result;
}
