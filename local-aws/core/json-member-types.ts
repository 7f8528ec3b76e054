import { NormalizedSchema } from '@smithy/core/schema';
import type { StaticOperationSchema } from '@smithy/types';
import { serializationError } from './errors';

// AWS JSON 1.1 services refuse a member of the wrong JSON type while reading the body, before
// the operation runs: SerializationException, with the reader's own words. Without this check
// a member of the wrong type reached the operation's code and ended as a 500 (KMS CreateKey
// with Tags as an object). The types come from the SDK's own model of each operation's input
// (the static schemas the JS SDK ships), not from a copy of it.

/** Checks a parsed body against an operation's input; throws SerializationException. */
export type MemberTypeCheck = (input: object) => void;

type Check = (value: unknown) => void;

/** The reader's name for what it found, as AWS's messages say it. */
function found(value: unknown): string {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  if (value === true) return 'TRUE_VALUE';
  if (value === false) return 'FALSE_VALUE';
  return 'VALUE';
}

function mismatch(value: unknown, expected: string): never {
  if (Array.isArray(value)) throw serializationError('Start of list found where not expected.');
  if (typeof value === 'object' && value !== null)
    throw serializationError('Start of structure or map found where not expected.');
  throw serializationError(`${found(value)} can not be converted to ${expected}`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * AWS's readers take null as a member left out: the parsed body (the request's own copy) loses
 * its null members and list items here, so an operation sees a member absent or of its type.
 */
function dropNulls(list: unknown[]): void {
  if (!list.includes(null)) return;
  let kept = 0;
  for (const item of list) if (item !== null) list[kept++] = item;
  list.length = kept;
}

const scalar =
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value) => {
    if (value !== null && !test(value)) mismatch(value, expected);
  };

const anything: Check = () => {};

function compile(schema: NormalizedSchema, depth: number): Check {
  // Recursive shapes (a document of documents) stop being checked where JSON depth is already
  // bounded by the parser; no input shape of ours nests this far.
  if (depth > 32 || schema.isDocumentSchema()) return anything;
  if (schema.isStringSchema()) return scalar((v) => typeof v === 'string', 'a String');
  if (schema.isBooleanSchema()) return scalar((v) => typeof v === 'boolean', 'a Boolean');
  // Timestamps are epoch seconds in JSON 1.1.
  if (schema.isNumericSchema() || schema.isTimestampSchema())
    return scalar((v) => typeof v === 'number', 'a Number');
  if (schema.isBlobSchema()) return scalar((v) => typeof v === 'string', 'a Blob');
  if (schema.isListSchema()) {
    const member = compile(schema.getValueSchema(), depth + 1);
    return (value) => {
      if (value === null) return;
      if (!Array.isArray(value)) mismatch(value, 'a List');
      dropNulls(value);
      for (const item of value) member(item);
    };
  }
  if (schema.isMapSchema()) {
    const member = compile(schema.getValueSchema(), depth + 1);
    return (value) => {
      if (value === null) return;
      if (!isObject(value)) mismatch(value, 'a Map');
      for (const key of Object.keys(value)) {
        if (value[key] === null) delete value[key];
        else member(value[key]);
      }
    };
  }
  if (schema.isStructSchema()) {
    const members = new Map<string, Check>();
    for (const [name, member] of schema.structIterator())
      members.set(name, compile(member, depth + 1));
    return (value) => {
      if (value === null) return;
      if (!isObject(value)) mismatch(value, 'a Structure');
      // Members the model does not name are ignored, as AWS's readers ignore them.
      for (const key of Object.keys(value)) {
        if (value[key] === null) delete value[key];
        else members.get(key)?.(value[key]);
      }
    };
  }
  return anything;
}

/**
 * One check per operation of a service, compiled on the operation's first call from the SDK
 * client module's exports (`<Operation>$`, the operation's static schema).
 */
export function memberTypeChecks(
  sdkExports: Record<string, unknown>,
): (operation: string) => MemberTypeCheck | undefined {
  // Only names the SDK has are kept: a caller's made-up operation names are not remembered.
  const compiled = new Map<string, MemberTypeCheck>();
  return (operation) => {
    const known = compiled.get(operation);
    if (known || !Object.hasOwn(sdkExports, `${operation}$`)) return known;
    const schema = sdkExports[`${operation}$`] as StaticOperationSchema;
    const check = compile(NormalizedSchema.of(schema[4]), 0);
    compiled.set(operation, check);
    return check;
  };
}
