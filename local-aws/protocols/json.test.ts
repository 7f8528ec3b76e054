import { describe, expect, it } from 'vitest';
import { toAwsJson } from './json';

describe('toAwsJson', () => {
  it('writes Dates as epoch seconds and bytes as base64, at any depth, leaving its input as it was', () => {
    const created = new Date('2026-11-30T21:30:05.250Z');
    const output = {
      KeyMetadata: { CreationDate: created, Enabled: true, Tags: [{ TagKey: 'a' }] },
      CiphertextBlob: new Uint8Array([1, 2, 250]),
      Items: [created, 'plain', { Blob: new Uint8Array([104, 105]) }, null],
      Missing: undefined,
    };
    const before = structuredClone(output);
    expect(JSON.parse(toAwsJson(output))).toEqual({
      KeyMetadata: { CreationDate: 1796074205.25, Enabled: true, Tags: [{ TagKey: 'a' }] },
      CiphertextBlob: 'AQL6',
      Items: [1796074205.25, 'plain', { Blob: 'aGk=' }, null],
    });
    expect(output).toEqual(before);
  });

  it('writes a value with nothing to encode as JSON.stringify does', () => {
    const output = { Keys: [{ KeyId: 'k', KeyArn: 'arn' }], Truncated: false, Empty: {} };
    expect(toAwsJson(output)).toBe(JSON.stringify(output));
    expect(toAwsJson({})).toBe('{}');
  });
});
