import type { JsonHandler } from '../../core/types';
import { getCredentialsForIdentity } from './get-credentials-for-identity';
import { getId } from './get-id';

// Each handler is typed with its own SDK input and output; the map erases them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const cognitoIdentityOperations: Record<string, JsonHandler<any, any>> = {
  GetId: getId,
  GetCredentialsForIdentity: getCredentialsForIdentity,
};
