import type { EncryptionConfiguration } from '@aws-sdk/client-transcribe';
import type { RequestContext } from '../../core/types';
import { authorize } from '../../core/access';
import { authorizePassRole } from './data-access-role';
import { badRequest } from './errors';
import { inputLocation } from './resource-inputs';

// What CreateVocabulary, CreateVocabularyFilter, CreateLanguageModel and the updates check
// after the model's constraints, each refusal a BadRequestException with its own sentence.

/** An input file must be an S3 object, `s3://bucket/key`; a folder may be a whole bucket. */
export function checkInputUri(
  ctx: RequestContext,
  uri: string | undefined,
  member: string,
  folder = false,
): void {
  if (uri === undefined) return;
  if (!inputLocation(ctx.world.options.publicUrl, uri, folder))
    throw badRequest(
      folder
        ? `The S3 URI that you provided in ${member} isn't valid. Specify the data as s3://bucket/folder/ and try your request again.`
        : `The S3 URI that you provided in ${member} isn't valid. Specify the file as s3://bucket/key and try your request again.`,
    );
}

/** Exactly one of the inline terms and the file. */
export function checkOneSource(
  terms: readonly string[] | undefined,
  uri: string | undefined,
  termsMember: string,
  uriMember: string,
): void {
  const hasTerms = terms !== undefined && terms.length > 0;
  if (hasTerms && uri !== undefined)
    throw badRequest(
      `You can't use both ${termsMember} and ${uriMember} in the same request. Choose one and try your request again.`,
    );
  if (!hasTerms && uri === undefined)
    throw badRequest(`You must specify either ${termsMember} or ${uriMember} in your request.`);
}

const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/;

/**
 * EncryptionConfiguration: a full key ARN only (no key ID, alias name or alias ARN), in the
 * request's Region, and with a data access role, which is the one that uses the key.
 */
export function checkEncryption(
  ctx: RequestContext,
  encryption: EncryptionConfiguration | undefined,
  roleArn: string | undefined,
): void {
  if (!encryption) return;
  const key = encryption.KMSKey ?? '';
  const parts = KEY_ARN.exec(key);
  if (!parts)
    throw badRequest(
      `The KMSKey that you specified isn't a full KMS key ARN: ${key}. Only full KMS key ARN format is supported (arn:partition:kms:region:account:key/key-id). Check the key ARN and try your request again.`,
    );
  if (parts[2] !== ctx.region)
    throw badRequest(
      `The KMS key ${key} is in ${parts[2]}, but the resource is in ${ctx.region}. Use a KMS key in the same AWS Region and try your request again.`,
    );
  if (roleArn === undefined)
    throw badRequest(
      'You must specify a DataAccessRoleArn when you specify an EncryptionConfiguration: Amazon Transcribe uses the KMS key as that role.',
    );
}

/** The IAM checks of a create or update: the action, tagging, and passing the role. */
export function authorizeRequest(
  ctx: RequestContext,
  action: string,
  arn: string,
  options: { tags?: unknown; roleArn?: string },
): void {
  authorize(ctx, action, arn);
  if (options.tags !== undefined) authorize(ctx, 'transcribe:TagResource', arn);
  if (options.roleArn !== undefined) authorizePassRole(ctx, options.roleArn);
}
