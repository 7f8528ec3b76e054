import { describe, expect, it } from 'vitest';
import { enforcePasswordPolicy, passwordProblem } from './password-policy';

const policy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
};

describe('password policy', () => {
  it('accepts a password with every class', () => {
    expect(passwordProblem(policy, 'Analyst-Passw0rd!')).toBeUndefined();
    expect(passwordProblem(policy, 'Aa1 aaaa')).toBeUndefined();
  });

  it.each([
    ['Aa1!', 'Password not long enough'],
    ['AAAAAAA1!', 'Password must have lowercase characters'],
    ['aaaaaaa1!', 'Password must have uppercase characters'],
    ['Aaaaaaaa!', 'Password must have numeric characters'],
    ['Aaaaaaaa1', 'Password must have symbol characters'],
  ])('refuses %s: %s', (password, problem) => {
    expect(passwordProblem(policy, password)).toBe(problem);
    expect(() => enforcePasswordPolicy(policy, password)).toThrow(
      `Password does not conform to policy: ${problem}`,
    );
  });

  it('refuses leading or trailing spaces as a parameter error, never showing the password', () => {
    expect(() => enforcePasswordPolicy(policy, ' Analyst-Passw0rd!')).toThrow(
      expect.objectContaining({
        code: 'InvalidParameterException',
        message:
          "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\\S]+.*[\\S]+$",
      }),
    );
  });
});
