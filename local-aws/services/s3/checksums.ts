import { createHash } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';

/** The flexible checksum algorithms S3 accepts in `x-amz-checksum-*`. */
export const checksumAlgorithms = [
  'CRC32',
  'CRC32C',
  'CRC64NVME',
  'SHA1',
  'SHA256',
  'SHA512',
  'MD5',
] as const;

/** Algorithms S3 has that this emulator cannot compute (Node has no xxHash). */
export const unsupportedChecksumAlgorithms = ['XXHASH64', 'XXHASH3', 'XXHASH128'] as const;
export type ChecksumAlgorithm = (typeof checksumAlgorithms)[number];
export type CrcAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME';

// CRC-32C and CRC-64/NVME (both reflected, all-ones in and out) eight bytes at a time
// ("slicing by 8"): objects are streamed in gigabytes, and a byte at a time is too slow.

const CRC32C_POLY = 0x82f63b78n;
const CRC64_POLY = 0x9a6c9329ac4bc9b5n;

/**
 * Eight tables of 256 entries, one after the other (table k advances a byte through k more
 * zero bytes), split into low and high 32-bit halves: V8 keeps int32 arithmetic fast.
 */
function slicingTables(poly: bigint): { lo: Int32Array; hi: Int32Array } {
  const base: bigint[] = [];
  for (let n = 0n; n < 256n; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ poly : c >> 1n;
    base.push(c);
  }
  const lo = new Int32Array(2048);
  const hi = new Int32Array(2048);
  let table = base;
  for (let k = 0; k < 8; k++) {
    table.forEach((c, b) => {
      lo[k * 256 + b] = Number(BigInt.asIntN(32, c));
      hi[k * 256 + b] = Number(BigInt.asIntN(32, c >> 32n));
    });
    table = table.map((c) => (c >> 8n) ^ base[Number(c & 0xffn)]!);
  }
  return { lo, hi };
}

const crc32cTables = slicingTables(CRC32C_POLY);
const crc64Tables = slicingTables(CRC64_POLY);

// Data is copied into an aligned scratch buffer to be read as little-endian 32-bit words
// (x86 and ARM are little-endian; a Buffer's own offset need not be aligned).
const SCRATCH_BYTES = 64 * 1024;
const scratch = new Int32Array(SCRATCH_BYTES / 4);
const scratchBytes = new Uint8Array(scratch.buffer);

/**
 * Advances a reflected CRC register (two 32-bit halves; `hi` stays 0 for a 32-bit CRC) over
 * `data`, eight bytes at a time.
 */
function crcRun(
  tables: { lo: Int32Array; hi: Int32Array },
  register: [number, number],
  data: Uint8Array,
): [number, number] {
  const { lo: L, hi: H } = tables;
  let [lo, hi] = register;
  for (let offset = 0; offset < data.length; offset += SCRATCH_BYTES) {
    const piece = data.subarray(offset, offset + SCRATCH_BYTES);
    const words = (piece.length >> 3) * 2;
    scratchBytes.set(piece.subarray(0, words * 4));
    for (let w = 0; w < words; w += 2) {
      const a = lo ^ scratch[w]!;
      const b = hi ^ scratch[w + 1]!;
      const i0 = 1792 + (a & 0xff);
      const i1 = 1536 + ((a >>> 8) & 0xff);
      const i2 = 1280 + ((a >>> 16) & 0xff);
      const i3 = 1024 + (a >>> 24);
      const i4 = 768 + (b & 0xff);
      const i5 = 512 + ((b >>> 8) & 0xff);
      const i6 = 256 + ((b >>> 16) & 0xff);
      const i7 = b >>> 24;
      lo = L[i0]! ^ L[i1]! ^ L[i2]! ^ L[i3]! ^ L[i4]! ^ L[i5]! ^ L[i6]! ^ L[i7]!;
      hi = H[i0]! ^ H[i1]! ^ H[i2]! ^ H[i3]! ^ H[i4]! ^ H[i5]! ^ H[i6]! ^ H[i7]!;
    }
    for (let i = words * 4; i < piece.length; i++) {
      const index = (lo ^ piece[i]!) & 0xff;
      lo = ((lo >>> 8) | (hi << 24)) ^ L[index]!;
      hi = (hi >>> 8) ^ H[index]!;
    }
  }
  return [lo, hi];
}

export function crc32c(data: Uint8Array): number {
  return ~crcRun(crc32cTables, [-1, 0], data)[0] >>> 0;
}

export function crc64nvme(data: Uint8Array): bigint {
  const [lo, hi] = crcRun(crc64Tables, [-1, -1], data);
  return (BigInt(~hi >>> 0) << 32n) | BigInt(~lo >>> 0);
}

