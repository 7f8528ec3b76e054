import { describe, expect, it } from 'vitest';
import { roleArnProblem } from './role-arn';

describe('the IAM role ARN', () => {
  it('takes a role ARN of any partition', () => {
    expect(roleArnProblem('arn:aws:iam::111122223333:role/TranscribeDataAccess')).toBeUndefined();
    expect(roleArnProblem('arn:aws-cn:iam::111122223333:role/path/to/R+=,.@_-')).toBeUndefined();
  });

  it('says what is wrong, one message per mistake', () => {
    expect(roleArnProblem('')).toMatch(/^Enter the ARN of the IAM role/);
    expect(roleArnProblem(' arn:aws:iam::111122223333:role/R ')).toBe(
      'Remove the spaces around the role ARN.',
    );
    expect(roleArnProblem('TranscribeDataAccess')).toMatch(/^This is not an ARN/);
    expect(roleArnProblem('arn:azure:iam::111122223333:role/R')).toMatch(
      /^"azure" is not an AWS partition/,
    );
    expect(roleArnProblem('arn:aws:kms:us-east-1:111122223333:key/abc')).toMatch(
      /^This is an ARN of the kms service, not an IAM role/,
    );
    expect(roleArnProblem('arn:aws:iam:us-east-1:111122223333:role/R')).toMatch(
      /^IAM ARNs have no Region: remove "us-east-1"/,
    );
    expect(roleArnProblem('arn:aws:iam::1111-2222:role/R')).toMatch(
      /^"1111-2222" is not an AWS account ID/,
    );
    expect(roleArnProblem('arn:aws:iam::111122223333:user/alice')).toMatch(
      /^This ARN names user \(user\/alice\), not a role/,
    );
    expect(roleArnProblem('arn:aws:iam::111122223333:role/my role')).toBe(
      'A role name can use only letters, digits and + = , . @ _ - / :. It has " ".',
    );
    expect(roleArnProblem('arn:aws:iam:::role/')).toBe(
      'The role ARN is too short: it needs at least 20 characters.',
    );
    expect(roleArnProblem(`arn:aws:iam::111122223333:role/${'r'.repeat(1025)}`)).toMatch(
      /at most 1024 characters; it has 1025/,
    );
  });
});
