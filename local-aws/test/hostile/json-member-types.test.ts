import * as kmsSdk from '@aws-sdk/client-kms';
import * as transcribeSdk from '@aws-sdk/client-transcribe';
import * as identitySdk from '@aws-sdk/client-cognito-identity';
import * as idpSdk from '@aws-sdk/client-cognito-identity-provider';
import { NormalizedSchema } from '@smithy/core/schema';
import type { StaticOperationSchema } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import type { JsonService } from '../../core/service';
import { cognitoIdentityService } from '../../services/cognito-identity';
import { cognitoIdpService } from '../../services/cognito-idp';
import { kmsService } from '../../services/kms';
import { transcribeService } from '../../services/transcribe';
import { startForTests } from '../harness';
import { signedRequest } from './requests';

// Every member of every JSON operation local-aws serves, sent with the wrong JSON type: AWS's
// JSON readers refuse it as SerializationException / 400 before the operation runs. Before the
// check, such members reached the operations' code, and some ended as a 500.

const local = startForTests();

const services: [JsonService, Record<string, unknown>, string][] = [
  [kmsService, kmsSdk, 'kms'],
  [transcribeService, transcribeSdk, 'transcribe'],
  [cognitoIdpService, idpSdk, 'cognito-idp'],
  [cognitoIdentityService, identitySdk, 'cognito-identity'],
];

/** A value of the wrong JSON type for a member of this shape, and what it is. */
function wrongValue(schema: NormalizedSchema): [unknown, string] {
  if (schema.isDocumentSchema()) return [undefined, 'any'];
  if (schema.isStringSchema() || schema.isBlobSchema()) return [{ a: 'b' }, 'an object'];
  if (schema.isBooleanSchema()) return ['true', 'a string'];
  if (schema.isNumericSchema() || schema.isTimestampSchema()) return ['5', 'a string'];
  if (schema.isListSchema()) return ['x', 'a string'];
  return [['x'], 'a list'];
}

const inputOf = (sdk: Record<string, unknown>, operation: string) =>
  NormalizedSchema.of((sdk[`${operation}$`] as StaticOperationSchema)[4]);

const cases = services.flatMap(([service, sdk, signingName]) =>
  [...service.operations.keys()].flatMap((operation) =>
    [...inputOf(sdk, operation).structIterator()].flatMap(([member, schema]) => {
      const [value, kind] = wrongValue(schema);
      if (value === undefined) return [];
      return [{ service, signingName, operation, member, value, kind }];
    }),
  ),
);

const call = (service: JsonService, signingName: string, operation: string, body: unknown) =>
  signedRequest(local.url, {
    service: signingName,
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${service.targetPrefix}.${operation}`,
    },
    body: JSON.stringify(body),
  });

describe('JSON members of the wrong type', () => {
  it('covers every member of every JSON operation (180 of them)', () => {
    expect(cases.length).toBeGreaterThanOrEqual(180);
  });

  it.each(cases.map((c) => [`${c.operation}.${c.member} as ${c.kind}`, c] as const))(
    '%s is a SerializationException',
    async (_, { service, signingName, operation, member, value }) => {
      const answer = await call(service, signingName, operation, { [member]: value });
      expect({ status: answer.status, code: answer.code }).toEqual({
        status: 400,
        code: 'SerializationException',
      });
    },
  );

  it('says what it found where, in the reader words AWS uses', async () => {
    const [kms, , kmsName] = services[0]!;
    const tagsAsObject = await call(kms, kmsName, 'CreateKey', { Tags: { TagKey: 'a' } });
    expect(tagsAsObject.message).toBe('Start of structure or map found where not expected.');
    const limitAsString = await call(kms, kmsName, 'ListKeys', { Limit: '5' });
    expect(limitAsString.message).toBe('STRING_VALUE can not be converted to a Number');
    const tagKeyAsNumber = await call(kms, kmsName, 'CreateKey', {
      Tags: [{ TagKey: 5, TagValue: 'v' }],
    });
    expect(tagKeyAsNumber.message).toBe('NUMBER_VALUE can not be converted to a String');
    const contextValueAsList = await call(kms, kmsName, 'Encrypt', {
      KeyId: 'alias/transcribe-output',
      Plaintext: 'aGk=',
      EncryptionContext: { purpose: ['x'] },
    });
    expect(contextValueAsList.message).toBe('Start of list found where not expected.');
  });

  it('takes null as a member left out, and ignores members the model does not name', async () => {
    const [kms, , kmsName] = services[0]!;
    const listed = await call(kms, kmsName, 'ListKeys', {
      Limit: null,
      Marker: null,
      Unknown: { deep: [1] },
    });
    expect(listed.status).toBe(200);
    const created = await call(kms, kmsName, 'CreateKey', {
      Tags: [null, { TagKey: 'team', TagValue: 'audit' }, null],
    });
    expect(created.status).toBe(200);
    const keyId = (JSON.parse(created.text) as { KeyMetadata: { KeyId: string } }).KeyMetadata
      .KeyId;
    const tags = await call(kms, kmsName, 'ListResourceTags', { KeyId: keyId });
    expect(JSON.parse(tags.text)).toMatchObject({ Tags: [{ TagKey: 'team', TagValue: 'audit' }] });
    const encrypted = await call(kms, kmsName, 'Encrypt', {
      KeyId: 'alias/transcribe-output',
      Plaintext: 'aGk=',
      EncryptionContext: { purpose: 'audit', dropped: null },
    });
    expect(encrypted.status).toBe(200);
  });
});
