import { getCurrentUser } from 'aws-amplify/auth';

export interface SignedInUser {
  username: string;
  /** The user pool's `sub`, stable across sign-ins. */
  userId: string;
}

/**
 * The user of the session kept in storage, or null when there is none. Expired tokens are
 * refreshed on the way; a refresh token that no longer works means no session.
 */
export async function getSignedInUser(): Promise<SignedInUser | null> {
  try {
    const { username, userId } = await getCurrentUser();
    return { username, userId };
  } catch {
    return null;
  }
}
