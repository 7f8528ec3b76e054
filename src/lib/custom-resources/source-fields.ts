import { z } from 'zod';
import { checkS3FileUri } from '@/lib/s3/s3-uri';
import type { KmsKeyIssue } from '@/lib/kms-key/kms-key-fields';
import { termProblem, type TermKind } from './terms';

/*
 * Where a vocabulary's phrases or a filter's words come from: a file in S3, or a list typed
 * here, one term per row. The two pages spread `sourceFieldsShape` into their schema.
 */

export const sourceFieldsShape = {
  inputSource: z.enum(['s3', 'list']),
  fileUri: z.string(),
  terms: z.array(z.object({ value: z.string() })),
};

export type SourceFieldValues = z.infer<z.ZodObject<typeof sourceFieldsShape>>;

export const emptySourceFields: SourceFieldValues = {
  inputSource: 'list',
  fileUri: '',
  terms: [{ value: '' }],
};

export const sourceFieldOrder = ['inputSource', 'fileUri', 'terms'] as const;

/** Each problem of the source the page chose, on the field or row to change. */
export function sourceIssues(
  values: SourceFieldValues & { languageCode: string },
  kind: TermKind,
  fileNoun: string,
): KmsKeyIssue[] {
  if (values.inputSource === 's3') {
    const check = checkS3FileUri(values.fileUri, { noun: fileNoun, example: 'terms.txt' });
    return check.ok ? [] : [{ path: ['fileUri'], message: check.message }];
  }
  if (values.terms.length === 0)
    return [{ path: ['terms'], message: `Add at least one ${kind}, or choose S3 location.` }];
  const issues: KmsKeyIssue[] = [];
  const seen = new Set<string>();
  values.terms.forEach((term, index) => {
    const problem =
      termProblem(term.value, values.languageCode, kind) ??
      (seen.has(term.value.toLowerCase()) ? `"${term.value}" is already in the list.` : undefined);
    seen.add(term.value.toLowerCase());
    if (problem) issues.push({ path: ['terms', index, 'value'], message: problem });
  });
  return issues;
}

/** The source as the Create request takes it: the typed terms, or the file's URI. */
export const termsOrUri = (values: SourceFieldValues) =>
  values.inputSource === 'list'
    ? { terms: values.terms.map((term) => term.value), uri: undefined }
    : { terms: undefined, uri: values.fileUri.trim() };
