import { CreateKeyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { CreateMultipartUploadCommand, S3Client } from '@aws-sdk/client-s3';
import { describe } from 'vitest';
import { CURRENT_ACCOUNT, MEDIA_BUCKET, TRANSCRIPTS_BUCKET } from '../../seed/ids';
import { clientConfig, otherAdminCredentials, startForTests } from '../harness';
import { type HostileCase, replay } from './corpus';
import { rawRequest, signedRequest } from './requests';

const local = startForTests();

const kmsJson = (operation: string) => ({
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': `TrentService.${operation}`,
});

/**
 * A key whose policy grants Encrypt to anyone, on a StringLike condition: what another
 * account's call is decided by (its own account's root is not named).
 */
async function keyWithCondition(url: string, pattern: string): Promise<string> {
  const kms = new KMSClient(clientConfig(url));
  const key = await kms.send(new CreateKeyCommand({}));
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${CURRENT_ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'kms:Encrypt',
        Resource: '*',
        Condition: { StringLike: { 'kms:EncryptionContext:x': pattern } },
      },
    ],
  };
  await kms.send(
    new PutKeyPolicyCommand({ KeyId: key.KeyMetadata!.KeyId, Policy: JSON.stringify(policy) }),
  );
  return key.KeyMetadata!.Arn!;
}

async function encryptWithContext(url: string, value: string) {
  const keyArn = await keyWithCondition(url, `${'*a'.repeat(12)}!`);
  return signedRequest(url, {
    service: 'kms',
    headers: kmsJson('Encrypt'),
    body: JSON.stringify({ KeyId: keyArn, Plaintext: 'eA==', EncryptionContext: { x: value } }),
    credentials: otherAdminCredentials,
  });
}

/** A CompleteMultipartUpload body sent to an upload of its own. */
async function completeWith(url: string, body: string) {
  const s3 = new S3Client({ ...clientConfig(url), forcePathStyle: true });
  const key = `hostile/${Math.random().toString(36).slice(2)}`;
  const upload = await s3.send(
    new CreateMultipartUploadCommand({ Bucket: TRANSCRIPTS_BUCKET, Key: key }),
  );
  return signedRequest(url, {
    service: 's3',
    path: `/${TRANSCRIPTS_BUCKET}/${key}`,
    query: { uploadId: upload.UploadId! },
    body,
  });
}

const malformedXml = {
  status: 400,
  code: 'MalformedXML',
  message:
    'The XML you provided was not well-formed or did not validate against our published schema',
};

