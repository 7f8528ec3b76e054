import { describe, expect, it } from 'vitest';
import { placeResourceSubmitError } from '@/lib/custom-resources/submit-error';
import { resourceScope } from '@/lib/custom-resources/resource-fields';
import {
  emptyVocabularyValues,
  toCreateVocabularyInput,
  vocabularyPlacement,
  vocabularySchema,
} from './form-schema';

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-0001-4000-8000-111122223333';
const ROLE = 'arn:aws:iam::111122223333:role/TranscribeDataAccess';
const scope = resourceScope(
  { name: 'vocabulary', plural: 'vocabularies' },
  'us-east-1',
  '111122223333',
);

describe('the create-vocabulary form', () => {
  it('sends typed phrases, or the file, and with encryption the key ARN, context and role', () => {
    const phrases = {
      ...emptyVocabularyValues,
      name: 'v',
      terms: [{ value: 'Los-Angeles' }],
      tags: [{ key: 'team', value: 'a' }],
    };
    expect(toCreateVocabularyInput(phrases, undefined)).toEqual({
      VocabularyName: 'v',
      LanguageCode: 'en-US',
      Phrases: ['Los-Angeles'],
      VocabularyFileUri: undefined,
      Tags: [{ Key: 'team', Value: 'a' }],
    });
    const file = {
      ...phrases,
      inputSource: 's3' as const,
      fileUri: ' s3://b/terms.txt ',
      encryption: true,
      roleArn: ROLE,
      encryptionContext: [{ key: 'team', value: 'a' }],
    };
    expect(toCreateVocabularyInput(file, KEY_ARN)).toMatchObject({
      Phrases: undefined,
      VocabularyFileUri: 's3://b/terms.txt',
      DataAccessRoleArn: ROLE,
      EncryptionConfiguration: { KMSKey: KEY_ARN, KMSEncryptionContext: { team: 'a' } },
    });
  });

  it('checks the chosen source only, each row on its own', () => {
    const parse = (values: typeof emptyVocabularyValues) =>
      vocabularySchema(scope)
        .safeParse(values)
        .error?.issues.map((issue) => issue.path.join('.'));
    const values = {
      ...emptyVocabularyValues,
      name: 'v',
      terms: [{ value: 'ok' }, { value: 'OK' }],
    };
    expect(parse(values)).toEqual(['terms.1.value']);
    expect(parse({ ...values, terms: [] })).toEqual(['terms']);
    expect(parse({ ...values, inputSource: 's3' })).toEqual(['fileUri']);
    expect(parse({ ...values, inputSource: 's3', fileUri: 's3://bucket/k.txt' })).toBeUndefined();
  });

  it("puts Transcribe's refusals on the field they are about", () => {
    const rules = vocabularyPlacement({ ...emptyVocabularyValues, name: 'v' });
    const refusal = (message: string) =>
      placeResourceSubmitError(
        Object.assign(new Error(message), { name: 'BadRequestException' }),
        rules,
      );
    expect(refusal("The KMSKey that you specified isn't a full KMS key ARN: k.")).toMatchObject({
      field: 'kmsKeyId',
    });
    expect(
      refusal('You must specify a DataAccessRoleArn when you specify an EncryptionConfiguration'),
    ).toMatchObject({ field: 'roleArn' });
    expect(refusal('The vocabulary has a phrase that is not valid for en-US.')).toMatchObject({
      field: 'terms',
    });
  });
});
