import type { UpdateVocabularyRequest, UpdateVocabularyResponse } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { invalidTerms, resourceBeingProcessed } from './resource-errors';
import { vocabularyInfo } from './resource-description';
import { dueAtFor, scheduleResource } from './resource-lifecycle';
import type { StoredVocabulary } from './resource-model';
import { checkEncryption, checkInputUri, checkOneSource } from './resource-requests';
import { findCallerResource, putResource } from './resources';
import { authorizePassRole } from './data-access-role';
import { validateRequest } from './validate';
import { termFits } from './vocabulary-terms';

/** Replaces the vocabulary's terms (and role and key): it is processed again from PENDING. */
export const updateVocabulary: Operation<UpdateVocabularyRequest, UpdateVocabularyResponse> = (
  ctx,
  input,
) => {
  validateRequest('UpdateVocabularyRequest', input);
  const principal = requirePrincipal(ctx);
  const languageCode = input.LanguageCode!;
  const current = findCallerResource(
    ctx,
    'vocabulary',
    input.VocabularyName!,
    'transcribe:UpdateVocabulary',
  );
  if (input.DataAccessRoleArn !== undefined) authorizePassRole(ctx, input.DataAccessRoleArn);
  checkOneSource(input.Phrases, input.VocabularyFileUri, 'Phrases', 'VocabularyFileUri');
  checkInputUri(ctx, input.VocabularyFileUri, 'VocabularyFileUri');
  if (input.Phrases?.some((phrase) => !termFits(languageCode, phrase)))
    throw invalidTerms('vocabulary');
  checkEncryption(ctx, input.EncryptionConfiguration, input.DataAccessRoleArn);
  if (current.state === 'PENDING')
    throw resourceBeingProcessed('vocabulary', current.name, current.state);

  const world = ctx.world;
  const now = world.now().getTime();
  const updated: StoredVocabulary = {
    ...current,
    principal,
    languageCode,
    state: 'PENDING',
    phrases: input.Phrases?.length ? input.Phrases : undefined,
    fileUri: input.VocabularyFileUri,
    dataAccessRoleArn: input.DataAccessRoleArn,
    encryption: input.EncryptionConfiguration,
    lastModifiedTime: now,
    failureReason: undefined,
    dueAt: dueAtFor(world, 'vocabulary'),
  };
  putResource(world, updated);
  scheduleResource(world, updated);
  const { VocabularyName, LanguageCode, LastModifiedTime, VocabularyState } =
    vocabularyInfo(updated);
  return { VocabularyName, LanguageCode, LastModifiedTime, VocabularyState };
};
