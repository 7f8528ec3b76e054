import type { PolicyDocument, PolicyStatement, Principal } from './types';

/** Whether `segment` (literal text and `?`) matches `value` at `at`. */
function segmentAt(segment: string, value: string, at: number): boolean {
  if (at < 0 || at + segment.length > value.length) return false;
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch !== '?' && ch !== value[at + i]) return false;
  }
  return true;
}

/** Where `segment` first matches in `value` between `from` and `end`, or -1. */
function findSegment(segment: string, value: string, from: number, end: number): number {
  if (!segment.includes('?')) {
    const at = value.indexOf(segment, from);
    return at >= 0 && at + segment.length <= end ? at : -1;
  }
  for (let at = from; at + segment.length <= end; at++)
    if (segmentAt(segment, value, at)) return at;
  return -1;
}

/**
 * IAM's wildcard match: `*` any run of characters, `?` one character. The pattern is split at
 * its `*`s and each piece is matched at the leftmost place it fits, which is always right for
 * `*`: no backtracking, so a pattern like `*a*a*a…!` costs at most pattern × value steps
 * instead of a regular expression's exponential search.
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  const segments = p.split('*');
  const first = segments[0]!;
  if (segments.length === 1) return v.length === first.length && segmentAt(first, v, 0);
  const last = segments[segments.length - 1]!;
  const end = v.length - last.length;
  if (first.length > end || !segmentAt(first, v, 0) || !segmentAt(last, v, end)) return false;
  let position = first.length;
  for (const segment of segments.slice(1, -1)) {
    const at = findSegment(segment, v, position, end);
    if (at < 0) return false;
    position = at + segment.length;
  }
  return true;
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export const statementsOf = (policy: PolicyDocument): PolicyStatement[] =>
  Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];

export interface AccessRequest {
  action: string;
  resource: string;
  /** Condition keys (`kms:EncryptionContext:dept`, `aws:PrincipalAccount`, …). */
  context?: Record<string, string | string[] | undefined>;
}

function actionMatches(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined)
    return asList(statement.Action).some((p) => wildcardMatch(p, action, true));
  if (statement.NotAction !== undefined)
    return !asList(statement.NotAction).some((p) => wildcardMatch(p, action, true));
  return false;
}

function resourceMatches(statement: PolicyStatement, resource: string): boolean {
  if (statement.Resource !== undefined)
    return asList(statement.Resource).some((p) => wildcardMatch(p, resource));
  if (statement.NotResource !== undefined)
    return !asList(statement.NotResource).some((p) => wildcardMatch(p, resource));
  return false;
}

const conditionOperators: Record<string, (pattern: string, value: string) => boolean> = {
  StringEquals: (p, v) => p === v,
  StringNotEquals: (p, v) => p !== v,
  StringEqualsIgnoreCase: (p, v) => p.toLowerCase() === v.toLowerCase(),
  StringLike: (p, v) => wildcardMatch(p, v),
  StringNotLike: (p, v) => !wildcardMatch(p, v),
  ArnEquals: (p, v) => p === v,
  ArnLike: (p, v) => wildcardMatch(p, v),
  Bool: (p, v) => p.toLowerCase() === v.toLowerCase(),
};

function conditionsHold(statement: PolicyStatement, request: AccessRequest): boolean {
  for (const [rawOperator, entries] of Object.entries(statement.Condition ?? {})) {
    const ifExists = rawOperator.endsWith('IfExists');
    const operator = ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator;
    const test = conditionOperators[operator];
    if (!test) return false; // An operator we do not know never grants.
    for (const [key, expected] of Object.entries(entries)) {
      const actual = asList(request.context?.[key]);
      if (actual.length === 0) {
        if (ifExists || operator.includes('Not')) continue;
        return false;
      }
      const negated = operator.includes('Not');
      const ok = negated
        ? actual.every((v) => asList(expected).every((p) => test(p, v)))
        : actual.every((v) => asList(expected).some((p) => test(p, v)));
      if (!ok) return false;
    }
  }
  return true;
}

/** How a resource policy names the caller. */
export type PrincipalMatch = 'direct' | 'account' | 'none';

