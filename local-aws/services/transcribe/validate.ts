import { serializationError } from '../../core/errors';
import {
  constraint,
  renderJava,
  validationError,
  type ValidationProblem,
} from '../../core/validation';
import { type AnyShapeName, resourceShapes } from './resource-shapes';
import { type Shape, shapes } from './shapes';

/** The jobs' shapes and the custom resources', one table. */
const table: Record<AnyShapeName, Shape<AnyShapeName>> = { ...shapes, ...resourceShapes };

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

const lengthOf = (value: unknown): number =>
  typeof value === 'string'
    ? value.length
    : Array.isArray(value)
      ? value.length
      : Object.keys(value as object).length;

/** The text of each constraint a plain shape declares, in AWS's order (max, min, pattern, enum). */
function declaredConstraints(shape: Shape<AnyShapeName>): string[] {
  const out: string[] = [];
  if (shape.type === 'string' || shape.type === 'list' || shape.type === 'map') {
    if (shape.max !== undefined) out.push(constraint.maxLength(shape.max));
    if (shape.min !== undefined) out.push(constraint.minLength(shape.min));
  }
  if (shape.type === 'integer') {
    if (shape.max !== undefined) out.push(constraint.maxValue(shape.max));
    if (shape.min !== undefined) out.push(constraint.minValue(shape.min));
  }
  if (shape.type === 'string' && shape.pattern !== undefined)
    out.push(constraint.pattern(shape.pattern));
  if (shape.type === 'string' && shape.enum !== undefined) out.push(constraint.enumSet(shape.enum));
  return out;
}

const typeNames: Record<Shape<AnyShapeName>['type'], string> = {
  string: 'String',
  integer: 'Integer',
  boolean: 'Boolean',
  structure: 'Structure',
  list: 'List',
  map: 'Map',
};

/** A JSON value of the wrong type never reaches validation in AWS: it fails deserialization. */
function checkType(shape: Shape<AnyShapeName>, value: unknown, path: string): void {
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
function scalarProblems(shape: Shape<AnyShapeName>, value: unknown): string[] {
  const out: string[] = [];
  if (shape.type === 'string' && typeof value === 'string') {
    if (shape.pattern !== undefined && !matches(shape.pattern, value))
      out.push(constraint.pattern(shape.pattern));
    if (shape.max !== undefined && value.length > shape.max)
      out.push(constraint.maxLength(shape.max));
    if (shape.min !== undefined && value.length < shape.min)
      out.push(constraint.minLength(shape.min));
    if (shape.enum !== undefined && !shape.enum.includes(value))
      out.push(constraint.enumSet(shape.enum));
  }
  if (shape.type === 'integer' && typeof value === 'number') {
    if (shape.max !== undefined && value > shape.max) out.push(constraint.maxValue(shape.max));
    if (shape.min !== undefined && value < shape.min) out.push(constraint.minValue(shape.min));
  }
  return out;
}

const isPlain = (shape: Shape<AnyShapeName>) =>
  shape.type === 'string' || shape.type === 'integer' || shape.type === 'boolean';

function validateValue(
  shapeName: AnyShapeName,
  value: unknown,
  path: string,
  problems: ValidationProblem[],
): void {
  const shape = table[shapeName];
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
          problems.push({ member: child, value: null, constraint: constraint.notNull });
        else validateValue(memberShape, memberValue, child, problems);
      }
      return;
    }
    case 'list':
    case 'map': {
      const length = lengthOf(value);
      if (shape.max !== undefined && length > shape.max) add(constraint.maxLength(shape.max));
      if (shape.min !== undefined && length < shape.min) add(constraint.minLength(shape.min));
      if (shape.type === 'list') {
        const items = value as unknown[];
        const memberShape = table[shape.member];
        if (isPlain(memberShape)) {
          items.forEach((item, i) => checkType(memberShape, item, `${path}.${i + 1}.member`));
          if (items.some((item) => scalarProblems(memberShape, item).length > 0))
            add(constraint.eachMember(declaredConstraints(memberShape)));
        } else
          items.forEach((item, i) =>
            validateValue(shape.member, item, `${path}.${i + 1}.member`, problems),
          );
      } else {
        const record = value as Record<string, unknown>;
        const keyShape = table[shape.key];
        if (Object.keys(record).some((key) => scalarProblems(keyShape, key).length > 0))
          add(constraint.mapKeys(declaredConstraints(keyShape)));
        const valueShape = table[shape.value];
        if (isPlain(valueShape)) {
          for (const [key, item] of Object.entries(record))
            checkType(valueShape, item, `${path}.${key}`);
          if (Object.values(record).some((item) => scalarProblems(valueShape, item).length > 0))
            add(constraint.mapValues(declaredConstraints(valueShape)));
        } else
          for (const [key, item] of Object.entries(record))
            validateValue(shape.value, item, `${path}.${key}.member`, problems);
      }
      return;
    }
  }
}

/** Every constraint problem of a request against its input shape, in member order. */
export function validationProblems(shapeName: AnyShapeName, input: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  validateValue(shapeName, input ?? {}, '', problems);
  return problems;
}

/** Throws Transcribe's BadRequestException listing every problem, if there are any. */
export function validateRequest(shapeName: AnyShapeName, input: unknown): void {
  const problems = validationProblems(shapeName, input);
  if (problems.length > 0) throw validationError(problems, 'BadRequestException');
}
