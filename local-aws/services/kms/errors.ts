import { AwsError } from '../../core/errors';

// KMS's errors in its own words (types and messages as AWS sends them).

export const keyNotFound = (arn: string) =>
  new AwsError('NotFoundException', `Key '${arn}' does not exist`);

export const aliasNotFound = (aliasArn: string) =>
  new AwsError('NotFoundException', `Alias '${aliasArn}' is not found.`);

/** Neither a key ID, an alias nor an ARN (AWS echoes the value without quotes). */
export const invalidKeyId = (value: string) =>
  new AwsError('NotFoundException', `Invalid keyId ${value}`);

/** A malformed KMS ARN, or one of another Region than the request's. */
export const invalidArn = () => new AwsError('NotFoundException', 'Invalid arn');

export const keyDisabled = (arn: string) =>
  new AwsError('DisabledException', `${arn} is disabled.`);

export const keyPendingDeletion = (arn: string) =>
  new AwsError('KMSInvalidStateException', `${arn} is pending deletion.`);

export const wrongKeyUsage = (arn: string, usage: string, operation: string) =>
  new AwsError(
    'InvalidKeyUsageException',
    `${arn} key usage is ${usage} which is not valid for ${operation}.`,
  );

export const wrongKeySpec = (arn: string, spec: string, operation: string) =>
  new AwsError(
    'InvalidKeyUsageException',
    `${arn} key KeySpec is ${spec} which is not valid for ${operation}.`,
  );

/** AWS sends InvalidCiphertextException without a message. */
export const invalidCiphertext = () => new AwsError('InvalidCiphertextException', '');

export const incorrectKey = () =>
  new AwsError(
    'IncorrectKeyException',
    'The key ID in the request does not identify a CMK that can perform this operation.',
  );

export const dryRunSucceeded = () =>
  new AwsError(
    'DryRunOperationException',
    'The request would have succeeded, but the DryRun option is set.',
  );

export const invalidMarker = () =>
  new AwsError('InvalidMarkerException', 'Could not deserialize marker.');

export const keyNotPendingDeletion = (arn: string) =>
  new AwsError('KMSInvalidStateException', `${arn} is not pending deletion.`);

/**
 * Rotation of a key that cannot rotate (asymmetric, HMAC). AWS sends this one without a
 * message, as it does for RotateKeyOnDemand.
 */
export const unsupportedOperation = () => new AwsError('UnsupportedOperationException', '');

/** KMS's TagException, in its own few words: `Duplicate tag keys`, `Too many tags`. */
export const tagError = (message: string) => new AwsError('TagException', message);
