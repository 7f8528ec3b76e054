import { describe, expect, it } from 'vitest';
import { resourceScope } from '@/lib/custom-resources/resource-fields';
import { emptyFilterValues, filterSchema, toCreateVocabularyFilterInput } from './form-schema';

const scope = resourceScope(
  { name: 'vocabulary filter', plural: 'vocabulary filters' },
  'us-east-1',
  undefined,
);

describe('the create-vocabulary-filter form', () => {
  it('sends the words, or the word list file', () => {
    const values = { ...emptyFilterValues, name: 'f', terms: [{ value: 'darn' }] };
    expect(toCreateVocabularyFilterInput(values, undefined)).toMatchObject({
      VocabularyFilterName: 'f',
      Words: ['darn'],
      VocabularyFilterFileUri: undefined,
    });
    expect(
      toCreateVocabularyFilterInput(
        { ...values, inputSource: 's3', fileUri: 's3://bucket/w.txt' },
        undefined,
      ),
    ).toMatchObject({ Words: undefined, VocabularyFilterFileUri: 's3://bucket/w.txt' });
  });

  it('holds each word to one word of the language', () => {
    const issues = filterSchema(scope).safeParse({
      ...emptyFilterValues,
      name: 'f',
      terms: [{ value: 'two words' }],
    }).error?.issues;
    expect(issues?.map((issue) => issue.message)).toEqual([
      '"two words" has a space. Enter one word per row.',
    ]);
  });
});
