import { describe, expect, it } from 'vitest';
import { resourceScope } from '@/lib/custom-resources/resource-fields';
import { placeResourceSubmitError } from '@/lib/custom-resources/submit-error';
import {
  emptyTermListValues,
  termListPlacement,
  termListSchema,
} from '@/lib/custom-resources/term-list-form';
import { filterKind, toCreateVocabularyFilterInput } from './form-schema';

const scope = resourceScope(
  { name: 'vocabulary filter', plural: 'vocabulary filters' },
  'us-east-1',
  undefined,
);

describe('the create-vocabulary-filter form', () => {
  it('sends the words, or the word list file', () => {
    const values = { ...emptyTermListValues, name: 'f', terms: [{ value: 'darn' }] };
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
    const issues = termListSchema(filterKind, scope).safeParse({
      ...emptyTermListValues,
      name: 'f',
      terms: [{ value: 'two words' }],
    }).error?.issues;
    expect(issues?.map((issue) => issue.message)).toEqual([
      '"two words" has a space. Enter one word per row.',
    ]);
  });

  it("puts Transcribe's refusals on the filter's own members and words", () => {
    const refusal = (message: string, inputSource: 'list' | 's3' = 'list') =>
      placeResourceSubmitError(
        Object.assign(new Error(message), { name: 'BadRequestException' }),
        termListPlacement(filterKind, { ...emptyTermListValues, name: 'f', inputSource }),
      );
    expect(
      refusal("1 validation error detected: Value 'a b' at 'vocabularyFilterName' failed"),
    ).toMatchObject({ field: 'name' });
    expect(
      refusal("1 validation error detected: Value '' at 'words.1.member' failed"),
    ).toMatchObject({ field: 'terms' });
    expect(refusal('The vocabulary filter has a word that is not valid.', 's3')).toMatchObject({
      field: 'fileUri',
    });
    expect(refusal('The VocabularyFilterFileUri is not valid.', 's3')).toMatchObject({
      field: 'fileUri',
    });
  });
});
