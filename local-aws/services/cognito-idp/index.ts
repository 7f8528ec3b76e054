import type { ExtraRoute } from '..';
import type { JsonHandler } from '../../core/types';
import { adminUserGlobalSignOut } from './admin-user-global-sign-out';
import { getTokensFromRefreshToken } from './get-tokens-from-refresh-token';
import { getUser } from './get-user';
import { globalSignOut } from './global-sign-out';
import { initiateAuth } from './initiate-auth';
import { jwksRoute } from './jwks';
import { respondToAuthChallenge } from './respond-to-auth-challenge';
import { revokeToken } from './revoke-token';

// Each handler is typed with its own SDK input and output; the map erases them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const cognitoIdpOperations: Record<string, JsonHandler<any, any>> = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  GetUser: getUser,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
  AdminUserGlobalSignOut: adminUserGlobalSignOut,
};

export const cognitoIdpRoutes: ExtraRoute[] = [jwksRoute];
