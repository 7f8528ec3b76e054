import { describe, expect, it } from 'vitest';
import { resourceScope } from '@/lib/custom-resources/resource-fields';
import { emptyModelValues, modelSchema, toCreateLanguageModelInput } from './form-schema';

const ROLE = 'arn:aws:iam::111122223333:role/TranscribeDataAccess';
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-0001-4000-8000-111122223333';
const scope = resourceScope(
  { name: 'language model', plural: 'language models' },
  'us-east-1',
  undefined,
);

describe('the create-language-model form', () => {
  it('always asks for the training data and the role; tuning data only when typed', () => {
    const paths = (values: typeof emptyModelValues) =>
      modelSchema(scope)
        .safeParse(values)
        .error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...emptyModelValues, name: 'm' })).toEqual(['roleArn', 'trainingUri']);
    const valid = { ...emptyModelValues, name: 'm', roleArn: ROLE, trainingUri: 's3://bucket/t/' };
    expect(paths(valid)).toBeUndefined();
    expect(paths({ ...valid, tuningUri: 'bucket/tuning' })).toEqual(['tuningUri']);
  });

  it('sends the role in InputDataConfig and the key ARN in EncryptionConfiguration', () => {
    const values = {
      ...emptyModelValues,
      name: 'm',
      roleArn: ROLE,
      trainingUri: 's3://bucket/t/',
      encryption: true,
      encryptionContext: [{ key: 'team', value: 'a' }],
    };
    expect(toCreateLanguageModelInput(values, KEY_ARN)).toEqual({
      ModelName: 'm',
      LanguageCode: 'en-US',
      BaseModelName: 'WideBand',
      InputDataConfig: {
        S3Uri: 's3://bucket/t/',
        TuningDataS3Uri: undefined,
        DataAccessRoleArn: ROLE,
      },
      EncryptionConfiguration: { KMSKey: KEY_ARN, KMSEncryptionContext: { team: 'a' } },
      Tags: undefined,
    });
  });
});