const cases: HostileCase[] = [
  {
    item: 1,
    // 28 a's: a backtracking matcher takes seconds (40 took 30 s, 60 never ended), so the
    // test ends even against one.
    name: 'StringLike *a*a…! (12 wildcards) against 28 a’s does not match, at once',
    attack: (url) => encryptWithContext(url, 'a'.repeat(28)),
    expected: { status: 400, code: 'AccessDeniedException' },
  },
  {
    item: 1,
    name: 'the same pattern matches 60 a’s and a !',
    attack: (url) => encryptWithContext(url, `${'a'.repeat(60)}!`),
    expected: { status: 200 },
  },
  {
    item: 2,
    // 94 KB: the quadratic parser took over a second on it (and 37 s on 800 KB, which
    // bench/hostile-input.ts replays), so the test ends even against one.
    name: 'CompleteMultipartUpload with 94 KB of unclosed tags is MalformedXML',
    attack: (url) =>
      completeWith(
        url,
        `<CompleteMultipartUpload>${'<Part>'.repeat(16_000)}</CompleteMultipartUpload>`,
      ),
    expected: malformedXml,
  },
  {
    item: 2,
    name: 'CompleteMultipartUpload nested 10,000 deep is MalformedXML',
    attack: (url) =>
      completeWith(
        url,
        `<CompleteMultipartUpload>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</CompleteMultipartUpload>`,
      ),
    expected: malformedXml,
  },
  {
    item: 2,
    name: 'CompleteMultipartUpload with an entity bomb is MalformedXML',
    attack: (url) =>
      completeWith(
        url,
        `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${'&a;'.repeat(10)}">`).join('')}]><CompleteMultipartUpload>&bbbbbbbbb;</CompleteMultipartUpload>`,
      ),
    expected: malformedXml,
  },
  {
    item: 2,
    name: 'CompleteMultipartUpload of 3 MB is too big',
    attack: (url) =>
      completeWith(
        url,
        `<CompleteMultipartUpload>${' '.repeat(3 * 1024 * 1024)}</CompleteMultipartUpload>`,
      ),
    expected: {
      status: 400,
      code: 'MaxMessageLengthExceeded',
      message: 'Your request was too big.',
    },
  },
  {
    item: 6,
    name: 'X-Amz-Target TrentService.constructor is an unknown operation',
    attack: (url) =>
      signedRequest(url, { service: 'kms', headers: kmsJson('constructor'), body: '{}' }),
    expected: { status: 400, code: 'UnknownOperationException' },
  },
  {
    item: 6,
    name: 'STS Action=__proto__ is an unknown action',
    attack: (url) =>
      signedRequest(url, {
        service: 'sts',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=__proto__&Version=2011-06-15',
      }),
    expected: { status: 400, code: 'InvalidAction' },
  },
  {
    item: 6,
    name: 'X-Amz-Target AWSCognitoIdentityProviderService.toString, unsigned, is an unknown operation',
    attack: (url) =>
      rawRequest(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.toString',
        },
        body: '{}',
      }),
    expected: { status: 400, code: 'UnknownOperationException' },
  },
  {
    item: 6,
    name: 'X-Amz-Target Transcribe.__proto__ is an unknown operation',
    attack: (url) =>
      signedRequest(url, {
        service: 'transcribe',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'Transcribe.__proto__',
        },
        body: '{}',
      }),
    expected: { status: 400, code: 'UnknownOperationException' },
  },
  {
    item: 6,
    name: 'STS Action=constructor is an unknown action',
    attack: (url) =>
      signedRequest(url, {
        service: 'sts',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=constructor&Version=2011-06-15',
      }),
    expected: { status: 400, code: 'InvalidAction' },
  },
  {
    item: 9,
    name: 'a malformed %-escape in an S3 query is InvalidURI',
    attack: (url) =>
      rawRequest(url, { path: `/${MEDIA_BUCKET}`, rawQuery: 'list-type=2&prefix=%E0%A4%A' }),
    expected: { status: 400, code: 'InvalidURI', message: "Couldn't parse the specified URI." },
  },
  {
    item: 9,
    name: 'a malformed %-escape in an STS form body is MalformedQueryString',
    attack: (url) =>
      signedRequest(url, {
        service: 'sts',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=GetCallerIdentity&Version=2011-06-15&x=%zz',
      }),
    expected: { status: 400, code: 'MalformedQueryString' },
  },
  {
    item: 9,
    name: 'a malformed %-escape in a KMS query string is MalformedQueryString',
    attack: (url) =>
      rawRequest(url, {
        method: 'POST',
        rawQuery: 'x=%',
        headers: kmsJson('ListKeys'),
        body: '{}',
      }),
    expected: { status: 400, code: 'MalformedQueryString' },
  },
  {
    item: 9,
    name: 'CR/LF in response-content-type is InvalidArgument',
    attack: (url) =>
      signedRequest(url, {
        service: 's3',
        method: 'GET',
        path: `/${MEDIA_BUCKET}/samples/meeting.wav`,
        query: { 'response-content-type': 'text/plain\r\nX-Injected: 1' },
      }),
    expected: { status: 400, code: 'InvalidArgument', message: 'control characters' },
  },
  {
    item: 9,
    name: 'a response-content-disposition outside ISO-8859-1 is InvalidArgument',
    attack: (url) =>
      signedRequest(url, {
        service: 's3',
        method: 'GET',
        path: `/${MEDIA_BUCKET}/samples/meeting.wav`,
        query: { 'response-content-disposition': 'attachment; filename="微.wav"' },
      }),
    expected: {
      status: 400,
      code: 'InvalidArgument',
      message: 'Header value cannot be represented using ISO-8859-1.',
    },
  },
  {
    item: 9,
    name: 'JSON nested 100,000 deep is a SerializationException',
    attack: (url) =>
      signedRequest(url, {
        service: 'kms',
        headers: kmsJson('Encrypt'),
        body: `{"KeyId":"alias/analytics","Plaintext":"eA==","EncryptionContext":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      }),
    expected: {
      status: 400,
      code: 'SerializationException',
      message: 'JSON input nests deeper than 64 levels.',
    },
  },
  {
    item: 9,
    // Deep enough that anything walking it recursively (JSON.stringify in an error message)
    // overflows the stack: a 500 without the depth limit.
    name: 'Transcribe input nested 100,000 deep is a SerializationException',
    attack: (url) =>
      signedRequest(url, {
        service: 'transcribe',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'Transcribe.StartTranscriptionJob',
        },
        body: `{"TranscriptionJobName":"deep","Tags":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      }),
    expected: {
      status: 400,
      code: 'SerializationException',
      message: 'JSON input nests deeper than 64 levels.',
    },
  },
];

describe('hostile input: policies, XML, dispatch, parsing', () => {
  replay(local, cases);
});
