import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { computeSignature } from './sigv4-canonical';

// The verifier must agree with the SDK's own signer (what every client here signs with) on
// every shape of request: it is compared with @smithy/signature-v4 itself.

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const sessionCredentials = { ...credentials, sessionToken: 'FQoGZXIvYXdzE//token+with/odd=chars' };
const signingDate = new Date('2026-11-30T21:30:05Z');
const amzDate = '20261130T213005Z';

const lowerCased = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

async function sdkSigned(
  request: HttpRequest,
  service: string,
  creds: typeof credentials & { sessionToken?: string } = credentials,
) {
  const signer = new SignatureV4({
    credentials: creds,
    region: 'eu-west-1',
    service,
    sha256: Sha256,
    uriEscapePath: service !== 's3',
  });
  const signed = (await signer.sign(request, { signingDate })) as HttpRequest;
  const authorization = String(signed.headers.authorization);
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)![1]!.split(';');
  const signature = /Signature=([0-9a-f]+)/.exec(authorization)![1]!;
  return { signed, signedHeaders, signature };
}

function hexSha256(body: string): string {
  const hash = new Sha256();
  hash.update(body);
  return Buffer.from(hash.digestSync()).toString('hex');
}

describe('computeSignature agrees with @smithy/signature-v4', () => {
  it('a JSON 1.1 call with a body, signed with a session token', async () => {
    const body = JSON.stringify({ Limit: 100, Marker: 'ünïcode "quoted"' });
    const request = new HttpRequest({
      method: 'POST',
      hostname: '127.0.0.1',
      port: 4566,
      path: '/',
      headers: {
        host: '127.0.0.1:4566',
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'TrentService.ListKeys',
        'x-amz-user-agent': 'aws-sdk-js/3   with  runs\tof  spaces ',
      },
      body,
    });
    const { signed, signedHeaders, signature } = await sdkSigned(
      request,
      'kms',
      sessionCredentials,
    );
    expect(signedHeaders).toContain('x-amz-security-token');
    expect(
      computeSignature({
        method: 'POST',
        path: '/',
        isS3: false,
        query: {},
        signedHeaderNames: signedHeaders,
        headers: lowerCased(signed.headers),
        payloadHash: hexSha256(body),
        amzDate,
        region: 'eu-west-1',
        service: 'kms',
        secretAccessKey: credentials.secretAccessKey,
      }),
    ).toBe(signature);
  });

  it('a path to normalise and a query of repeated, empty and reserved values', async () => {
    const path = '/a/./b//c/../d e/ü*(x)!~/';
    const query = {
      z: ['3', '1', '2'],
      'a b': "it's (all) *here*!",
      empty: '',
      'x-amz-meta': 'ü+/=&?',
      A: 'upper sorts first',
    };
    const request = new HttpRequest({
      method: 'GET',
      hostname: 'transcribe.eu-west-1.amazonaws.com',
      path,
      query,
      headers: { host: 'transcribe.eu-west-1.amazonaws.com' },
    });
    const { signed, signedHeaders, signature } = await sdkSigned(request, 'transcribe');
    expect(
      computeSignature({
        method: 'GET',
        path,
        isS3: false,
        query,
        signedHeaderNames: signedHeaders,
        headers: lowerCased(signed.headers),
        payloadHash: hexSha256(''),
        amzDate,
        region: 'eu-west-1',
        service: 'transcribe',
        secretAccessKey: credentials.secretAccessKey,
      }),
    ).toBe(signature);
  });

  it('an S3 request: the path as sent, the declared payload hash', async () => {
    const path = '/media-bucket/folder/a%20file%2Bplus%C3%BC.wav';
    const request = new HttpRequest({
      method: 'PUT',
      hostname: '127.0.0.1',
      path,
      query: { 'x-id': 'PutObject' },
      headers: {
        host: '127.0.0.1',
        'content-type': 'audio/wav',
        'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
        'x-amz-server-side-encryption': 'aws:kms',
      },
      body: 'not hashed',
    });
    const { signed, signedHeaders, signature } = await sdkSigned(request, 's3', sessionCredentials);
    expect(
      computeSignature({
        method: 'PUT',
        path,
        isS3: true,
        query: { 'x-id': 'PutObject' },
        signedHeaderNames: signedHeaders,
        headers: lowerCased(signed.headers),
        payloadHash: 'UNSIGNED-PAYLOAD',
        amzDate,
        region: 'eu-west-1',
        service: 's3',
        secretAccessKey: credentials.secretAccessKey,
      }),
    ).toBe(signature);
  });

  it('a presigned S3 URL, its query as sent', async () => {
    const signer = new SignatureV4({
      credentials: sessionCredentials,
      region: 'eu-west-1',
      service: 's3',
      sha256: Sha256,
      uriEscapePath: false,
    });
    const path = '/output-bucket/transcripts/job%201.json';
    const presigned = await signer.presign(
      new HttpRequest({
        method: 'GET',
        hostname: '127.0.0.1',
        path,
        query: { 'response-content-disposition': 'attachment; filename="job 1.json"' },
        headers: { host: '127.0.0.1:4566', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      }),
      { signingDate, expiresIn: 900, unsignableHeaders: new Set(['x-amz-content-sha256']) },
    );
    const query = presigned.query as Record<string, string>;
    expect(
      computeSignature({
        method: 'GET',
        path,
        isS3: true,
        query,
        signedHeaderNames: query['X-Amz-SignedHeaders']!.split(';'),
        headers: { host: '127.0.0.1:4566' },
        payloadHash: 'UNSIGNED-PAYLOAD',
        amzDate,
        region: 'eu-west-1',
        service: 's3',
        secretAccessKey: credentials.secretAccessKey,
      }),
    ).toBe(query['X-Amz-Signature']);
  });

  it('a different secret, region or day gives a different signature (no stale signing key)', () => {
    const input = {
      method: 'GET',
      path: '/',
      isS3: false,
      query: {},
      signedHeaderNames: ['host', 'x-amz-date'],
      headers: { host: 'h', 'x-amz-date': amzDate },
      payloadHash: hexSha256(''),
      amzDate,
      region: 'eu-west-1',
      service: 'kms',
      secretAccessKey: credentials.secretAccessKey,
    };
    const base = computeSignature(input);
    expect(computeSignature(input)).toBe(base);
    expect(computeSignature({ ...input, secretAccessKey: 'other' })).not.toBe(base);
    expect(computeSignature({ ...input, region: 'us-east-1' })).not.toBe(base);
    // The same request a day later: only the signing key's day differs in what is hashed.
    const nextDay = { ...input, amzDate: '20261201T213005Z' };
    expect(computeSignature(nextDay)).not.toBe(computeSignature({ ...nextDay, amzDate }));
  });
});
