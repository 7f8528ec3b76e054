import type {
  GetCredentialsForIdentityInput,
  GetCredentialsForIdentityResponse,
} from '@aws-sdk/client-cognito-identity';
import { AwsError } from '../../core/errors';
import { issueRoleCredentials } from '../../core/identity';
import type { RequestContext } from '../../core/types';
import { identityNotFound, notAuthorized } from './errors';
import { requireIdentityPool } from './identity-pools';
import { verifyLogins } from './logins';
import { IDENTITIES, type IdentityRecord } from './model';
import { validateIdMember, validateLogins } from './validate';

/**
 * GetCredentialsForIdentity: temporary credentials of the pool's authenticated role, for an
 * identity whose own login is among the verified `Logins`.
 */
export async function getCredentialsForIdentity(
  ctx: RequestContext,
  input: GetCredentialsForIdentityInput,
): Promise<GetCredentialsForIdentityResponse> {
  validateIdMember('identityId', input.IdentityId);
  const { world } = ctx;
  const identity = world.store.get<IdentityRecord>(IDENTITIES, input.IdentityId ?? '');
  if (!identity) throw identityNotFound(input.IdentityId);
  const pool = requireIdentityPool(world, identity.identityPoolId);
  const logins = await verifyLogins(world, pool, validateLogins(input.Logins));
  const matches = logins.some((l) => identity.logins[l.provider.userPoolId] === l.sub);
  if (!matches)
    throw notAuthorized(
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  if (input.CustomRoleArn !== undefined && input.CustomRoleArn !== pool.authenticatedRoleArn)
    throw new AwsError(
      'InvalidParameterException',
      'local-aws: this identity pool has no role mapping, so CustomRoleArn can only name its authenticated role.',
      400,
    );
  const credentials = issueRoleCredentials(
    world,
    pool.authenticatedRoleArn,
    'CognitoIdentityCredentials',
  );
  return {
    IdentityId: identity.identityId,
    Credentials: {
      AccessKeyId: credentials.accessKeyId,
      SecretKey: credentials.secretAccessKey,
      SessionToken: credentials.sessionToken,
      Expiration: new Date(credentials.expiration ?? world.now().getTime()),
    },
  };
}
