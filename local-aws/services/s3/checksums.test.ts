import { describe, expect, it } from 'vitest';
import { checksumHasher, checksumOf, combineCrcs, crc32c, crc64nvme } from './checksums';

const check = Buffer.from('123456789');

describe('S3 checksums', () => {
  it('match the published check values of each CRC', () => {
    expect(crc32c(check)).toBe(0xe3069283);
    expect(crc64nvme(check)).toBe(0xae8b14860a799888n);
    expect(Buffer.from(checksumOf('CRC32', check), 'base64').toString('hex')).toBe('cbf43926');
  });

  it('encode as S3 does: big-endian bytes in base64', () => {
    expect(checksumOf('CRC32C', check)).toBe(Buffer.from('e3069283', 'hex').toString('base64'));
    expect(checksumOf('CRC64NVME', Buffer.alloc(0))).toBe('AAAAAAAAAAA=');
    expect(checksumOf('SHA256', Buffer.alloc(0))).toBe(
      '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
    );
    expect(checksumOf('CRC32', Buffer.alloc(0))).toBe('AAAAAA==');
  });
});

/** A CRC a bit at a time, straight from its definition: the reference for the fast ones. */
function bitwiseCrc(poly: bigint, width: number, data: Uint8Array): bigint {
  const mask = (1n << BigInt(width)) - 1n;
  let crc = mask;
  for (const byte of data) {
    crc ^= BigInt(byte);
    for (let k = 0; k < 8; k++) crc = crc & 1n ? (crc >> 1n) ^ poly : crc >> 1n;
  }
  return crc ^ mask;
}

describe('S3 checksums a chunk at a time', () => {
  const data = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919 + 13) & 0xff));

  it('match the bitwise definition at every length and however the data is split', () => {
    for (const length of [0, 1, 7, 8, 9, 63, 64, 65, 1000]) {
      const piece = data.subarray(0, length);
      expect(crc32c(piece)).toBe(Number(bitwiseCrc(0x82f63b78n, 32, piece)));
      expect(crc64nvme(piece)).toBe(bitwiseCrc(0x9a6c9329ac4bc9b5n, 64, piece));
    }
    for (const algorithm of ['CRC32', 'CRC32C', 'CRC64NVME', 'SHA256', 'MD5'] as const) {
      const hasher = checksumHasher(algorithm);
      for (const [from, to] of [
        [0, 3],
        [3, 100],
        [100, 101],
        [101, 1000],
      ] as const)
        hasher.update(data.subarray(from, to));
      expect(hasher.digest()).toBe(checksumOf(algorithm, data));
    }
  });

  it('combine the CRCs of pieces into the CRC of the whole', () => {
    const cuts = [0, 5, 5, 333, 1000];
    for (const algorithm of ['CRC32', 'CRC32C', 'CRC64NVME'] as const) {
      const pieces = cuts.slice(1).map((end, i) => {
        const piece = data.subarray(cuts[i], end);
        return { value: checksumOf(algorithm, piece), size: piece.length };
      });
      expect(combineCrcs(algorithm, pieces)).toBe(checksumOf(algorithm, data));
    }
  });
});
