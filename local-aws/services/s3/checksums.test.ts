import { describe, expect, it } from 'vitest';
import { checksumOf, crc32c, crc64nvme } from './checksums';

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
