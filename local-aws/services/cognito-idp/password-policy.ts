import { AwsError } from '../../core/errors';
import { constraint, validationError } from '../../core/validation';
import type { PasswordPolicy } from './model';

/** The symbols Cognito counts for `RequireSymbols` (its documented set). */
const SYMBOLS = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-');

/** The first rule a password breaks, in Cognito's words, or undefined when it passes. */
export function passwordProblem(policy: PasswordPolicy, password: string): string | undefined {
  if ([...password].length < policy.MinimumLength) return 'Password not long enough';
  if (policy.RequireLowercase && !/[a-z]/.test(password))
    return 'Password must have lowercase characters';
  if (policy.RequireUppercase && !/[A-Z]/.test(password))
    return 'Password must have uppercase characters';
  if (policy.RequireNumbers && !/[0-9]/.test(password))
    return 'Password must have numeric characters';
  // A space counts as a symbol unless it leads or trails, which Cognito refuses outright.
  const inner = password.trim();
  if (policy.RequireSymbols && ![...password].some((ch) => SYMBOLS.has(ch)) && !inner.includes(' '))
    return 'Password must have symbol characters';
  return undefined;
}

/**
 * Refuses a password the pool's policy does not allow (InvalidPasswordException), in the
 * words Cognito uses when a NEW_PASSWORD_REQUIRED challenge is answered.
 */
export function enforcePasswordPolicy(policy: PasswordPolicy, password: string): void {
  if (password !== password.trim())
    throw validationError(
      [
        {
          member: 'password',
          value: password,
          sensitive: true,
          constraint: constraint.pattern('^[\\S]+.*[\\S]+$'),
        },
      ],
      'InvalidParameterException',
    );
  const problem = passwordProblem(policy, password);
  if (problem)
    throw new AwsError(
      'InvalidPasswordException',
      `Password does not conform to policy: ${problem}`,
      400,
    );
}
