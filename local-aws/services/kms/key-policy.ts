import { AwsError } from '../../core/errors';
import { authorizeWithResourcePolicy, statementsOf } from '../../core/iam';
import type { PolicyDocument, Principal } from '../../core/types';
import { kmsRequestContext } from './key-access';

const malformed = (message: string) => new AwsError('MalformedPolicyDocumentException', message);

const PRINCIPAL_ARN =
  /^(\*|\d{12}|arn:aws:iam::\d{12}:(root|user\/.+|role\/.+)|arn:aws:sts::\d{12}:assumed-role\/.+)$/;

/** Parses and checks a key policy the way KMS does before it accepts one. */
export function parseKeyPolicy(text: string): PolicyDocument {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw malformed('The policy is not a valid JSON document.');
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw malformed('The policy is not a valid JSON document.');
  const policy = document as PolicyDocument;
  if (policy.Statement === undefined || policy.Statement === null)
    throw malformed('Policy is missing required element - Statement');
  for (const statement of statementsOf(policy)) {
    if (typeof statement !== 'object' || statement === null)
      throw malformed('Policy contains a statement that is not an object.');
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
      throw malformed('Policy contains a statement with an invalid Effect.');
    if (statement.Action === undefined && statement.NotAction === undefined)
      throw malformed('Policy statement must contain actions.');
    const named = statement.Principal;
    if (named === undefined) throw malformed('Policy contains a statement with no principal.');
    if (named !== '*') {
      const arns = named.AWS === undefined ? [] : [named.AWS].flat();
      const services = named.Service === undefined ? [] : [named.Service].flat();
      if (arns.length + services.length === 0 || arns.some((arn) => !PRINCIPAL_ARN.test(arn)))
        throw malformed('Policy contains a statement with one or more invalid principals.');
    }
  }
  return policy;
}

/**
 * KMS's lockout safety check: a new policy must still let the caller change the policy later,
 * unless BypassPolicyLockoutSafetyCheck is set.
 */
export function checkLockout(
  principal: Principal,
  keyArn: string,
  keyAccount: string,
  policy: PolicyDocument,
  bypass: boolean | undefined,
): void {
  if (bypass) return;
  const result = authorizeWithResourcePolicy(
    principal,
    { action: 'kms:PutKeyPolicy', resource: keyArn, context: kmsRequestContext(principal) },
    keyAccount,
    policy,
  );
  if (!result.allowed)
    throw malformed(
      'The new key policy will not allow you to update the key policy in the future.',
    );
}
