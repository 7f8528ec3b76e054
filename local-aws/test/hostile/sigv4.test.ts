import { createHash } from 'node:crypto';
import { describe } from 'vitest';
import { findCredentials } from '../../core/identity';
import { MEDIA_BUCKET, SEEDED_MEDIA, TRANSCRIBE_SERVICE_USER } from '../../seed/ids';
import { serviceBucketName } from '../../services/transcribe/service-bucket';
import { startForTests } from '../harness';
import { type HostileCase, replay } from './corpus';
import { presignedUrl, rawRequest, signedRequest, type SignSpec } from './requests';

const local = startForTests();

const DAY_MS = 24 * 60 * 60 * 1000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const MEETING = `/${MEDIA_BUCKET}/${SEEDED_MEDIA.meeting}`;

const kms: SignSpec = {
  service: 'kms',
  headers: {
    'content-type': 'application/x-amz-json-1.1',
    'x-amz-target': 'TrentService.ListKeys',
  },
  body: '{}',
};
const sts: SignSpec = {
  service: 'sts',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: 'Action=GetCallerIdentity&Version=2011-06-15',
};
const s3List: SignSpec = { service: 's3', method: 'GET', path: `/${MEDIA_BUCKET}` };

/** A presigned GET of the meeting sample, dated and lasting as told. */
const presignedGet = (url: string, signingDate: Date, expiresIn: number) =>
  presignedUrl(url, { service: 's3', path: MEETING, signingDate, expiresIn });

async function get(url: string) {
  const { pathname, search } = new URL(url);
  return rawRequest(url, { path: pathname, rawQuery: search.slice(1) });
}

const invalidSignature = { status: 400, code: 'InvalidSignatureException' };
const incomplete = { status: 400, code: 'IncompleteSignatureException' };

