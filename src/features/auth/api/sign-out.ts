import { signOut } from 'aws-amplify/auth';
import { clearAllDrafts, sessionDraftStorage } from '@/lib/drafts';

/**
 * Signs out everywhere (Cognito GlobalSignOut revokes every refresh token of the user), then
 * clears the local session. Amplify clears the local session even when the call fails; the
 * user's drafts go too, so that the next user of this tab finds none of them.
 */
export async function signOutEverywhere(): Promise<void> {
  try {
    await signOut({ global: true });
  } finally {
    clearAllDrafts(sessionDraftStorage());
  }
}
