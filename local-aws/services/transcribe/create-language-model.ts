import { randomUUID } from 'node:crypto';
import type {
  CreateLanguageModelRequest,
  CreateLanguageModelResponse,
} from '@aws-sdk/client-transcribe';
import type { Operation } from '../../core/service';
import { requirePrincipal } from '../../core/types';
import { nextSeq } from './jobs';
import { resourceNameTaken } from './resource-errors';
import { dueAtFor, scheduleResource } from './resource-lifecycle';
import { resourceId, type StoredLanguageModel } from './resource-model';
import { authorizeRequest, checkEncryption, checkInputUri } from './resource-requests';
import { callerResourceArn, getResource, putResource } from './resources';
import { validateRequest } from './validate';

/** Training starts IN_PROGRESS; the data is read as the role when training finishes. */
export const createLanguageModel: Operation<
  CreateLanguageModelRequest,
  CreateLanguageModelResponse
> = (ctx, input) => {
  validateRequest('CreateLanguageModelRequest', input);
  const principal = requirePrincipal(ctx);
  const name = input.ModelName!;
  const config = input.InputDataConfig!;
  authorizeRequest(
    ctx,
    'transcribe:CreateLanguageModel',
    callerResourceArn(ctx, 'language-model', name),
    {
      tags: input.Tags,
      roleArn: config.DataAccessRoleArn,
    },
  );
  checkInputUri(ctx, config.S3Uri, 'InputDataConfig.S3Uri', true);
  checkInputUri(ctx, config.TuningDataS3Uri, 'InputDataConfig.TuningDataS3Uri', true);
  checkEncryption(ctx, input.EncryptionConfiguration, config.DataAccessRoleArn);

  const world = ctx.world;
  if (getResource(world, 'language-model', resourceId(principal.accountId, ctx.region, name)))
    throw resourceNameTaken('language-model');
  const now = world.now().getTime();
  const inputDataConfig = {
    S3Uri: config.S3Uri,
    TuningDataS3Uri: config.TuningDataS3Uri,
    DataAccessRoleArn: config.DataAccessRoleArn,
  };
  const model: StoredLanguageModel = world.store.batch(() => {
    const created: StoredLanguageModel = {
      kind: 'language-model',
      uid: randomUUID(),
      seq: nextSeq(world),
      accountId: principal.accountId,
      region: ctx.region,
      name,
      languageCode: input.LanguageCode!,
      baseModelName: input.BaseModelName!,
      status: 'IN_PROGRESS',
      principal,
      inputDataConfig,
      dataAccessRoleArn: config.DataAccessRoleArn,
      encryption: input.EncryptionConfiguration,
      tags: input.Tags,
      creationTime: now,
      lastModifiedTime: now,
      dueAt: dueAtFor(world, 'language-model'),
    };
    putResource(world, created);
    return created;
  });
  scheduleResource(world, model);
  return {
    LanguageCode: model.languageCode,
    BaseModelName: model.baseModelName,
    ModelName: name,
    InputDataConfig: inputDataConfig,
    ModelStatus: model.status,
  };
};
