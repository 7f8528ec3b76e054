/** The sign-in form's fields, by what they hold. */
export type SignInField = 'username' | 'password' | 'newPassword' | 'confirmPassword';

export interface SignInProblem {
  /** The field the problem belongs on; none means an alert above the form. */
  field?: SignInField;
  message: string;
  /** The challenge can no longer be answered: start again from username and password. */
  restart?: boolean;
}

export const INCORRECT_CREDENTIALS = 'Incorrect username or password.';

interface ErrorLike {
  name?: string;
  message?: string;
}

/**
 * What to tell the user about a failed sign-in step, in plain words. Cognito answers a wrong
 * password and an unknown user alike, and so do we.
 */
export function describeSignInError(
  error: unknown,
  step: 'sign-in' | 'new-password',
): SignInProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const name = e.name ?? '';
  const message = e.message ?? String(error);
  switch (name) {
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      if (step === 'sign-in') return { message: INCORRECT_CREDENTIALS };
      // The challenge's session lasts a few minutes only.
      return {
        message: 'The sign-in took too long and has expired. Sign in again.',
        restart: true,
      };
    case 'EmptySignInUsername':
      return { field: 'username', message: 'Enter your username.' };
    case 'EmptySignInPassword':
      return { field: 'password', message: 'Enter your password.' };
    case 'InvalidPasswordException':
      return { field: 'newPassword', message: plainPolicyMessage(message) };
    case 'InvalidParameterException':
      return step === 'new-password'
        ? { field: 'newPassword', message: plainPolicyMessage(message) }
        : { message };
    case 'PasswordResetRequiredException':
      return {
        message: 'Your password must be reset before you can sign in. Ask your administrator.',
      };
    case 'UserNotConfirmedException':
      return { message: 'This user is not confirmed yet. Ask your administrator.' };
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return { message: 'Too many attempts. Wait a moment, then try again.' };
    case 'NetworkError':
      return networkProblem();
    default:
      if (error instanceof TypeError || /Failed to fetch|NetworkError|Network error/i.test(message))
        return networkProblem();
      return { message: message || 'Sign-in failed for an unknown reason. Try again.' };
  }
}

function networkProblem(): SignInProblem {
  return {
    message: 'The sign-in service could not be reached. Check your connection and try again.',
  };
}

/**
 * Cognito's policy messages read "Password does not conform to policy: Password must have
 * symbol characters"; the field already says it is about the password.
 */
export function plainPolicyMessage(message: string): string {
  const policy = /Password does not conform to policy:\s*(.+)$/i.exec(message);
  if (policy?.[1]) {
    const detail = policy[1].trim().replace(/\.$/, '');
    return `The password does not meet the password policy: ${lowerFirst(detail)}.`;
  }
  if (/validation error/i.test(message)) return 'The password does not meet the password policy.';
  return message;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
