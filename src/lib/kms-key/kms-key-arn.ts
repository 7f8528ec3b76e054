import { parse as parseArn, validate as looksLikeArn } from '@aws-sdk/util-arn-parser';

/** A KMS key ARN or alias ARN that passed every check, taken apart. */
export interface KmsArn {
  kind: 'key' | 'alias';
  partition: string;
  region: string;
  accountId: string;
  /** The key ID (`1234abcd-…` or `mrk-…`) or the alias name (`alias/…`). */
  resource: string;
}

export type KmsArnProblem =
  | 'empty'
  | 'not-an-arn'
  | 'not-kms'
  | 'partition'
  | 'region'
  | 'account'
  | 'resource-type'
  | 'key-id'
  | 'alias-name'
  | 'aws-managed-alias';

export type KmsArnCheck =
  | { ok: true; arn: KmsArn; sameAccount: boolean }
  | { ok: false; problem: KmsArnProblem; message: string };

/** What the key is for, named as the messages need: "jobs in us-east-1 …", "the job's Region". */
export interface KmsKeyResource {
  name: string;
  plural: string;
  /**
   * What of the key's output the analyst reads back here ("transcript"): only then does the
   * access check ask for reading (kms:Decrypt) too. A custom resource is read by Transcribe.
   */
  readsHere?: string;
}

export const transcriptionJobResource: KmsKeyResource = {
  name: 'job',
  plural: 'jobs',
  readsHere: 'transcript',
};

/** Where a key must be to serve: the Region (and so partition) of the resource it encrypts. */
export interface KmsKeyScope {
  region: string;
  /** The signed-in account, when known, to tell its own keys from another account's. */
  accountId?: string;
  /** Defaults to a transcription job. */
  resource?: KmsKeyResource;
  /**
   * The encryption context's characters: any but blank (a job's KMSEncryptionContext,
   * `.*\S.*`), or printable ASCII only (a custom resource's, `^[\x20-\x7E]+$`).
   */
  contextCharacters?: 'any' | 'printable-ascii';
}

/** The partition a Region belongs to; a key must be in the job's partition and Region. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  if (region.startsWith('us-isob-')) return 'aws-iso-b';
  if (region.startsWith('us-isof-')) return 'aws-iso-f';
  if (region.startsWith('eu-isoe-')) return 'aws-iso-e';
  if (region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}

export const keyIdPattern =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
const aliasNamePattern = /^alias\/[a-zA-Z0-9:/_-]+$/;
/**
 * The API's pattern for OutputEncryptionKMSKeyId. An ARN that passes the checks above always
 * matches it (its parts are bounded: the Region is the job's, a key ID 36 characters, an alias
 * 256), so it needs no check or message of its own; the tests pin that.
 */
export const kmsKeyIdMemberPattern = /^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$/;

const example = 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/**
 * Checks the ARN of a key from a different account, as typed, against the KMS rules, giving
 * one plain message per kind of mistake.
 */
export function checkKmsArn(input: string, context: KmsKeyScope): KmsArnCheck {
  const { name, plural } = context.resource ?? transcriptionJobResource;
  const fail = (problem: KmsArnProblem, message: string): KmsArnCheck => ({
    ok: false,
    problem,
    message,
  });
  const value = input.trim();
  if (!value) return fail('empty', 'Enter the ARN of a KMS key or alias.');
  if (!looksLikeArn(value) || /\s/.test(value))
    return fail(
      'not-an-arn',
      `This is not an ARN. A key ARN looks like ${example}; an alias ARN ends in alias/NAME.`,
    );
  const { partition, service, region, accountId, resource } = parseArn(value);
  if (service !== 'kms')
    return fail(
      'not-kms',
      service
        ? `This is an ARN of the ${service} service, not of a KMS key. Enter a KMS key or alias ARN (arn:…:kms:…).`
        : 'This ARN names no service. Enter a KMS key or alias ARN (arn:…:kms:…).',
    );
  const expectedPartition = partitionOfRegion(context.region);
  if (partition !== expectedPartition)
    return fail(
      'partition',
      `The ARN is in partition "${partition}", but ${plural} in ${context.region} can only use keys in partition "${expectedPartition}" (arn:${expectedPartition}:kms:…).`,
    );
  if (region !== context.region)
    return fail(
      'region',
      region
        ? `The key is in Region ${region}, but the ${name} runs in ${context.region}. KMS keys must be in the ${name}'s Region.`
        : `The ARN has no Region. KMS keys must be in the ${name}'s Region, ${context.region}.`,
    );
  if (!/^\d{12}$/.test(accountId))
    return fail(
      'account',
      accountId
        ? `"${accountId}" is not an AWS account ID: it must be exactly 12 digits.`
        : 'The ARN has no account ID: it must be the 12-digit ID of the account that owns the key.',
    );
  let kind: KmsArn['kind'];
  if (resource.startsWith('key/')) {
    kind = 'key';
    const keyId = resource.slice('key/'.length);
    if (!keyIdPattern.test(keyId))
      return fail(
        'key-id',
        `"${keyId}" is not a KMS key ID. A key ID is a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hexadecimal digits for a multi-Region key (lower case).`,
      );
  } else if (resource.startsWith('alias/')) {
    kind = 'alias';
    if (resource.startsWith('alias/aws/'))
      return fail(
        'aws-managed-alias',
        `${resource} is an AWS managed key. Transcribe cannot use AWS managed keys: choose a customer managed key.`,
      );
    if (resource.length > 256 || !aliasNamePattern.test(resource))
      return fail(
        'alias-name',
        resource === 'alias/'
          ? 'The alias name is missing after alias/.'
          : `"${resource}" is not a valid alias name. After alias/ use 1–250 letters, digits, slashes (/), underscores (_), hyphens (-) and colons (:).`,
      );
  } else {
    return fail(
      'resource-type',
      `The ARN must end in key/KEY_ID or alias/ALIAS_NAME; "${resource}" is neither.`,
    );
  }
  return {
    ok: true,
    arn: { kind, partition, region, accountId, resource },
    sameAccount: context.accountId !== undefined && accountId === context.accountId,
  };
}
