import { describe, expect, it } from 'vitest';
import { describeSignInError, INCORRECT_CREDENTIALS, plainPolicyMessage } from './sign-in-errors';

const authError = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('describeSignInError', () => {
  it('says the same for a wrong password and an unknown user', () => {
    expect(
      describeSignInError(
        authError('NotAuthorizedException', 'Incorrect username or password.'),
        'sign-in',
      ),
    ).toEqual({ message: INCORRECT_CREDENTIALS });
    expect(
      describeSignInError(authError('UserNotFoundException', 'User does not exist.'), 'sign-in'),
    ).toEqual({
      message: INCORRECT_CREDENTIALS,
    });
  });

  it('starts over when the challenge session has expired', () => {
    const problem = describeSignInError(
      authError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
      'new-password',
    );
    expect(problem.restart).toBe(true);
    expect(problem.field).toBeUndefined();
  });

  it('puts a password policy failure on the new password field, plainly', () => {
    expect(
      describeSignInError(
        authError(
          'InvalidPasswordException',
          'Password does not conform to policy: Password must have symbol characters',
        ),
        'new-password',
      ),
    ).toEqual({
      field: 'newPassword',
      message:
        'The password does not meet the password policy: password must have symbol characters.',
    });
  });

  it('puts empty fields on their field', () => {
    expect(describeSignInError(authError('EmptySignInUsername'), 'sign-in').field).toBe('username');
    expect(describeSignInError(authError('EmptySignInPassword'), 'sign-in').field).toBe('password');
  });

  it('names throttling and network failures', () => {
    expect(describeSignInError(authError('TooManyRequestsException'), 'sign-in').message).toMatch(
      /Too many attempts/,
    );
    expect(describeSignInError(new TypeError('Failed to fetch'), 'sign-in').message).toMatch(
      /could not be reached/,
    );
    expect(
      describeSignInError(authError('NetworkError', 'A network error has occurred.'), 'sign-in')
        .message,
    ).toMatch(/could not be reached/);
  });

  it('passes any other service message through', () => {
    expect(describeSignInError(authError('InternalErrorException', 'boom'), 'sign-in')).toEqual({
      message: 'boom',
    });
  });
});

describe('plainPolicyMessage', () => {
  it('turns a validation error into a policy sentence', () => {
    expect(
      plainPolicyMessage(
        "1 validation error detected: Value at 'challengeResponses.NEW_PASSWORD' failed to satisfy constraint: Member must have length greater than or equal to 6",
      ),
    ).toBe('The password does not meet the password policy.');
  });

  it('leaves other messages alone', () => {
    expect(plainPolicyMessage('Something else.')).toBe('Something else.');
  });
});
