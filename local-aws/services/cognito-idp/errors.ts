import { AwsError } from '../../core/errors';

export const notAuthorized = (message: string) =>
  new AwsError('NotAuthorizedException', message, 400);

export const invalidParameter = (message: string) =>
  new AwsError('InvalidParameterException', message, 400);

export const incorrectCredentials = () => notAuthorized('Incorrect username or password.');

export const userNotFound = () =>
  new AwsError('UserNotFoundException', 'User does not exist.', 400);

export const poolNotFound = (userPoolId: string) =>
  new AwsError('ResourceNotFoundException', `User pool ${userPoolId} does not exist.`, 400);
