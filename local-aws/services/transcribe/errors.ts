import { AwsError } from '../../core/errors';

// Transcribe's errors in its own words. Its validation errors, too, are BadRequestException.

/** Transcribe's BadRequestException with a plain message (business rules, unknown jobs). */
export const badRequest = (message: string) => new AwsError('BadRequestException', message, 400);

export const jobNotFound = () =>
  badRequest("The requested job couldn't be found. Check the job name and try your request again.");

export const jobNameTaken = () =>
  new AwsError(
    'ConflictException',
    'The requested job name already exists. Use a different job name.',
    400,
  );

export const invalidNextToken = () =>
  badRequest(
    "The NextToken that you provided isn't valid. Remove it or use the NextToken from your last response, and try your request again.",
  );
