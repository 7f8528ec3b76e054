import * as sdk from '@aws-sdk/client-cognito-identity-provider';
import { memberTypeChecks } from '../../core/json-member-types';
import { type JsonService, operationTable } from '../../core/service';
import { adminUserGlobalSignOut } from './admin-user-global-sign-out';
import { getTokensFromRefreshToken } from './get-tokens-from-refresh-token';
import { getUser } from './get-user';
import { globalSignOut } from './global-sign-out';
import { initiateAuth } from './initiate-auth';
import { jwksRoute } from './jwks';
import { respondToAuthChallenge } from './respond-to-auth-challenge';
import { revokeToken } from './revoke-token';

/** Cognito user pools: JSON 1.1, `X-Amz-Target: AWSCognitoIdentityProviderService.<Operation>`. */
export const cognitoIdpService: JsonService = {
  id: 'cognito-idp',
  name: 'Cognito user pools',
  protocol: 'json',
  targetPrefix: 'AWSCognitoIdentityProviderService',
  messageMember: 'message',
  memberTypes: memberTypeChecks(sdk),
  // Sign-in and token calls are public (a token or password is the proof); Admin* calls are
  // an administrator's, signed and authorized by IAM.
  signed: ['AdminUserGlobalSignOut'],
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: { code: 'TooManyRequestsException', status: 400, message: 'Rate exceeded' },
  operations: operationTable({
    InitiateAuth: initiateAuth,
    RespondToAuthChallenge: respondToAuthChallenge,
    GetTokensFromRefreshToken: getTokensFromRefreshToken,
    GetUser: getUser,
    GlobalSignOut: globalSignOut,
    RevokeToken: revokeToken,
    AdminUserGlobalSignOut: adminUserGlobalSignOut,
  }),
  routes: [jwksRoute],
};
