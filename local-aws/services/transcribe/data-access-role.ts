import { authorize } from '../../core/access';
import { evaluateIdentity, statementsOf } from '../../core/iam';
import { IAM_TABLE, principalFor } from '../../core/identity';
import type {
  IamEntity,
  PolicyStatement,
  Principal,
  RequestContext,
  World,
} from '../../core/types';

/**
 * The IAM role Transcribe assumes to read a custom resource's input from S3 and to use its
 * KMS key (DataAccessRoleArn). The caller passes the role (iam:PassRole at request time);
 * Transcribe assumes it later, when it processes the resource, so a role that does not exist,
 * does not trust Transcribe, or lacks a permission fails the resource, not the request.
 */

export const TRANSCRIBE_SERVICE_PRINCIPAL = 'transcribe.amazonaws.com';

/** The caller may hand the role to Transcribe: iam:PassRole, with iam:PassedToService. */
export function authorizePassRole(ctx: RequestContext, roleArn: string): void {
  authorize(ctx, 'iam:PassRole', roleArn, { 'iam:PassedToService': TRANSCRIBE_SERVICE_PRINCIPAL });
}

const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Whether a trust policy statement names Transcribe as its principal. */
const namesTranscribe = (statement: PolicyStatement) =>
  statement.Principal === '*' ||
  (typeof statement.Principal === 'object' &&
    asList(statement.Principal.Service).some(
      (service) => service === '*' || service === TRANSCRIBE_SERVICE_PRINCIPAL,
    ));

/**
 * Whether the role's trust policy lets Transcribe assume it for `sourceArn`: the statements
 * that name Transcribe, judged as identity statements on the role (deny wins), with the
 * confused-deputy condition keys Transcribe sends (aws:SourceAccount, aws:SourceArn).
 */
function trustsTranscribe(role: IamEntity, sourceAccount: string, sourceArn: string): boolean {
  if (!role.trustPolicy) return false;
  const statements = statementsOf(role.trustPolicy)
    .filter(namesTranscribe)
    .map((statement) => ({ ...statement, Principal: undefined, Resource: role.arn }));
  const decision = evaluateIdentity([{ Statement: statements }], {
    action: 'sts:AssumeRole',
    resource: role.arn,
    context: { 'aws:SourceAccount': sourceAccount, 'aws:SourceArn': sourceArn },
  });
  return decision === 'allow';
}

export type AssumedRole = { ok: true; principal: Principal } | { ok: false; reason: string };

const cannotAssume = (roleArn: string, why: string) =>
  `Amazon Transcribe can't assume the role ${roleArn}: ${why}. Make sure that the role exists and that its trust policy allows ${TRANSCRIBE_SERVICE_PRINCIPAL} to assume it, then try your request again.`;

/**
 * Transcribe's session as the role, with the role's own policies; or why it cannot assume it.
 * No credentials are issued: the session never leaves the emulator.
 */
export function assumeDataAccessRole(
  world: World,
  roleArn: string,
  sourceAccount: string,
  sourceArn: string,
): AssumedRole {
  const role = world.store.get<IamEntity>(IAM_TABLE, roleArn);
  if (!role || role.kind !== 'role')
    return { ok: false, reason: cannotAssume(roleArn, "the role doesn't exist") };
  if (!trustsTranscribe(role, sourceAccount, sourceArn))
    return {
      ok: false,
      reason: cannotAssume(
        roleArn,
        `its trust policy doesn't allow ${TRANSCRIBE_SERVICE_PRINCIPAL}`,
      ),
    };
  const principal = principalFor(world, {
    accessKeyId: 'ASIATRANSCRIBESESSION',
    secretAccessKey: '',
    entityArn: role.arn,
    sessionName: 'TranscribeSession',
  });
  return { ok: true, principal };
}
