import type {
  UpdateVocabularyFilterRequest,
  UpdateVocabularyFilterResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { authorizePassRole } from './data-access-role';
import { badRequest } from './errors';
import { vocabularyFilterInfo } from './resource-description';
import { invalidTerms } from './resource-errors';
import { processFilter } from './resource-lifecycle';
import { checkEncryption, checkInputUri, checkOneSource } from './resource-requests';
import { findCallerResource, putResource } from './resources';
import { validateRequest } from './validate';
import { termFits } from './vocabulary-terms';

/** Replaces the filter's words (and role and key), read and stored while the request runs. */
export const updateVocabularyFilter: Operation<
  UpdateVocabularyFilterRequest,
  UpdateVocabularyFilterResponse
> = (ctx, input) => {
  validateRequest('UpdateVocabularyFilterRequest', input);
  const principal = requirePrincipal(ctx);
  const current = findCallerResource(
    ctx,
    'vocabulary-filter',
    input.VocabularyFilterName!,
    'transcribe:UpdateVocabularyFilter',
  );
  if (input.DataAccessRoleArn !== undefined) authorizePassRole(ctx, input.DataAccessRoleArn);
  checkOneSource(input.Words, input.VocabularyFilterFileUri, 'Words', 'VocabularyFilterFileUri');
  checkInputUri(ctx, input.VocabularyFilterFileUri, 'VocabularyFilterFileUri');
  if (input.Words?.some((word) => !termFits(current.languageCode, word)))
    throw invalidTerms('vocabulary-filter');
  checkEncryption(ctx, input.EncryptionConfiguration, input.DataAccessRoleArn);
  const processed = processFilter(ctx.world, {
    ...current,
    principal,
    words: input.Words,
    fileUri: input.VocabularyFilterFileUri,
    dataAccessRoleArn: input.DataAccessRoleArn,
    encryption: input.EncryptionConfiguration,
    lastModifiedTime: ctx.world.now().getTime(),
  });
  if (!processed.ok) throw badRequest(processed.reason);
  putResource(ctx.world, processed.value);
  return vocabularyFilterInfo(processed.value);
};
