import type { CreateVocabularyFilterRequest } from '@aws-sdk/client-transcribe';
import { tagsOf } from '@/lib/form/tags';
import { resourceKinds } from '@/lib/custom-resources/resource-kinds';
import { termsOrUri } from '@/lib/custom-resources/source-fields';
import {
  roleAndEncryptionOf,
  type TermListFormValues,
  type TermListKind,
} from '@/lib/custom-resources/term-list-form';

/** A vocabulary filter: words, typed or in a file (VocabularyFilterFileUri). */
export const filterKind: TermListKind = {
  info: resourceKinds['vocabulary-filter'],
  term: 'word',
  fileNoun: 'word list file',
  members: { name: 'VocabularyFilterName', terms: 'Words', fileUri: 'VocabularyFilterFileUri' },
};

/** The request: the words or the file, and with encryption the key ARN, context and role. */
export function toCreateVocabularyFilterInput(
  values: TermListFormValues,
  keyArn: string | undefined,
): CreateVocabularyFilterRequest {
  const { terms, uri } = termsOrUri(values);
  return {
    VocabularyFilterName: values.name,
    LanguageCode: values.languageCode as CreateVocabularyFilterRequest['LanguageCode'],
    Words: terms,
    VocabularyFilterFileUri: uri,
    ...roleAndEncryptionOf(values, keyArn),
    Tags: tagsOf(values.tags),
  };
}
