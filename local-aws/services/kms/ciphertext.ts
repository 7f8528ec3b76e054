import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * local-aws's ciphertext blob. Like AWS's, it names the key that made it, so Decrypt needs no
 * KeyId; the layout is our own:
 *
 *   "LKM1" | u16 length of key ARN | key ARN (UTF-8) | 12-byte IV | 16-byte GCM tag | ciphertext
 *
 * AES-256-GCM with the key's material. The additional authenticated data binds both the key ARN
 * and the encryption context, so changing either (or any byte) fails authentication.
 */
const MAGIC = Buffer.from('LKM1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The encryption context in one canonical form: entries sorted by key, as JSON. */
export function canonicalContext(context: Record<string, string> | undefined): string {
  const entries = Object.entries(context ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

const aadFor = (keyArn: string, context: Record<string, string> | undefined) =>
  Buffer.from(`${keyArn}\n${canonicalContext(context)}`, 'utf8');

export function seal(
  keyArn: string,
  material: Buffer,
  plaintext: Buffer,
  context: Record<string, string> | undefined,
): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', material, iv);
  cipher.setAAD(aadFor(keyArn, context));
  const encrypted = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const arn = Buffer.from(keyArn, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(arn.length);
  return Buffer.concat([MAGIC, length, arn, iv, cipher.getAuthTag(), encrypted]);
}

export interface ParsedBlob {
  keyArn: string;
  iv: Buffer;
  tag: Buffer;
  encrypted: Buffer;
}

/** Splits a blob into its parts, or undefined when it is not one of ours. */
export function parseBlob(blob: Buffer): ParsedBlob | undefined {
  if (blob.length < MAGIC.length + 2 || !blob.subarray(0, MAGIC.length).equals(MAGIC))
    return undefined;
  const arnLength = blob.readUInt16BE(MAGIC.length);
  const arnStart = MAGIC.length + 2;
  const ivStart = arnStart + arnLength;
  const tagStart = ivStart + IV_BYTES;
  const dataStart = tagStart + TAG_BYTES;
  if (blob.length < dataStart) return undefined;
  return {
    keyArn: blob.subarray(arnStart, ivStart).toString('utf8'),
    iv: blob.subarray(ivStart, tagStart),
    tag: blob.subarray(tagStart, dataStart),
    encrypted: blob.subarray(dataStart),
  };
}

/** Decrypts a parsed blob; undefined when authentication fails (wrong key, context or bytes). */
export function open(
  parsed: ParsedBlob,
  material: Buffer,
  context: Record<string, string> | undefined,
): Buffer | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', material, parsed.iv);
    decipher.setAAD(aadFor(parsed.keyArn, context));
    decipher.setAuthTag(parsed.tag);
    return Buffer.concat([decipher.update(parsed.encrypted), decipher.final()]);
  } catch {
    return undefined;
  }
}
