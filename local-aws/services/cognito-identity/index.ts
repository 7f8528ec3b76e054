import * as sdk from '@aws-sdk/client-cognito-identity';
import { memberTypeChecks } from '../../core/json-member-types';
import { type JsonService, operationTable } from '../../core/service';
import { getCredentialsForIdentity } from './get-credentials-for-identity';
import { getId } from './get-id';

/** Cognito identity pools: JSON 1.1, `X-Amz-Target: AWSCognitoIdentityService.<Operation>`. */
export const cognitoIdentityService: JsonService = {
  id: 'cognito-identity',
  name: 'Cognito identity pools',
  protocol: 'json',
  targetPrefix: 'AWSCognitoIdentityService',
  messageMember: 'message',
  memberTypes: memberTypeChecks(sdk),
  // Called before the browser has credentials: the ID token is the proof.
  signed: [],
  accessDenied: { code: 'AccessDeniedException', status: 400 },
  throttling: { code: 'TooManyRequestsException', status: 400, message: 'Rate exceeded' },
  operations: operationTable({
    GetId: getId,
    GetCredentialsForIdentity: getCredentialsForIdentity,
  }),
};
