import { describe, expect, it } from 'vitest';
import { parseTranscriptFileUri, s3Uri } from './transcript-location';

const customer = (bucket: string, key: string) => ({ kind: 'customer-bucket', bucket, key });

describe('parseTranscriptFileUri', () => {
  it('reads the path-style URI Transcribe returns for a customer bucket', () => {
    expect(
      parseTranscriptFileUri(
        'https://s3.us-east-1.amazonaws.com/transcripts-111122223333/out/job-1.json',
      ),
    ).toEqual(customer('transcripts-111122223333', 'out/job-1.json'));
    expect(parseTranscriptFileUri('https://s3.amazonaws.com/my.bucket/a.json')).toEqual(
      customer('my.bucket', 'a.json'),
    );
    expect(parseTranscriptFileUri('https://s3-eu-west-1.amazonaws.com/b-1/k/x.json')).toEqual(
      customer('b-1', 'k/x.json'),
    );
  });

  it('reads the virtual-hosted form', () => {
    expect(
      parseTranscriptFileUri('https://transcripts-1.s3.us-west-2.amazonaws.com/deep/er/j.json'),
    ).toEqual(customer('transcripts-1', 'deep/er/j.json'));
    expect(parseTranscriptFileUri('https://my.dotted.bucket.s3.amazonaws.com/j.json')).toEqual(
      customer('my.dotted.bucket', 'j.json'),
    );
  });

  it('decodes percent-encoded key segments', () => {
    expect(
      parseTranscriptFileUri("https://s3.us-east-1.amazonaws.com/b-1/it's%20(1)/j%21.json"),
    ).toEqual(customer('b-1', "it's (1)/j!.json"));
  });

  it('reads path-style URIs of the configured local endpoint', () => {
    expect(
      parseTranscriptFileUri('http://127.0.0.1:4566/transcripts-1/j.json', 'http://127.0.0.1:4566'),
    ).toEqual(customer('transcripts-1', 'j.json'));
    expect(
      parseTranscriptFileUri('http://127.0.0.1:4566/s3/bkt/j.json', 'http://127.0.0.1:4566/s3/'),
    ).toEqual(customer('bkt', 'j.json'));
    // Plain http elsewhere is no S3 address this console reads.
    expect(parseTranscriptFileUri('http://127.0.0.1:9999/b-1/j.json').kind).toBe('unknown');
  });

  it('treats a presigned URL as the service-managed bucket', () => {
    const url =
      'https://s3.us-east-1.amazonaws.com/aws-transcribe-us-east-1-prod/111122223333/j/asr.json?X-Amz-Security-Token=x&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc';
    expect(parseTranscriptFileUri(url)).toEqual({ kind: 'service-bucket', url });
    const local =
      'http://127.0.0.1:4566/aws-transcribe-us-east-1-prod/j.json?X-Amz-Credential=a&X-Amz-Signature=b';
    expect(parseTranscriptFileUri(local, 'http://127.0.0.1:4566').kind).toBe('service-bucket');
  });

  it('reads s3:// URIs', () => {
    expect(parseTranscriptFileUri('s3://bucket-a/x/y.json')).toEqual(
      customer('bucket-a', 'x/y.json'),
    );
  });

  it('calls anything else unknown rather than guessing', () => {
    for (const uri of [
      '',
      'not a url',
      'ftp://s3.amazonaws.com/b-1/k',
      'https://example.com/b-1/k.json',
      'https://s3.us-east-1.amazonaws.com/only-bucket',
      'https://s3.us-east-1.amazonaws.com/UPPER/k.json',
      'https://s3.us-east-1.amazonaws.com/b-1/%E0%A4%A.json',
      's3://b',
    ])
      expect(parseTranscriptFileUri(uri)).toEqual({ kind: 'unknown', uri });
  });

  it('writes s3:// URIs', () => {
    expect(s3Uri({ bucket: 'b-1', key: 'k/j.json' })).toBe('s3://b-1/k/j.json');
  });
});
