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

function reflectedTable32(polynomial: number): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ polynomial : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

const crc32cTable = reflectedTable32(0x82f63b78);

export function crc32c(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = crc32cTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// CRC-64/NVME, reflected; BigInt keeps it exact (objects here are small).
const crc64Table: bigint[] = (() => {
  const polynomial = 0x9a6c9329ac4bc9b5n;
  const table: bigint[] = [];
  for (let n = 0n; n < 256n; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ polynomial : c >> 1n;
    table.push(c);
  }
  return table;
})();

const MASK64 = 0xffffffffffffffffn;

export function crc64nvme(data: Uint8Array): bigint {
  let crc = MASK64;
  for (const byte of data) crc = crc64Table[Number((crc ^ BigInt(byte)) & 0xffn)]! ^ (crc >> 8n);
  return (crc ^ MASK64) & MASK64;
}

const uint32Bytes = (value: number) => {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out;
};

/** The checksum of `data` in the base64 form S3 puts in `x-amz-checksum-*`. */
export function checksumOf(algorithm: ChecksumAlgorithm, data: Uint8Array): string {
  switch (algorithm) {
    case 'CRC32':
      return uint32Bytes(zlibCrc32(data)).toString('base64');
    case 'CRC32C':
      return uint32Bytes(crc32c(data)).toString('base64');
    case 'CRC64NVME': {
      const out = Buffer.alloc(8);
      out.writeBigUInt64BE(crc64nvme(data));
      return out.toString('base64');
    }
    case 'SHA1':
      return createHash('sha1').update(data).digest('base64');
    case 'SHA256':
      return createHash('sha256').update(data).digest('base64');
    case 'SHA512':
      return createHash('sha512').update(data).digest('base64');
    case 'MD5':
      return createHash('md5').update(data).digest('base64');
  }
}

export const checksumHeader = (algorithm: string) => `x-amz-checksum-${algorithm.toLowerCase()}`;

export function parseChecksumAlgorithm(value: string): ChecksumAlgorithm | undefined {
  const upper = value.toUpperCase();
  return checksumAlgorithms.find((a) => a === upper);
}
