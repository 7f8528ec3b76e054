import { serializationError, type ValidationProblem, validationError } from '../../core/errors';

/** A member of the wrong JSON type never reaches the handler in AWS: the parser refuses it. */
function requireType(member: string, value: unknown, type: 'string' | 'number'): void {
  if (value !== undefined && value !== null && typeof value !== type)
    throw serializationError(`Expected ${type} for member '${member}'.`);
}

/**
 * Collects the model's constraint violations for one request and throws them together, in
 * AWS's `N validation errors detected: …` form. Member names are lower camel, as AWS writes them.
 */
export class Checks {
  private problems: ValidationProblem[] = [];

  required(member: string, value: unknown): this {
    if (value === undefined || value === null)
      this.problems.push({ member, value: null, constraint: 'Member must not be null' });
    return this;
  }

  length(member: string, value: string | undefined, min: number, max: number): this {
    requireType(member, value, 'string');
    if (typeof value !== 'string') return this;
    if (value.length < min)
      this.problems.push({
        member,
        value,
        constraint: `Member must have length greater than or equal to ${min}`,
      });
    else if (value.length > max)
      this.problems.push({
        member,
        value,
        constraint: `Member must have length less than or equal to ${max}`,
      });
    return this;
  }

  /** A blob's length; AWS shows blobs by their Java buffer, never their bytes. */
  blobLength(member: string, value: Buffer | undefined, min: number, max: number): this {
    if (!value) return this;
    const shown = `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
    if (value.length < min)
      this.problems.push({
        member,
        value: shown,
        constraint: `Member must have length greater than or equal to ${min}`,
      });
    else if (value.length > max)
      this.problems.push({
        member,
        value: shown,
        constraint: `Member must have length less than or equal to ${max}`,
      });
    return this;
  }

  range(member: string, value: number | undefined, min: number, max: number): this {
    requireType(member, value, 'number');
    if (value === undefined || value === null) return this;
    if (value < min)
      this.problems.push({
        member,
        value,
        constraint: `Member must have value greater than or equal to ${min}`,
      });
    else if (value > max)
      this.problems.push({
        member,
        value,
        constraint: `Member must have value less than or equal to ${max}`,
      });
    return this;
  }

  pattern(member: string, value: string | undefined, pattern: RegExp, shown: string): this {
    if (typeof value === 'string' && !pattern.test(value))
      this.problems.push({
        member,
        value,
        constraint: `Member must satisfy regular expression pattern: ${shown}`,
      });
    return this;
  }

  oneOf(member: string, value: string | undefined, allowed: readonly string[]): this {
    requireType(member, value, 'string');
    if (typeof value === 'string' && !allowed.includes(value))
      this.problems.push({
        member,
        value,
        constraint: `Member must satisfy enum value set: [${allowed.join(', ')}]`,
      });
    return this;
  }

  /** Throws the collected problems, if any. */
  done(): void {
    if (this.problems.length > 0) throw validationError(this.problems);
  }
}

/** The KeyId member every key operation takes: required, 1–2048 characters. */
export function checkKeyId(checks: Checks, value: string | undefined, member = 'keyId'): Checks {
  return checks.required(member, value).length(member, value, 1, 2048);
}

/** JSON blobs arrive as base64 strings. */
export function blobOf(member: string, value: unknown): Buffer | undefined {
  if (value === undefined || value === null) return undefined;
  requireType(member, value, 'string');
  return Buffer.from(value as string, 'base64');
}

/** The EncryptionContext map: string keys to string values. */
export function contextOf(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw serializationError("Expected a map for member 'encryptionContext'.");
  for (const [key, entry] of Object.entries(value))
    requireType(`encryptionContext.${key}`, entry, 'string');
  return value as Record<string, string>;
}

export const ENCRYPTION_ALGORITHMS = [
  'SYMMETRIC_DEFAULT',
  'RSAES_OAEP_SHA_1',
  'RSAES_OAEP_SHA_256',
  'SM2PKE',
] as const;

/** The model's MarkerType: 1–1024 characters of `[\u0020-\u00FF]*`. */
export function checkMarker(checks: Checks, marker: string | undefined): Checks {
  return checks
    .length('marker', marker, 1, 1024)
    .pattern('marker', marker, /^[\u0020-\u00FF]*$/, '[\\u0020-\\u00FF]*');
}

/** An SDK input as it arrives in JSON: blob members are base64 strings. */
export type Wire<T> = {
  [K in keyof T]: NonNullable<T[K]> extends Uint8Array ? string | undefined : T[K];
};

/** The model's PolicyType pattern: tab, newline, carriage return and Latin-1 text. */
// eslint-disable-next-line no-control-regex -- the model names these control characters
export const POLICY_PATTERN = /^[\u0009\u000A\u000D\u0020-\u00FF]+$/;
export const POLICY_PATTERN_TEXT = '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+';
