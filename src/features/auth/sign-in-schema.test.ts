import { describe, expect, it } from 'vitest';
import { checkNewPassword, checkSignIn, PASSWORDS_DIFFER } from './sign-in-schema';

describe('checkSignIn', () => {
  it('asks for both fields, and a username of spaces is no username', () => {
    expect(checkSignIn({ username: '  ', password: '' }).errors).toEqual({
      username: 'Enter your username.',
      password: 'Enter your password.',
    });
  });

  it('leaves the password as typed, spaces included', () => {
    expect(checkSignIn({ username: ' analyst ', password: ' p w ' })).toEqual({
      values: { username: 'analyst', password: ' p w ' },
      errors: {},
    });
  });
});

describe('checkNewPassword', () => {
  it('asks for both fields', () => {
    expect(checkNewPassword({ newPassword: '', confirmPassword: '' }).errors).toEqual({
      newPassword: 'Enter a new password.',
      confirmPassword: 'Enter the new password again.',
    });
  });

  it('puts a mismatch on the confirmation', () => {
    expect(
      checkNewPassword({ newPassword: 'Aa1!aaaa', confirmPassword: 'Aa1!aaab' }).errors,
    ).toEqual({ confirmPassword: PASSWORDS_DIFFER });
  });

  it('accepts the same password twice and leaves the policy to the user pool', () => {
    expect(checkNewPassword({ newPassword: 'x', confirmPassword: 'x' }).errors).toEqual({});
  });
});
