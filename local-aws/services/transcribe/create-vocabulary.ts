import { randomUUID } from 'node:crypto';
import type { CreateVocabularyRequest, CreateVocabularyResponse } from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { nextSeq } from './jobs';
import { invalidTerms, resourceNameTaken } from './resource-errors';
import { dueAtFor, scheduleResource } from './resource-lifecycle';
import { resourceId, type StoredVocabulary } from './resource-model';
import {
  authorizeRequest,
  checkEncryption,
  checkInputUri,
  checkOneSource,
} from './resource-requests';
import { callerResourceArn, getResource, putResource } from './resources';
import { validateRequest } from './validate';
import { termFits } from './vocabulary-terms';

export const createVocabulary: Operation<CreateVocabularyRequest, CreateVocabularyResponse> = (
  ctx,
  input,
) => {
  validateRequest('CreateVocabularyRequest', input);
  const principal = requirePrincipal(ctx);
  const name = input.VocabularyName!;
  const languageCode = input.LanguageCode!;
  authorizeRequest(ctx, 'transcribe:CreateVocabulary', callerResourceArn(ctx, 'vocabulary', name), {
    tags: input.Tags,
    roleArn: input.DataAccessRoleArn,
  });
  checkOneSource(input.Phrases, input.VocabularyFileUri, 'Phrases', 'VocabularyFileUri');
  checkInputUri(ctx, input.VocabularyFileUri, 'VocabularyFileUri');
  if (input.Phrases?.some((phrase) => !termFits(languageCode, phrase)))
    throw invalidTerms('vocabulary');
  checkEncryption(ctx, input.EncryptionConfiguration, input.DataAccessRoleArn);

  const world = ctx.world;
  if (getResource(world, 'vocabulary', resourceId(principal.accountId, ctx.region, name)))
    throw resourceNameTaken('vocabulary');
  const now = world.now().getTime();
  const vocabulary: StoredVocabulary = world.store.batch(() => {
    const created: StoredVocabulary = {
      kind: 'vocabulary',
      uid: randomUUID(),
      seq: nextSeq(world),
      accountId: principal.accountId,
      region: ctx.region,
      name,
      languageCode,
      state: 'PENDING',
      principal,
      phrases: input.Phrases?.length ? input.Phrases : undefined,
      fileUri: input.VocabularyFileUri,
      dataAccessRoleArn: input.DataAccessRoleArn,
      encryption: input.EncryptionConfiguration,
      tags: input.Tags,
      creationTime: now,
      lastModifiedTime: now,
      dueAt: dueAtFor(world, 'vocabulary'),
    };
    putResource(world, created);
    return created;
  });
  scheduleResource(world, vocabulary);
  return {
    VocabularyName: name,
    LanguageCode: languageCode,
    VocabularyState: vocabulary.state,
    LastModifiedTime: new Date(now),
  };
};
