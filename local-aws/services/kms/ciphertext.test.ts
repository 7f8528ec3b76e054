import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SEEDED_KEY_ARNS } from '../../seed/ids';
import { canonicalContext, open, parseBlob, seal } from './ciphertext';

const arn = SEEDED_KEY_ARNS.transcribeOutput;
const material = randomBytes(32);

describe('ciphertext blobs', () => {
  it('record the key ARN and round-trip with the same context in any order', () => {
    const blob = seal(arn, material, Buffer.from('secret'), { b: '2', a: '1' });
    const parsed = parseBlob(blob);
    expect(parsed?.keyArn).toBe(arn);
    expect(blob.includes(Buffer.from('secret'))).toBe(false);
    expect(open(parsed!, material, { a: '1', b: '2' })?.toString()).toBe('secret');
  });

  it('fail to open with another context, key, ARN or a changed byte', () => {
    const blob = seal(arn, material, Buffer.from('secret'), { a: '1' });
    const parsed = parseBlob(blob)!;
    expect(open(parsed, material, { a: '2' })).toBeUndefined();
    expect(open(parsed, material, undefined)).toBeUndefined();
    expect(open(parsed, randomBytes(32), { a: '1' })).toBeUndefined();
    expect(open({ ...parsed, keyArn: `${arn.slice(0, -1)}4` }, material, { a: '1' })).toBe(
      undefined,
    );
    for (const at of [blob.length - 1, blob.length - 20]) {
      const changed = Buffer.from(blob);
      changed[at] = (changed[at] ?? 0) ^ 0x80;
      expect(open(parseBlob(changed)!, material, { a: '1' })).toBeUndefined();
    }
  });

  it('treat an empty context and no context alike', () => {
    const blob = seal(arn, material, Buffer.from('x'), {});
    expect(open(parseBlob(blob)!, material, undefined)?.toString()).toBe('x');
  });

  it('refuse bytes that are not a blob', () => {
    expect(parseBlob(Buffer.from('hello world'))).toBeUndefined();
    expect(parseBlob(Buffer.from('LKM1\u0000\u00ffshort'))).toBeUndefined();
    expect(parseBlob(Buffer.alloc(0))).toBeUndefined();
  });

  it('canonicalise contexts by sorted key', () => {
    expect(canonicalContext({ b: '1', a: '2' })).toBe(canonicalContext({ a: '2', b: '1' }));
    expect(canonicalContext({ a: 'b' })).not.toBe(canonicalContext({ ab: '' }));
  });
});