/** A checksum computed a chunk at a time. */
export interface ChecksumHasher {
  update(data: Uint8Array): void;
  /** The checksum in the base64 form S3 puts in `x-amz-checksum-*`. */
  digest(): string;
}

const uint32Bytes = (value: number) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out;
};

export function checksumHasher(algorithm: ChecksumAlgorithm): ChecksumHasher {
  switch (algorithm) {
    case 'CRC32': {
      let crc = 0;
      return {
        update: (data) => void (crc = zlibCrc32(data, crc)),
        digest: () => uint32Bytes(crc).toString('base64'),
      };
    }
    case 'CRC32C': {
      let register: [number, number] = [-1, 0];
      return {
        update: (data) => void (register = crcRun(crc32cTables, register, data)),
        digest: () => uint32Bytes(~register[0]).toString('base64'),
      };
    }
    case 'CRC64NVME': {
      let register: [number, number] = [-1, -1];
      return {
        update: (data) => void (register = crcRun(crc64Tables, register, data)),
        digest: () => {
          const out = Buffer.alloc(8);
          out.writeUInt32BE(~register[1] >>> 0, 0);
          out.writeUInt32BE(~register[0] >>> 0, 4);
          return out.toString('base64');
        },
      };
    }
    default: {
      const hash = createHash(algorithm.toLowerCase());
      return { update: (data) => void hash.update(data), digest: () => hash.digest('base64') };
    }
  }
}

/** The checksum of `data` in the base64 form S3 puts in `x-amz-checksum-*`. */
export function checksumOf(algorithm: ChecksumAlgorithm, data: Uint8Array): string {
  const hasher = checksumHasher(algorithm);
  hasher.update(data);
  return hasher.digest();
}

// Combining CRCs (zlib's crc32_combine, for any reflected CRC): the CRC of A‖B from the CRCs
// of A and B and B's length, by applying len(B) zero bytes to A's CRC with GF(2) matrices.
// A multipart object's full-object CRC comes from its parts' CRCs without reading its bytes.

const CRC_SPECS: Record<CrcAlgorithm, { poly: bigint; width: number }> = {
  CRC32: { poly: 0xedb88320n, width: 32 },
  CRC32C: { poly: CRC32C_POLY, width: 32 },
  CRC64NVME: { poly: CRC64_POLY, width: 64 },
};

function gf2Times(matrix: bigint[], vector: bigint): bigint {
  let sum = 0n;
  for (let i = 0; vector; i++, vector >>= 1n) if (vector & 1n) sum ^= matrix[i]!;
  return sum;
}

const gf2Square = (matrix: bigint[]) => matrix.map((row) => gf2Times(matrix, row));

function crcCombine(algorithm: CrcAlgorithm, crcA: bigint, crcB: bigint, lengthB: number): bigint {
  if (lengthB === 0) return crcA;
  const { poly, width } = CRC_SPECS[algorithm];
  // The operator for one zero bit, then squared to two, four, eight (a byte) and onwards.
  let odd: bigint[] = [poly, ...Array.from({ length: width - 1 }, (_, n) => 1n << BigInt(n))];
  let even = gf2Square(odd);
  odd = gf2Square(even);
  let crc = crcA;
  let remaining = lengthB;
  for (;;) {
    even = gf2Square(odd);
    if (remaining % 2) crc = gf2Times(even, crc);
    remaining = Math.floor(remaining / 2);
    if (!remaining) break;
    odd = gf2Square(even);
    if (remaining % 2) crc = gf2Times(odd, crc);
    remaining = Math.floor(remaining / 2);
    if (!remaining) break;
  }
  return crc ^ crcB;
}

const fromBase64 = (value: string) =>
  BigInt(`0x${Buffer.from(value, 'base64').toString('hex') || '0'}`);

/** The CRC of several pieces' bytes in order, from each piece's CRC and size. */
export function combineCrcs(
  algorithm: CrcAlgorithm,
  pieces: readonly { value: string; size: number }[],
): string {
  let crc = fromBase64(checksumOf(algorithm, Buffer.alloc(0)));
  for (const piece of pieces) crc = crcCombine(algorithm, crc, fromBase64(piece.value), piece.size);
  const bytes = CRC_SPECS[algorithm].width / 8;
  return Buffer.from(crc.toString(16).padStart(bytes * 2, '0'), 'hex').toString('base64');
}

export const isCrc = (algorithm: ChecksumAlgorithm): algorithm is CrcAlgorithm =>
  algorithm === 'CRC32' || algorithm === 'CRC32C' || algorithm === 'CRC64NVME';

export const checksumHeader = (algorithm: string) => `x-amz-checksum-${algorithm.toLowerCase()}`;

export function parseChecksumAlgorithm(value: string): ChecksumAlgorithm | undefined {
  const upper = value.toUpperCase();
  return checksumAlgorithms.find((a) => a === upper);
}
