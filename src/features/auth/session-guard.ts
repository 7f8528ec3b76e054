import { redirect } from 'react-router';
import type { AppConfig } from '@/config/config';
import { configureAmplify } from './api/configure-amplify';
import { getSignedInUser, type SignedInUser } from './api/get-signed-in-user';
import { sanitizeReturnTo, signInPath } from './return-to';

function pathOf(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Route loader for every page that needs a session: the signed-in user, or a redirect to sign
 * in that comes back here afterwards.
 */
export async function requireSession(config: AppConfig, request: Request): Promise<SignedInUser> {
  configureAmplify(config);
  const user = await getSignedInUser();
  if (!user) throw redirect(signInPath(pathOf(request)));
  return user;
}

/** Route loader for /signin: a user who is already signed in goes straight on. */
export async function skipSignInWhenSignedIn(config: AppConfig, request: Request): Promise<null> {
  configureAmplify(config);
  if (await getSignedInUser()) {
    throw redirect(sanitizeReturnTo(new URL(request.url).searchParams.get('returnTo')));
  }
  return null;
}
