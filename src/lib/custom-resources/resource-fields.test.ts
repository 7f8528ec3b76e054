import { describe, expect, it } from 'vitest';
import {
  emptyResourceFields,
  keyReferenceProblem,
  resourceIssues,
  resourceNameProblem,
  resourceScope,
} from './resource-fields';

const KEY_ID = '0f1e2d3c-0001-4000-8000-111122223333';
const ROLE = 'arn:aws:iam::111122223333:role/TranscribeDataAccess';
const scope = resourceScope(
  { name: 'vocabulary', plural: 'vocabularies' },
  'us-east-1',
  '111122223333',
);
const options = { noun: 'vocabulary', roleRequired: false };

describe("a custom resource's shared fields", () => {
  it('checks the name as the API does', () => {
    expect(resourceNameProblem('', 'vocabulary')).toBe('Enter a name for the vocabulary.');
    expect(resourceNameProblem('my.vocab_1-2', 'vocabulary')).toBeUndefined();
    expect(resourceNameProblem('my vocab', 'vocabulary')).toBe('The name cannot contain spaces.');
    expect(resourceNameProblem('a/b#c', 'vocabulary')).toMatch(/cannot contain "\/", "#"/);
    expect(resourceNameProblem('a'.repeat(201), 'vocabulary')).toMatch(/at most 200/);
  });

  it('refuses a key ID or alias name typed: Transcribe takes a full key ARN', () => {
    expect(keyReferenceProblem(KEY_ID)).toMatch(/is a key ID\. Transcribe takes a full key ARN/);
    expect(keyReferenceProblem('alias/team')).toMatch(/is an alias name\./);
    expect(keyReferenceProblem(`arn:aws:kms:us-east-1:111122223333:key/${KEY_ID}`)).toBeUndefined();
  });

  it('asks for the role only with encryption, unless the kind always needs one', () => {
    const values = { ...emptyResourceFields('en-US'), name: 'v' };
    expect(resourceIssues(values, scope, options)).toEqual([]);
    expect(
      resourceIssues(values, scope, { ...options, roleRequired: true }).map((i) => i.path),
    ).toEqual([['roleArn']]);
    const encrypted = { ...values, encryption: true, kmsKeyId: KEY_ID };
    expect(resourceIssues(encrypted, scope, options).map((i) => i.path)).toEqual([['roleArn']]);
    expect(resourceIssues({ ...encrypted, roleArn: ROLE }, scope, options)).toEqual([]);
  });

  it('puts one message on a typed key ID, not the ARN checks as well', () => {
    const values = {
      ...emptyResourceFields('en-US'),
      name: 'v',
      encryption: true,
      roleArn: ROLE,
      kmsKeySource: 'other' as const,
      kmsKeyArn: KEY_ID,
    };
    const issues = resourceIssues(values, scope, options);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['kmsKeyArn']);
    expect(issues[0]?.message).toMatch(/is a key ID/);
  });

  it('holds the context to printable ASCII and checks the tags', () => {
    const values = {
      ...emptyResourceFields('en-US'),
      name: 'v',
      encryption: true,
      roleArn: ROLE,
      kmsKeyId: KEY_ID,
      encryptionContext: [{ key: 'team', value: 'équipe' }],
      tags: [{ key: 'aws:owner', value: 'x' }],
    };
    expect(resourceIssues(values, scope, options).map((i) => i.path)).toEqual([
      ['encryptionContext', 0, 'value'],
      ['tags', 0, 'key'],
    ]);
  });
});
