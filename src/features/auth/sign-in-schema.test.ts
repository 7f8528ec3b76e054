import { describe, expect, it } from 'vitest';
import { newPasswordSchema, PASSWORDS_DIFFER, signInSchema } from './sign-in-schema';

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('signInSchema', () => {
  it('asks for both fields, and a username of spaces is no username', () => {
    expect(issues(signInSchema.safeParse({ username: '  ', password: '' }))).toEqual([
      'username: Enter your username.',
      'password: Enter your password.',
    ]);
  });

  it('leaves the password as typed, spaces included', () => {
    expect(signInSchema.parse({ username: ' analyst ', password: ' p w ' })).toEqual({
      username: 'analyst',
      password: ' p w ',
    });
  });
});

describe('newPasswordSchema', () => {
  it('puts a mismatch on the confirmation', () => {
    expect(
      issues(newPasswordSchema.safeParse({ newPassword: 'Aa1!aaaa', confirmPassword: 'Aa1!aaab' })),
    ).toEqual([`confirmPassword: ${PASSWORDS_DIFFER}`]);
  });

  it('accepts the same password twice and leaves the policy to the user pool', () => {
    expect(newPasswordSchema.safeParse({ newPassword: 'x', confirmPassword: 'x' }).success).toBe(
      true,
    );
  });
});