function principalMatch(statement: PolicyStatement, principal: Principal): PrincipalMatch {
  const named = statement.Principal;
  if (named === undefined) return 'none';
  if (named === '*') return 'direct';
  const values = asList(named.AWS);
  if (values.includes('*')) return 'direct';
  const direct = [principal.arn, principal.roleArn].filter(Boolean);
  if (values.some((v) => direct.includes(v))) return 'direct';
  const root = `arn:aws:iam::${principal.accountId}:root`;
  if (values.some((v) => v === root || v === principal.accountId)) return 'account';
  return 'none';
}

export type Decision = 'allow' | 'deny' | 'none';

/** Evaluates identity policies: explicit deny wins, then any allow, else no decision. */
export function evaluateIdentity(policies: PolicyDocument[], request: AccessRequest): Decision {
  let decision: Decision = 'none';
  for (const policy of policies) {
    for (const statement of statementsOf(policy)) {
      if (!actionMatches(statement, request.action)) continue;
      if (!resourceMatches(statement, request.resource)) continue;
      if (!conditionsHold(statement, request)) continue;
      if (statement.Effect === 'Deny') return 'deny';
      decision = 'allow';
    }
  }
  return decision;
}

/**
 * Evaluates a resource policy (a KMS key policy) for a caller. `allow` carries how the caller
 * was named: directly, or through its account (which delegates to the account's IAM policies).
 * Resource policies may leave Resource out (it means the resource itself).
 */
export function evaluateResource(
  policy: PolicyDocument,
  principal: Principal,
  request: AccessRequest,
): { decision: Decision; via: PrincipalMatch } {
  let via: PrincipalMatch = 'none';
  for (const statement of statementsOf(policy)) {
    const match = principalMatch(statement, principal);
    if (match === 'none') continue;
    if (!actionMatches(statement, request.action)) continue;
    if (statement.Resource !== undefined || statement.NotResource !== undefined) {
      if (!resourceMatches(statement, request.resource)) continue;
    }
    if (!conditionsHold(statement, request)) continue;
    if (statement.Effect === 'Deny') return { decision: 'deny', via: match };
    if (via !== 'direct') via = match;
  }
  return { decision: via === 'none' ? 'none' : 'allow', via };
}

export type AccessResult = { allowed: true } | { allowed: false; message: string };

const deniedMessage = (principal: Principal, request: AccessRequest, because: string) =>
  `User: ${principal.arn} is not authorized to perform: ${request.action} on resource: ${request.resource} ${because}`;

/** Identity policies alone (S3, Transcribe, STS in this emulator). */
export function authorizeIdentity(principal: Principal, request: AccessRequest): AccessResult {
  const decision = evaluateIdentity(principal.policies, request);
  if (decision === 'allow') return { allowed: true };
  return {
    allowed: false,
    message: deniedMessage(
      principal,
      request,
      decision === 'deny'
        ? 'with an explicit deny in an identity-based policy'
        : `because no identity-based policy allows the ${request.action} action`,
    ),
  };
}

/**
 * A resource with its own policy in `resourceAccount` (a KMS key). Same account: the policy
 * names the caller directly, or names the account and an identity policy allows. Another
 * account: the policy must name the caller or its account, and an identity policy must allow.
 * An explicit deny on either side wins.
 */
export function authorizeWithResourcePolicy(
  principal: Principal,
  request: AccessRequest,
  resourceAccount: string,
  resourcePolicy: PolicyDocument,
): AccessResult {
  const identity = evaluateIdentity(principal.policies, request);
  const resource = evaluateResource(resourcePolicy, principal, request);
  if (identity === 'deny')
    return {
      allowed: false,
      message: deniedMessage(
        principal,
        request,
        'with an explicit deny in an identity-based policy',
      ),
    };
  if (resource.decision === 'deny')
    return {
      allowed: false,
      message: deniedMessage(
        principal,
        request,
        'with an explicit deny in a resource-based policy',
      ),
    };
  const sameAccount = principal.accountId === resourceAccount;
  if (resource.decision === 'none')
    return {
      allowed: false,
      message: deniedMessage(
        principal,
        request,
        `because no resource-based policy allows the ${request.action} action`,
      ),
    };
  if (sameAccount && resource.via === 'direct') return { allowed: true };
  if (identity === 'allow') return { allowed: true };
  return {
    allowed: false,
    message: deniedMessage(
      principal,
      request,
      `because no identity-based policy allows the ${request.action} action`,
    ),
  };
}
