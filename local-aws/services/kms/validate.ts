import { serializationError } from '../../core/errors';
import { Checks } from '../../core/validation';

// KMS's member checks, on the shared toolkit (core/validation.ts): ValidationException, and
// SerializationException for a member of the wrong JSON type.

/** A new set of checks for one KMS request. */
export const kmsChecks = () => new Checks();

/** The KeyId member every key operation takes: required, 1–2048 characters. */
export function checkKeyId(checks: Checks, value: string | undefined, member = 'keyId'): Checks {
  return checks.required(member, value).length(member, value, 1, 2048);
}

/** JSON blobs arrive as base64 strings. */
export function blobOf(member: string, value: unknown): Buffer | undefined {
  if (value === undefined || value === null) return undefined;
  new Checks().type(member, value, 'string');
  return Buffer.from(value as string, 'base64');
}

/** The EncryptionContext map: string keys to string values. */
export function contextOf(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw serializationError("Expected a map for member 'encryptionContext'.");
  const checks = new Checks();
  for (const [key, entry] of Object.entries(value))
    checks.type(`encryptionContext.${key}`, entry, 'string');
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
