import { AwsError } from '../../core/errors';

export const notAuthorized = (message: string) =>
  new AwsError('NotAuthorizedException', message, 400);

export const identityPoolNotFound = (identityPoolId: string) =>
  new AwsError('ResourceNotFoundException', `IdentityPool '${identityPoolId}' not found.`, 400);

export const identityNotFound = (identityId: string | undefined) =>
  new AwsError('ResourceNotFoundException', `Identity '${identityId}' not found.`, 400);
