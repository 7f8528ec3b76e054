import { Stack, Validations } from 'aws-cdk-lib';
import type { CfnPolicy } from 'aws-cdk-lib/aws-iam';
// cdk-nag's own spelling of a resource in an IAM5 finding (version pinned in package.json).
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one AwsSolutions finding on `scope` (and what it contains), saying why. The
 * id without a plugin prefix is the form both CDK's validation report and cdk-nag's own
 * check recognise (stored as `Annotation::AwsSolutions-…`).
 */
export function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions-${rule}`, reason });
}

interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  Resource?: unknown;
}

/**
 * Acknowledges each wildcard (AwsSolutions-IAM5) in `policy`, each with the reason
 * `reasonFor` gives for its statement. A wildcard with no reason fails the synth, so a new
 * statement cannot slip through unexplained. Call it once the policy is complete.
 */
export function acknowledgeWildcards(
  policy: CfnPolicy,
  reasonFor: (statement: Statement) => string | undefined,
): void {
  const document = Stack.of(policy).resolve(policy.policyDocument) as { Statement: Statement[] };
  for (const statement of document.Statement) {
    if (statement.Effect !== 'Allow') continue;
    const findings = [
      ...list(statement.Action)
        .filter((action) => action.includes('*'))
        .map((action) => `Action::${action}`),
      ...list(statement.Resource)
        .map(flattenCfnReference)
        .filter((resource) => resource.includes('*'))
        .map((resource) => `Resource::${resource}`),
    ];
    if (findings.length === 0) continue;
    const reason = reasonFor(statement);
    if (!reason)
      throw new Error(
        `${policy.node.path}: statement ${statement.Sid ?? JSON.stringify(statement)} has ` +
          `wildcards (${findings.join(', ')}) and no reason for them`,
      );
    for (const finding of findings) acknowledge(policy, `IAM5[${finding}]`, reason);
  }
}

function list<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
