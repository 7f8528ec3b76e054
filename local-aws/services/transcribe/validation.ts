import {
  AwsError,
  serializationError,
  validationError,
  type ValidationProblem,
} from '../../core/errors';
import { type Shape, type ShapeName, shapes } from './model';

/**
 * Validates a request the way AWS's front end does before the service sees it: every length,
 * range, pattern and enum of the model, reported as one BadRequestException that lists each
 * problem as `Value 'X' at 'member.path' failed to satisfy constraint: …`.
 *
 * Paths follow AWS: each member name with its first letter lower-cased (`kMSEncryptionContext`,
 * `outputEncryptionKMSKeyId`), nested with dots, list elements as `tags.1.member.key`
 * (1-based). Lists of plain values and maps report their elements' constraints at the
 * container (`Member must satisfy constraint: […]`, `Map keys must satisfy constraint: […]`).
 */

/** Java's `\S` is ASCII-only, JavaScript's is Unicode-aware: translate so both agree. */
function toJavaScript(pattern: string): RegExp {
  const source = pattern.replace(/\\S/g, '[^ \\t\\n\\x0B\\f\\r]');
  // AWS applies patterns with Matcher.matches(): the whole value must match.
  return new RegExp(`^(?:${source})$`);
}

const compiled = new Map<string, RegExp>();
function matches(pattern: string, value: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = toJavaScript(pattern);
    compiled.set(pattern, regex);
  }
  return regex.test(value);
}

/** `KMSEncryptionContext` → `kMSEncryptionContext`, as AWS writes member paths. */
export const memberPath = (parent: string, member: string) => {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return parent ? `${parent}.${name}` : name;
};

/** Renders a value as AWS's Java front end prints it in messages. */
export function renderJava(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(renderJava).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${k}=${renderJava(v)}`).join(', ')}}`;
  }
  return String(value);
}

const lengthOf = (value: unknown): number =>
  typeof value === 'string'
    ? value.length
    : Array.isArray(value)
      ? value.length
      : Object.keys(value as object).length;

/** The text of each constraint a plain shape declares, in AWS's order (max, min, pattern, enum). */
function declaredConstraints(shape: Shape): string[] {
  const out: string[] = [];
  if (shape.type === 'string' || shape.type === 'list' || shape.type === 'map') {
    if (shape.max !== undefined)
      out.push(`Member must have length less than or equal to ${shape.max}`);
    if (shape.min !== undefined)
      out.push(`Member must have length greater than or equal to ${shape.min}`);
  }
  if (shape.type === 'integer') {
    if (shape.max !== undefined)
      out.push(`Member must have value less than or equal to ${shape.max}`);
    if (shape.min !== undefined)
      out.push(`Member must have value greater than or equal to ${shape.min}`);
  }
  if (shape.type === 'string' && shape.pattern !== undefined)
    out.push(`Member must satisfy regular expression pattern: ${shape.pattern}`);
  if (shape.type === 'string' && shape.enum !== undefined)
    out.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  return out;
}

const typeNames: Record<Shape['type'], string> = {
  string: 'String',
  integer: 'Integer',
  boolean: 'Boolean',
  structure: 'Structure',
  list: 'List',
  map: 'Map',
};

/** A JSON value of the wrong type never reaches validation in AWS: it fails deserialization. */
function checkType(shape: Shape, value: unknown, path: string): void {
  const ok =
    shape.type === 'string'
      ? typeof value === 'string'
      : shape.type === 'integer'
        ? typeof value === 'number' && Number.isInteger(value)
        : shape.type === 'boolean'
          ? typeof value === 'boolean'
          : shape.type === 'list'
            ? Array.isArray(value)
            : typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!ok)
    throw serializationError(
      `Unexpected value at '${path}': expected a ${typeNames[shape.type]}, got ${JSON.stringify(value)}.`,
    );
}

