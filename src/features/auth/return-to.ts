/** Where a signed-in user lands when there is nowhere to go back to. */
export const HOME_PATH = '/jobs';

const SIGN_IN_PATH = '/signin';

/**
 * The path to go back to after signing in, from an untrusted `returnTo` query value. Only a
 * path on this origin is accepted (so the sign-in page cannot be used to send a user to
 * another site); anything else is the home page.
 */
export function sanitizeReturnTo(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000) return HOME_PATH;
  // A path, not `//host` (protocol-relative) nor `/\host`, which browsers read as `//host`.
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return HOME_PATH;
  // Control characters (tabs and newlines are dropped by URL parsing) hide the same tricks.
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return HOME_PATH;
  let url: URL;
  try {
    url = new URL(raw, 'http://origin.invalid');
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== 'http://origin.invalid') return HOME_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can collapse into `//host` after parsing.
  if (path.startsWith('//')) return HOME_PATH;
  // Back to sign-in would loop.
  if (url.pathname === SIGN_IN_PATH || url.pathname.startsWith(`${SIGN_IN_PATH}/`))
    return HOME_PATH;
  return path;
}

/** The sign-in page's address that comes back to `returnTo` afterwards. */
export function signInPath(returnTo?: string): string {
  const target = sanitizeReturnTo(returnTo);
  if (target === HOME_PATH && returnTo !== HOME_PATH) return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ returnTo: target }).toString()}`;
}
