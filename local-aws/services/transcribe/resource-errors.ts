import { AwsError } from '../../core/errors';
import { badRequest } from './errors';
import { kindNoun, type ResourceKind } from './resource-model';

// The custom resources' errors, worded as Transcribe words the jobs' ones.

export const resourceNotFound = (kind: ResourceKind) =>
  badRequest(
    `The requested ${kindNoun[kind]} couldn't be found. Check the ${kindNoun[kind]} name and try your request again.`,
  );

export const resourceNameTaken = (kind: ResourceKind) =>
  new AwsError(
    'ConflictException',
    `The requested ${kindNoun[kind]} name already exists. Use a different ${kindNoun[kind]} name.`,
    400,
  );

/** Deleting while Transcribe is still processing it. */
export const resourceBusy = (kind: ResourceKind, name: string, state: string) =>
  badRequest(
    `The ${kindNoun[kind]} ${name} is ${state} and can't be deleted until processing finishes. Wait for it to finish, then try your request again.`,
  );

/** Updating while Transcribe is still processing the previous version. */
export const resourceBeingProcessed = (kind: ResourceKind, name: string, state: string) =>
  new AwsError(
    'ConflictException',
    `The ${kindNoun[kind]} ${name} is ${state}: it can't be updated until processing finishes. Wait for it to finish, then try your request again.`,
    400,
  );

/** Phrases or words outside the language's character set, refused before anything is stored. */
export const invalidTerms = (kind: 'vocabulary' | 'vocabulary-filter') =>
  badRequest(
    `The ${kindNoun[kind]} that you’re trying to create contains invalid characters or incorrectly formatted terms. See the developer guide for more information.`,
  );
