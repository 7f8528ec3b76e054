import { confirmSignIn, signIn } from 'aws-amplify/auth';

/** Where a sign-in stands after a step. */
export type SignInOutcome =
  | { status: 'signed-in' }
  | { status: 'new-password-required' }
  /** A step this console does not offer (MFA, passwordless, …), named as Amplify names it. */
  | { status: 'unsupported'; step: string };

type SignInOutput = Awaited<ReturnType<typeof signIn>>;

function outcomeOf({ isSignedIn, nextStep }: SignInOutput): SignInOutcome {
  if (isSignedIn || nextStep.signInStep === 'DONE') return { status: 'signed-in' };
  if (nextStep.signInStep === 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED')
    return { status: 'new-password-required' };
  return { status: 'unsupported', step: nextStep.signInStep };
}

/** Signs in with Amplify's default flow, USER_SRP_AUTH: the password never leaves the browser. */
export async function signInWithPassword(
  username: string,
  password: string,
): Promise<SignInOutcome> {
  return outcomeOf(await signIn({ username, password }));
}

/** Answers the NEW_PASSWORD_REQUIRED challenge of the sign-in in progress. */
export async function setNewPassword(newPassword: string): Promise<SignInOutcome> {
  return outcomeOf(await confirmSignIn({ challengeResponse: newPassword }));
}
