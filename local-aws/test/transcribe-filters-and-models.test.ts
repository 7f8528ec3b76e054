import {
  CreateLanguageModelCommand,
  type CreateLanguageModelRequest,
  CreateVocabularyFilterCommand,
  type CreateVocabularyFilterRequest,
  DeleteLanguageModelCommand,
  DeleteVocabularyFilterCommand,
  DescribeLanguageModelCommand,
  GetVocabularyFilterCommand,
  ListLanguageModelsCommand,
  ListVocabularyFiltersCommand,
  StartTranscriptionJobCommand,
  UpdateVocabularyFilterCommand,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import {
  DATA_ACCESS_ROLES,
  MEETING_MEDIA_URI,
  SEEDED_CUSTOM_INPUTS,
  SEEDED_LANGUAGE_MODELS,
  SEEDED_VOCABULARY_FILTERS,
} from '../seed/ids';
import { mediaUri, putText, settledModel, uniqueResourceName } from './custom-resource-support';
import { startForTests } from './harness';
import { analystKeys, errorOf, transcribeAs } from './transcribe-support';

const local = startForTests();
const admin = () => transcribeAs(local.url);
const analyst = () => transcribeAs(local.url, analystKeys(local.server));
const ROLE = DATA_ACCESS_ROLES.transcribeDataAccess.arn;
const TRAINING = mediaUri(SEEDED_CUSTOM_INPUTS.trainingData);

const createFilter = (request: Partial<CreateVocabularyFilterRequest>) =>
  admin().send(
    new CreateVocabularyFilterCommand({
      VocabularyFilterName: uniqueResourceName('filter'),
      LanguageCode: 'en-US',
      ...request,
    } as CreateVocabularyFilterRequest),
  );

const createModel = (request: Partial<CreateLanguageModelRequest>) =>
  admin().send(
    new CreateLanguageModelCommand({
      ModelName: uniqueResourceName('model'),
      LanguageCode: 'en-US',
      BaseModelName: 'WideBand',
      InputDataConfig: { S3Uri: TRAINING, DataAccessRoleArn: ROLE },
      ...request,
    } as CreateLanguageModelRequest),
  );

describe('vocabulary filters', () => {
  it('lists the seeded ones and serves their words', async () => {
    const list = await admin().send(new ListVocabularyFiltersCommand({ MaxResults: 100 }));
    expect(list.VocabularyFilters?.map((f) => [f.VocabularyFilterName, f.LanguageCode])).toEqual(
      expect.arrayContaining([
        [SEEDED_VOCABULARY_FILTERS.profanity, 'en-US'],
        [SEEDED_VOCABULARY_FILTERS.spanish, 'es-US'],
      ]),
    );
    const filter = await admin().send(
      new GetVocabularyFilterCommand({ VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity }),
    );
    expect(await (await fetch(filter.DownloadUri!)).text()).toBe('darn\nheck\nshoot\n');
  });

  it('creates from words, updates from a file, deletes', async () => {
    const name = uniqueResourceName('words');
    const created = await createFilter({ VocabularyFilterName: name, Words: ['gosh', 'drat'] });
    expect(created).toMatchObject({ VocabularyFilterName: name, LanguageCode: 'en-US' });
    expect(created.LastModifiedTime).toBeInstanceOf(Date);
    const file = await putText(local.url, 'custom/test/filter.txt', 'blast\n');
    await admin().send(
      new UpdateVocabularyFilterCommand({
        VocabularyFilterName: name,
        VocabularyFilterFileUri: file,
      }),
    );
    const updated = await admin().send(
      new GetVocabularyFilterCommand({ VocabularyFilterName: name }),
    );
    expect(await (await fetch(updated.DownloadUri!)).text()).toBe('blast\n');
    await admin().send(new DeleteVocabularyFilterCommand({ VocabularyFilterName: name }));
    const error = await errorOf(
      admin().send(new GetVocabularyFilterCommand({ VocabularyFilterName: name })),
    );
    expect(error.message).toBe(
      "The requested vocabulary filter couldn't be found. Check the vocabulary filter name and try your request again.",
    );
  });

  it.each([
    [
      'no words',
      { Words: [] },
      "1 validation error detected: Value '[]' at 'words' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      'a word with a space',
      { Words: ['two words'] },
      'The vocabulary filter that you’re trying to create contains invalid characters or incorrectly formatted terms. See the developer guide for more information.',
    ],
    [
      'a missing file (read while the request runs)',
      { VocabularyFilterFileUri: mediaUri('custom/test/no-filter.txt') },
      `The vocabulary filter file ${mediaUri('custom/test/no-filter.txt')} doesn't exist. Make sure that the object exists and try your request again.`,
    ],
    [
      'a file the role cannot read',
      {
        VocabularyFilterFileUri: mediaUri(SEEDED_CUSTOM_INPUTS.profanity),
        DataAccessRoleArn: DATA_ACCESS_ROLES.noMediaAccess.arn,
      },
      /^The data access role arn:aws:iam::111122223333:role\/TranscribeNoMediaAccess can't read the vocabulary filter file s3:\/\/media-111122223333\/custom\/profanity.txt\. User: arn:aws:sts::111122223333:assumed-role\/TranscribeNoMediaAccess\/TranscribeSession is not authorized to perform: s3:GetObject/,
    ],
  ] as const)('refuses %s (BadRequestException)', async (_, request, message) => {
    const error = await errorOf(createFilter(request as Partial<CreateVocabularyFilterRequest>));
    expect(error.name).toBe('BadRequestException');
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });
});

describe('custom language models', () => {
  it('lists the seeded ones whole, filtered by status', async () => {
    const list = await admin().send(new ListLanguageModelsCommand({ MaxResults: 100 }));
    const byName = Object.fromEntries((list.Models ?? []).map((m) => [m.ModelName, m]));
    expect(byName[SEEDED_LANGUAGE_MODELS.completed]).toMatchObject({
      ModelStatus: 'COMPLETED',
      LanguageCode: 'en-US',
      BaseModelName: 'WideBand',
      UpgradeAvailability: false,
      InputDataConfig: { S3Uri: TRAINING, DataAccessRoleArn: ROLE },
    });
    expect(byName[SEEDED_LANGUAGE_MODELS.inProgress]?.ModelStatus).toBe('IN_PROGRESS');
    expect(byName[SEEDED_LANGUAGE_MODELS.failed]?.FailureReason).toMatch(/has no files/);
    const completed = await admin().send(
      new ListLanguageModelsCommand({ StatusEquals: 'COMPLETED' }),
    );
    expect(completed.Models?.every((m) => m.ModelStatus === 'COMPLETED')).toBe(true);
  });

  it('trains IN_PROGRESS → COMPLETED from a folder of text, read as the role', async () => {
    const name = uniqueResourceName('trained');
    const created = await createModel({ ModelName: name, BaseModelName: 'NarrowBand' });
    expect(created).toMatchObject({
      ModelName: name,
      ModelStatus: 'IN_PROGRESS',
      BaseModelName: 'NarrowBand',
      InputDataConfig: { S3Uri: TRAINING, DataAccessRoleArn: ROLE },
    });
    const model = await settledModel(admin(), name);
    expect(model.ModelStatus).toBe('COMPLETED');
    expect(model.CreateTime).toBeInstanceOf(Date);
  });

  it.each([
    ['no training data', { S3Uri: mediaUri('custom/test/nothing/') }, ROLE, /has no files/],
    [
      'training data that is not text',
      { S3Uri: mediaUri('custom/test/binary-training/') },
      ROLE,
      /isn't UTF-8 text\. Training and tuning data must be plain text files in UTF-8/,
    ],
    [
      'a whole bucket that also holds audio',
      { S3Uri: 's3://media-111122223333' },
      ROLE,
      /training data file s3:\/\/media-111122223333\/.* isn't valid/,
    ],
    [
      'a role that cannot list the data',
      { S3Uri: TRAINING },
      DATA_ACCESS_ROLES.noMediaAccess.arn,
      /TranscribeNoMediaAccess can't list the training data .* s3:ListBucket/,
    ],
    [
      'a role that does not trust Transcribe',
      { S3Uri: TRAINING },
      DATA_ACCESS_ROLES.notTrusted.arn,
      /can't assume the role arn:aws:iam::111122223333:role\/Ec2Instance: its trust policy doesn't allow transcribe\.amazonaws\.com/,
    ],
    [
      'a role that does not exist',
      { S3Uri: TRAINING },
      'arn:aws:iam::111122223333:role/Nobody',
      /can't assume the role .*Nobody: the role doesn't exist/,
    ],
  ])('fails with a reason for %s', async (_, data, role, reason) => {
    await putText(local.url, 'custom/test/binary-training/a.bin', Buffer.from([0xc3, 0x28]));
    const name = uniqueResourceName('failing');
    await createModel({ ModelName: name, InputDataConfig: { ...data, DataAccessRoleArn: role } });
    const model = await settledModel(admin(), name);
    expect(model.ModelStatus).toBe('FAILED');
    expect(model.FailureReason).toMatch(reason);
  });

  it.each([
    [
      'a language no model is trained in',
      { LanguageCode: 'fr-FR' },
      "1 validation error detected: Value 'fr-FR' at 'languageCode' failed to satisfy constraint: Member must satisfy enum value set: [en-US, hi-IN, es-US, en-GB, en-AU, de-DE, ja-JP]",
    ],
    [
      'no role',
      { InputDataConfig: { S3Uri: TRAINING } },
      "1 validation error detected: Value null at 'inputDataConfig.dataAccessRoleArn' failed to satisfy constraint: Member must not be null",
    ],
    [
      'a base model that is not one',
      { BaseModelName: 'Broadband' },
      "1 validation error detected: Value 'Broadband' at 'baseModelName' failed to satisfy constraint: Member must satisfy enum value set: [NarrowBand, WideBand]",
    ],
    [
      'a taken name',
      { ModelName: SEEDED_LANGUAGE_MODELS.completed },
      'The requested language model name already exists. Use a different language model name.',
    ],
  ] as const)('refuses %s', async (_, request, message) => {
    const error = await errorOf(createModel(request as Partial<CreateLanguageModelRequest>));
    expect(error.message).toBe(message);
  });

  it('deletes a finished model, not one in training', async () => {
    const busy = await errorOf(
      admin().send(
        new DeleteLanguageModelCommand({ ModelName: SEEDED_LANGUAGE_MODELS.inProgress }),
      ),
    );
    expect(busy.message).toMatch(/is IN_PROGRESS and can't be deleted/);
    const name = uniqueResourceName('deleted');
    await createModel({ ModelName: name });
    await settledModel(admin(), name);
    await admin().send(new DeleteLanguageModelCommand({ ModelName: name }));
    const gone = await errorOf(admin().send(new DescribeLanguageModelCommand({ ModelName: name })));
    expect(gone.name).toBe('BadRequestException');
    expect(gone.message).toBe(
      "The requested language model couldn't be found. Check the language model name and try your request again.",
    );
  });

  it('is usable by the analyst, with the seeded role', async () => {
    const name = uniqueResourceName('analyst-model');
    await analyst().send(
      new CreateLanguageModelCommand({
        ModelName: name,
        LanguageCode: 'en-US',
        BaseModelName: 'WideBand',
        InputDataConfig: { S3Uri: TRAINING, DataAccessRoleArn: ROLE },
      }),
    );
    expect((await settledModel(analyst(), name)).ModelStatus).toBe('COMPLETED');
  });
});

describe('filters and models in transcription jobs', () => {
  const start = (request: Record<string, unknown>) =>
    admin().send(
      new StartTranscriptionJobCommand({
        TranscriptionJobName: uniqueResourceName('job'),
        LanguageCode: 'en-US',
        Media: { MediaFileUri: MEETING_MEDIA_URI },
        ...request,
      }),
    );

  it('takes a filter and a COMPLETED model of the job language', async () => {
    const started = await start({
      Settings: {
        VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity,
        VocabularyFilterMethod: 'mask',
      },
      ModelSettings: { LanguageModelName: SEEDED_LANGUAGE_MODELS.completed },
    });
    expect(started.TranscriptionJob?.ModelSettings?.LanguageModelName).toBe(
      SEEDED_LANGUAGE_MODELS.completed,
    );
  });

  it.each([
    [
      { ModelSettings: { LanguageModelName: SEEDED_LANGUAGE_MODELS.inProgress } },
      /is IN_PROGRESS, not COMPLETED/,
    ],
    [
      { ModelSettings: { LanguageModelName: SEEDED_LANGUAGE_MODELS.failed } },
      /is FAILED, not COMPLETED/,
    ],
    [
      {
        Settings: {
          VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.spanish,
          VocabularyFilterMethod: 'remove',
        },
      },
      /is in es-US, but it's used for en-US/,
    ],
    [
      { Settings: { VocabularyFilterName: 'no-such-filter', VocabularyFilterMethod: 'tag' } },
      /requested vocabulary filter couldn't be found/,
    ],
  ])('refuses %o', async (request, message) => {
    const error = await errorOf(start(request));
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(message);
  });
});