/** The problems of a plain value (string or integer) against its own shape's constraints. */
function scalarProblems(shape: Shape, value: unknown): string[] {
  const out: string[] = [];
  if (shape.type === 'string' && typeof value === 'string') {
    if (shape.pattern !== undefined && !matches(shape.pattern, value))
      out.push(`Member must satisfy regular expression pattern: ${shape.pattern}`);
    if (shape.max !== undefined && value.length > shape.max)
      out.push(`Member must have length less than or equal to ${shape.max}`);
    if (shape.min !== undefined && value.length < shape.min)
      out.push(`Member must have length greater than or equal to ${shape.min}`);
    if (shape.enum !== undefined && !shape.enum.includes(value))
      out.push(`Member must satisfy enum value set: [${shape.enum.join(', ')}]`);
  }
  if (shape.type === 'integer' && typeof value === 'number') {
    if (shape.max !== undefined && value > shape.max)
      out.push(`Member must have value less than or equal to ${shape.max}`);
    if (shape.min !== undefined && value < shape.min)
      out.push(`Member must have value greater than or equal to ${shape.min}`);
  }
  return out;
}

const isPlain = (shape: Shape) =>
  shape.type === 'string' || shape.type === 'integer' || shape.type === 'boolean';

function validateValue(
  shapeName: ShapeName,
  value: unknown,
  path: string,
  problems: ValidationProblem[],
): void {
  const shape = shapes[shapeName];
  if (value === undefined || value === null) return;
  checkType(shape, value, path);
  const add = (constraint: string, shown: unknown = value) =>
    problems.push({ member: path, value: renderJava(shown), constraint });

  switch (shape.type) {
    case 'string':
    case 'integer':
      for (const constraint of scalarProblems(shape, value)) add(constraint);
      return;
    case 'boolean':
      return;
    case 'structure': {
      const record = value as Record<string, unknown>;
      for (const [member, memberShape] of Object.entries(shape.members)) {
        const child = memberPath(path, member);
        const memberValue = record[member];
        if ((memberValue === undefined || memberValue === null) && shape.required?.includes(member))
          problems.push({ member: child, value: null, constraint: 'Member must not be null' });
        else validateValue(memberShape, memberValue, child, problems);
      }
      return;
    }
    case 'list':
    case 'map': {
      const length = lengthOf(value);
      if (shape.max !== undefined && length > shape.max)
        add(`Member must have length less than or equal to ${shape.max}`);
      if (shape.min !== undefined && length < shape.min)
        add(`Member must have length greater than or equal to ${shape.min}`);
      if (shape.type === 'list') {
        const items = value as unknown[];
        const memberShape = shapes[shape.member];
        if (isPlain(memberShape)) {
          items.forEach((item, i) => checkType(memberShape, item, `${path}.${i + 1}.member`));
          if (items.some((item) => scalarProblems(memberShape, item).length > 0))
            add(`Member must satisfy constraint: [${declaredConstraints(memberShape).join(', ')}]`);
        } else
          items.forEach((item, i) =>
            validateValue(shape.member, item, `${path}.${i + 1}.member`, problems),
          );
      } else {
        const record = value as Record<string, unknown>;
        const keyShape = shapes[shape.key];
        if (Object.keys(record).some((key) => scalarProblems(keyShape, key).length > 0))
          add(`Map keys must satisfy constraint: [${declaredConstraints(keyShape).join(', ')}]`);
        const valueShape = shapes[shape.value];
        if (isPlain(valueShape)) {
          for (const [key, item] of Object.entries(record))
            checkType(valueShape, item, `${path}.${key}`);
          if (Object.values(record).some((item) => scalarProblems(valueShape, item).length > 0))
            add(
              `Map value must satisfy constraint: [${declaredConstraints(valueShape).join(', ')}]`,
            );
        } else
          for (const [key, item] of Object.entries(record))
            validateValue(shape.value, item, `${path}.${key}.member`, problems);
      }
      return;
    }
  }
}

/** Every constraint problem of a request against its input shape, in member order. */
export function validationProblems(shapeName: ShapeName, input: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  validateValue(shapeName, input ?? {}, '', problems);
  return problems;
}

/** Throws Transcribe's BadRequestException listing every problem, if there are any. */
export function validateRequest(shapeName: ShapeName, input: unknown): void {
  const problems = validationProblems(shapeName, input);
  if (problems.length > 0) throw validationError(problems, 'BadRequestException');
}

/** Transcribe's BadRequestException with a plain message (business rules, unknown jobs). */
export const badRequest = (message: string) => new AwsError('BadRequestException', message, 400);
