import { AwsError, serializationError } from './errors';

// AWS's validation messages, for every service: `N validation error(s) detected: Value 'X'
// at 'member' failed to satisfy constraint: …; …`, with the constraint sentences AWS's
// front end writes. Services check their members with `Checks` (or, for a whole model of
// shapes, build problems with `constraint`) and throw them together in their own error code.

/** One `Value 'X' at 'member' failed to satisfy constraint: …` clause of a validation error. */
export interface ValidationProblem {
  member: string;
  value: unknown;
  constraint: string;
  /** A secret (a password): AWS names the member but not its value, `Value at 'password'`. */
  sensitive?: boolean;
}

/** The constraint sentences, as AWS words them. */
export const constraint = {
  notNull: 'Member must not be null',
  minLength: (min: number) => `Member must have length greater than or equal to ${min}`,
  maxLength: (max: number) => `Member must have length less than or equal to ${max}`,
  minValue: (min: number) => `Member must have value greater than or equal to ${min}`,
  maxValue: (max: number) => `Member must have value less than or equal to ${max}`,
  pattern: (shown: string) => `Member must satisfy regular expression pattern: ${shown}`,
  enumSet: (values: readonly string[]) =>
    `Member must satisfy enum value set: [${values.join(', ')}]`,
  /** A list of plain values reports its elements' constraints at the list. */
  eachMember: (constraints: readonly string[]) =>
    `Member must satisfy constraint: [${constraints.join(', ')}]`,
  mapKeys: (constraints: readonly string[]) =>
    `Map keys must satisfy constraint: [${constraints.join(', ')}]`,
  mapValues: (constraints: readonly string[]) =>
    `Map value must satisfy constraint: [${constraints.join(', ')}]`,
};

function renderValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // AWS renders maps and lists in Java's toString form; JSON is close enough and unambiguous.
  return JSON.stringify(value);
}

/** A value as AWS's Java front end prints it in messages: `{k=v}` maps, `[a, b]` lists. */
export function renderJava(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(renderJava).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${k}=${renderJava(v)}`).join(', ')}}`;
  }
  return String(value);
}

function clause(p: ValidationProblem): string {
  const value = p.sensitive
    ? 'Value'
    : p.value === undefined || p.value === null
      ? 'Value null'
      : `Value '${renderValue(p.value)}'`;
  return `${value} at '${p.member}' failed to satisfy constraint: ${p.constraint}`;
}

/** AWS's `N validation error(s) detected: …` message for one or more problems. */
export function validationMessage(problems: ValidationProblem[]): string {
  const count = problems.length;
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${problems.map(clause).join('; ')}`;
}

/** The error for one or more problems; the code is the service's (`ValidationException`, …). */
export function validationError(
  problems: ValidationProblem[],
  code = 'ValidationException',
): AwsError {
  return new AwsError(code, validationMessage(problems), 400);
}

export type JsonType = 'string' | 'number';

export interface ChecksOptions {
  /** The error code of the validation error (`ValidationException` unless given). */
  code?: string;
  /**
   * A member of the wrong JSON type never reaches validation in AWS: the parser refuses it.
   * The services word that refusal differently.
   */
  wrongType?: (member: string, expected: JsonType) => AwsError;
}

const defaultWrongType = (member: string, expected: JsonType) =>
  serializationError(`Expected ${expected} for member '${member}'.`);

/**
 * Collects the model's constraint violations for one request and throws them together.
 * Member names are lower camel, as AWS writes them; list members are numbered from 1
 * (`tags.1.member.tagKey`).
 */
export class Checks {
  private readonly problems: ValidationProblem[] = [];
  private readonly code: string;
  private readonly wrongType: (member: string, expected: JsonType) => AwsError;

  constructor(options: ChecksOptions = {}) {
    this.code = options.code ?? 'ValidationException';
    this.wrongType = options.wrongType ?? defaultWrongType;
  }

  /** Throws the service's wrong-type error unless the value is absent or of the type. */
  type(member: string, value: unknown, expected: JsonType): this {
    if (value !== undefined && value !== null && typeof value !== expected)
      throw this.wrongType(member, expected);
    return this;
  }

  add(problem: ValidationProblem): this {
    this.problems.push(problem);
    return this;
  }

  required(member: string, value: unknown): this {
    if (value === undefined || value === null)
      this.problems.push({ member, value: null, constraint: constraint.notNull });
    return this;
  }

  length(member: string, value: unknown, min: number, max: number): this {
    this.type(member, value, 'string');
    if (typeof value !== 'string') return this;
    if (value.length < min) this.add({ member, value, constraint: constraint.minLength(min) });
    else if (value.length > max) this.add({ member, value, constraint: constraint.maxLength(max) });
    return this;
  }

  /** A blob's length; AWS shows blobs by their Java buffer, never their bytes. */
  blobLength(member: string, value: Buffer | undefined, min: number, max: number): this {
    if (!value) return this;
    const shown = `java.nio.HeapByteBuffer[pos=0 lim=${value.length} cap=${value.length}]`;
    if (value.length < min)
      this.add({ member, value: shown, constraint: constraint.minLength(min) });
    else if (value.length > max)
      this.add({ member, value: shown, constraint: constraint.maxLength(max) });
    return this;
  }

  range(member: string, value: unknown, min: number, max: number): this {
    this.type(member, value, 'number');
    if (typeof value !== 'number') return this;
    if (value < min) this.add({ member, value, constraint: constraint.minValue(min) });
    else if (value > max) this.add({ member, value, constraint: constraint.maxValue(max) });
    return this;
  }

  /** `shown` is the pattern as the model writes it, which the message quotes. */
  pattern(member: string, value: unknown, pattern: RegExp, shown: string): this {
    if (typeof value === 'string' && !pattern.test(value))
      this.add({ member, value, constraint: constraint.pattern(shown) });
    return this;
  }

  oneOf(member: string, value: unknown, allowed: readonly string[]): this {
    this.type(member, value, 'string');
    if (typeof value === 'string' && !allowed.includes(value))
      this.add({ member, value, constraint: constraint.enumSet(allowed) });
    return this;
  }

  /** Throws the collected problems, if any. */
  done(): void {
    if (this.problems.length > 0) throw validationError(this.problems, this.code);
  }
}
