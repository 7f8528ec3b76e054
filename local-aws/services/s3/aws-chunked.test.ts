import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AwsChunkedDecoder, decodeAwsChunked, isAwsChunked } from './aws-chunked';

describe('aws-chunked bodies', () => {
  it('decodes unsigned chunks with a checksum trailer', () => {
    const body = Buffer.from(
      '5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n',
    );
    expect(decodeAwsChunked(body)).toEqual({
      data: Buffer.from('hello world'),
      trailers: { 'x-amz-checksum-crc32': 'DUoRhQ==' },
    });
  });

  it('decodes an empty stream', () => {
    expect(decodeAwsChunked(Buffer.from('0\r\n\r\n')).data.length).toBe(0);
  });

  it('refuses a truncated or malformed stream', () => {
    expect(() => decodeAwsChunked(Buffer.from('a\r\nhello\r\n'))).toThrow(
      expect.objectContaining({ code: 'IncompleteBody' }),
    );
    expect(() => decodeAwsChunked(Buffer.from('zz\r\nhello\r\n0\r\n\r\n'))).toThrow(
      expect.objectContaining({ code: 'IncompleteBody' }),
    );
    expect(() => decodeAwsChunked(Buffer.from('5\r\nhelloXX0\r\n\r\n'))).toThrow(
      expect.objectContaining({ code: 'IncompleteBody' }),
    );
  });

  // AWS's published example (S3 SigV4 streaming docs): the first chunk's signature.
  it('checks chunk signatures against the seed signature', () => {
    const signing = {
      seedSignature: '4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9',
      amzDate: '20130524T000000Z',
      scope: '20130524/us-east-1/s3/aws4_request',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    };
    const chunk = Buffer.alloc(65536, 'a');
    const first = 'ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648';
    const body = Buffer.concat([
      Buffer.from(`10000;chunk-signature=${first}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]);
    // The published chain continues; sign the closing chunk ourselves from the first.
    const dateKey = createHmac('sha256', `AWS4${signing.secretAccessKey}`)
      .update('20130524')
      .digest();
    const key = ['us-east-1', 's3', 'aws4_request'].reduce(
      (k, part) => createHmac('sha256', k).update(part).digest(),
      dateKey,
    );
    const empty = createHash('sha256').update('').digest('hex');
    const last = createHmac('sha256', key)
      .update(
        ['AWS4-HMAC-SHA256-PAYLOAD', signing.amzDate, signing.scope, first, empty, empty].join(
          '\n',
        ),
      )
      .digest('hex');
    const complete = Buffer.concat([body, Buffer.from(`0;chunk-signature=${last}\r\n\r\n`)]);
    expect(decodeAwsChunked(complete, signing).data.length).toBe(65536);
    const forged = Buffer.from(complete);
    forged[1000] = 0x62; // one byte of the data changed
    expect(() => decodeAwsChunked(forged, signing)).toThrow(
      expect.objectContaining({ code: 'SignatureDoesNotMatch', status: 403 }),
    );
  });

  it('recognises streaming payloads', () => {
    expect(isAwsChunked({ 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' })).toBe(
      true,
    );
    expect(isAwsChunked({ 'content-encoding': 'gzip, aws-chunked' })).toBe(true);
    expect(isAwsChunked({ 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' })).toBe(false);
  });
});

describe('aws-chunked bodies as they arrive', () => {
  it('decode the same however the body is cut into pieces', () => {
    const body = Buffer.from(
      '5\r\nhello\r\n6\r\n world\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n',
    );
    for (const size of [1, 2, 3, 7, 64]) {
      const decoder = new AwsChunkedDecoder();
      const data: Buffer[] = [];
      for (let at = 0; at < body.length; at += size)
        data.push(...decoder.push(body.subarray(at, at + size)));
      expect(Buffer.concat(data).toString()).toBe('hello world');
      expect(decoder.end()).toEqual({ 'x-amz-checksum-crc32': 'DUoRhQ==' });
    }
  });

  it('refuse a body that ends before its last chunk', () => {
    const decoder = new AwsChunkedDecoder();
    decoder.push(Buffer.from('5\r\nhel'));
    expect(() => decoder.end()).toThrow(expect.objectContaining({ code: 'IncompleteBody' }));
  });
});