const cases: HostileCase[] = [
  {
    item: 3,
    name: 'a presigned URL dated a year from now is not yet valid',
    attack: async (url) => get(await presignedGet(url, new Date(Date.now() + 365 * DAY_MS), 3600)),
    expected: { status: 403, code: 'AccessDenied', message: 'Request is not yet valid' },
  },
  {
    item: 3,
    name: 'a presigned URL dated 300 days ago has expired, seven days or not',
    attack: async (url) =>
      get(await presignedGet(url, new Date(Date.now() - 300 * DAY_MS), 604800)),
    expected: { status: 403, code: 'AccessDenied', message: 'Request has expired' },
  },
  {
    item: 3,
    name: 'X-Amz-Expires over seven days is refused',
    attack: async (url) =>
      get(
        (await presignedGet(url, new Date(), 3600)).replace(
          'X-Amz-Expires=3600',
          'X-Amz-Expires=604801',
        ),
      ),
    expected: {
      status: 400,
      code: 'AuthorizationQueryParametersError',
      message: 'X-Amz-Expires must be less than a week (in seconds) that is 604800',
    },
  },
  {
    item: 3,
    name: 'X-Amz-Expires that is not a number is refused',
    attack: async (url) =>
      get(
        (await presignedGet(url, new Date(), 3600)).replace(
          'X-Amz-Expires=3600',
          'X-Amz-Expires=1e9',
        ),
      ),
    expected: {
      status: 400,
      code: 'AuthorizationQueryParametersError',
      message: 'X-Amz-Expires should be a number',
    },
  },
  {
    item: 3,
    name: 'a presigned URL within its window is served',
    attack: async (url) => get(await presignedGet(url, new Date(Date.now() - 60_000), 3600)),
    expected: { status: 200 },
  },
  {
    item: 8,
    name: 'KMS signed for another Region',
    attack: (url) => signedRequest(url, { ...kms, signingRegion: 'eu-west-1' }),
    expected: { ...invalidSignature, message: 'Credential should be scoped to a valid region. ' },
  },
  {
    item: 8,
    name: 'STS signed for another Region',
    attack: (url) => signedRequest(url, { ...sts, signingRegion: 'eu-west-1' }),
    expected: {
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'. ",
    },
  },
  {
    item: 8,
    name: 'KMS signed for another service',
    attack: (url) => signedRequest(url, { ...kms, signingService: 'transcribe' }),
    expected: {
      ...invalidSignature,
      message: "Credential should be scoped to correct service: 'kms'. ",
    },
  },
  {
    item: 8,
    name: 'S3 signed for another service',
    attack: (url) => signedRequest(url, { ...s3List, signingService: 'kms' }),
    expected: {
      status: 400,
      code: 'AuthorizationHeaderMalformed',
      message: "incorrect service 'kms'. This endpoint belongs to 's3'.",
    },
  },
  {
    item: 8,
    name: 'KMS with host left out of the signature',
    attack: (url) => signedRequest(url, { ...kms, unsigned: ['host'] }),
    expected: { ...incomplete, message: "'Host' or ':authority' must be a 'SignedHeader'" },
  },
  {
    item: 8,
    name: 'S3 with host left out of the signature',
    attack: (url) => signedRequest(url, { ...s3List, unsigned: ['host'] }),
    expected: {
      status: 403,
      code: 'AccessDenied',
      message: 'There were headers present in the request which were not signed',
    },
  },
  {
    item: 8,
    name: 'KMS with x-amz-date left out of the signature (a replay could carry a fresh date)',
    attack: (url) => signedRequest(url, { ...kms, unsigned: ['x-amz-date'] }),
    expected: invalidSignature,
  },
  {
    item: 8,
    name: 'S3 with x-amz-date left out of the signature',
    attack: (url) => signedRequest(url, { ...s3List, unsigned: ['x-amz-date'] }),
    expected: { status: 403, code: 'SignatureDoesNotMatch' },
  },
  {
    item: 8,
    name: 'S3 with a presigned URL and an Authorization header',
    attack: async (url) => {
      const { pathname, search } = new URL(await presignedGet(url, new Date(), 3600));
      return rawRequest(url, {
        path: pathname,
        rawQuery: search.slice(1),
        headers: {
          authorization:
            'AWS4-HMAC-SHA256 Credential=x/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00',
        },
      });
    },
    expected: { status: 400, code: 'InvalidArgument', message: 'Only one auth mechanism allowed' },
  },
  {
    item: 8,
    name: 'KMS with an Authorization header and X-Amz-Signature in the query',
    attack: (url) =>
      signedRequest(url, {
        ...kms,
        query: { 'X-Amz-Signature': '00', 'X-Amz-Algorithm': 'AWS4-HMAC-SHA256' },
      }),
    expected: incomplete,
  },
  {
    item: 8,
    name: 'KMS signed over UNSIGNED-PAYLOAD: the body is bound anyway',
    attack: (url) =>
      signedRequest(url, {
        ...kms,
        headers: { ...kms.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      }),
    expected: invalidSignature,
  },
  {
    item: 8,
    name: 'KMS signed over one body and sent with another',
    attack: (url) =>
      signedRequest(url, {
        ...kms,
        headers: { ...kms.headers, 'x-amz-content-sha256': sha256('{}') },
        sendBody: '{"Limit":1}',
      }),
    expected: invalidSignature,
  },
  {
    item: 11,
    name: 'the Transcribe service’s old static key writes nothing',
    attack: (url) =>
      signedRequest(url, {
        service: 's3',
        method: 'PUT',
        path: `/${serviceBucketName('us-east-1')}/overwrite.json`,
        body: '{}',
        credentials: {
          accessKeyId: TRANSCRIBE_SERVICE_USER.accessKeyId,
          secretAccessKey: 'localTranscribeServiceSecret999988887777',
        },
      }),
    expected: { status: 403, code: 'SignatureDoesNotMatch' },
  },
  {
    item: 11,
    name: 'even with its own key, the Transcribe service user may only read',
    attack: (url) =>
      signedRequest(url, {
        service: 's3',
        method: 'PUT',
        path: `/${serviceBucketName('us-east-1')}/overwrite.json`,
        body: '{}',
        credentials: {
          accessKeyId: TRANSCRIBE_SERVICE_USER.accessKeyId,
          secretAccessKey: findCredentials(local.server.world, TRANSCRIBE_SERVICE_USER.accessKeyId)!
            .secretAccessKey,
        },
      }),
    expected: { status: 403, code: 'AccessDenied' },
  },
];

describe('hostile input: signatures', () => {
  replay(local, cases);
});
