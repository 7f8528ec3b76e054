import { randomUUID } from 'node:crypto';
import type {
  CreateVocabularyFilterRequest,
  CreateVocabularyFilterResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { badRequest } from './errors';
import { nextSeq } from './jobs';
import { vocabularyFilterInfo } from './resource-description';
import { invalidTerms, resourceNameTaken } from './resource-errors';
import { processFilter } from './resource-lifecycle';
import { resourceId, type StoredVocabularyFilter } from './resource-model';
import {
  authorizeRequest,
  checkEncryption,
  checkInputUri,
  checkOneSource,
} from './resource-requests';
import { callerResourceArn, getResource, putResource } from './resources';
import { validateRequest } from './validate';
import { termFits } from './vocabulary-terms';

/** A filter is read and stored while the request runs: a file it cannot use refuses it. */
export const createVocabularyFilter: Operation<
  CreateVocabularyFilterRequest,
  CreateVocabularyFilterResponse
> = (ctx, input) => {
  validateRequest('CreateVocabularyFilterRequest', input);
  const principal = requirePrincipal(ctx);
  const name = input.VocabularyFilterName!;
  const languageCode = input.LanguageCode!;
  authorizeRequest(
    ctx,
    'transcribe:CreateVocabularyFilter',
    callerResourceArn(ctx, 'vocabulary-filter', name),
    { tags: input.Tags, roleArn: input.DataAccessRoleArn },
  );
  checkOneSource(input.Words, input.VocabularyFilterFileUri, 'Words', 'VocabularyFilterFileUri');
  checkInputUri(ctx, input.VocabularyFilterFileUri, 'VocabularyFilterFileUri');
  if (input.Words?.some((word) => !termFits(languageCode, word)))
    throw invalidTerms('vocabulary-filter');
  checkEncryption(ctx, input.EncryptionConfiguration, input.DataAccessRoleArn);

  const world = ctx.world;
  if (getResource(world, 'vocabulary-filter', resourceId(principal.accountId, ctx.region, name)))
    throw resourceNameTaken('vocabulary-filter');
  const now = world.now().getTime();
  const processed = processFilter(world, {
    kind: 'vocabulary-filter',
    uid: randomUUID(),
    seq: 0,
    accountId: principal.accountId,
    region: ctx.region,
    name,
    languageCode,
    principal,
    words: input.Words,
    fileUri: input.VocabularyFilterFileUri,
    dataAccessRoleArn: input.DataAccessRoleArn,
    encryption: input.EncryptionConfiguration,
    tags: input.Tags,
    creationTime: now,
    lastModifiedTime: now,
  });
  if (!processed.ok) throw badRequest(processed.reason);
  const filter: StoredVocabularyFilter = { ...processed.value, seq: nextSeq(world) };
  putResource(world, filter);
  return vocabularyFilterInfo(filter);
};
