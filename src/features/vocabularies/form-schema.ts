import type { CreateVocabularyRequest } from '@aws-sdk/client-transcribe';
import { tagsOf } from '@/lib/form/tags';
import { resourceKinds } from '@/lib/custom-resources/resource-kinds';
import { termsOrUri } from '@/lib/custom-resources/source-fields';
import {
  roleAndEncryptionOf,
  type TermListFormValues,
  type TermListKind,
} from '@/lib/custom-resources/term-list-form';

/** A custom vocabulary: phrases, typed or in a file (VocabularyFileUri). */
export const vocabularyKind: TermListKind = {
  info: resourceKinds.vocabulary,
  term: 'phrase',
  fileNoun: 'vocabulary file',
  members: { name: 'VocabularyName', terms: 'Phrases', fileUri: 'VocabularyFileUri' },
};

/** The request: the phrases or the file, and with encryption the key ARN, context and role. */
export function toCreateVocabularyInput(
  values: TermListFormValues,
  keyArn: string | undefined,
): CreateVocabularyRequest {
  const { terms, uri } = termsOrUri(values);
  return {
    VocabularyName: values.name,
    LanguageCode: values.languageCode as CreateVocabularyRequest['LanguageCode'],
    Phrases: terms,
    VocabularyFileUri: uri,
    ...roleAndEncryptionOf(values, keyArn),
    Tags: tagsOf(values.tags),
  };
}
