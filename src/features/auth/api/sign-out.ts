import { signOut } from 'aws-amplify/auth';

/**
 * Signs out everywhere (Cognito GlobalSignOut revokes every refresh token of the user), then
 * clears the local session. Amplify clears the local session even when the call fails.
 */
export async function signOutEverywhere(): Promise<void> {
  await signOut({ global: true });
}
