import { DisableKeyCommand, EnableKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { TranscribeClient, CreateVocabularyRequest } from '@aws-sdk/client-transcribe';
import {
  CreateLanguageModelCommand,
  CreateVocabularyCommand,
  CreateVocabularyFilterCommand,
  GetVocabularyCommand,
  GetVocabularyFilterCommand,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_ACCOUNT,
  DATA_ACCESS_ROLES,
  SEEDED_ALIAS_ARNS,
  SEEDED_CUSTOM_INPUTS,
  SEEDED_KEY_ARNS,
  SEEDED_KEYS,
  SEEDED_VOCABULARIES,
} from '../seed/ids';
import { objectDetails } from '../services/s3/object-store';
import { resourceId } from '../services/transcribe/resource-model';
import { getResource } from '../services/transcribe/resources';
import {
  mediaUri,
  settledModel,
  settledVocabulary,
  uniqueResourceName,
} from './custom-resource-support';
import { clientConfig, startForTests } from './harness';
import { analystKeys, errorOf, transcribeAs } from './transcribe-support';

const local = startForTests();
const admin = () => transcribeAs(local.url);
const analyst = () => transcribeAs(local.url, analystKeys(local.server));
const ROLE = DATA_ACCESS_ROLES.transcribeDataAccess.arn;
const KEY = SEEDED_KEY_ARNS.transcribeOutput;

const create = (request: Partial<CreateVocabularyRequest>, client: TranscribeClient = admin()) =>
  client.send(
    new CreateVocabularyCommand({
      VocabularyName: uniqueResourceName('encrypted'),
      LanguageCode: 'en-US',
      Phrases: ['roadmap'],
      DataAccessRoleArn: ROLE,
      ...request,
    } as CreateVocabularyRequest),
  );

/** How the stored artefact of a resource is encrypted. */
function artefactEncryption(
  kind: 'vocabulary' | 'vocabulary-filter' | 'language-model',
  name: string,
) {
  const resource = getResource(
    local.server.world,
    kind,
    resourceId(CURRENT_ACCOUNT, 'us-east-1', name),
  );
  const artefact = resource!.artefact!;
  const details = objectDetails(local.server.world, artefact.bucket, artefact.key)!;
  return { encryption: details.encryption, context: details.encryptionContext };
}

describe('EncryptionConfiguration: artefacts stored under the key, with the context', () => {
  it('encrypts a vocabulary through the data access role and serves it decrypted', async () => {
    const name = uniqueResourceName('vocabulary');
    await create({
      VocabularyName: name,
      EncryptionConfiguration: {
        KMSKey: KEY,
        KMSEncryptionContext: { team: 'analytics', 'case id': '42' },
      },
    });
    const ready = await settledVocabulary(admin(), name);
    expect(ready).toMatchObject({
      VocabularyState: 'READY',
      DataAccessRoleArn: ROLE,
      EncryptionConfiguration: {
        KMSKey: KEY,
        KMSEncryptionContext: { team: 'analytics', 'case id': '42' },
      },
    });
    const stored = artefactEncryption('vocabulary', name);
    expect(stored.encryption).toEqual({ type: 'aws:kms', keyArn: KEY });
    expect(stored.context).toMatchObject({ team: 'analytics', 'case id': '42' });
    expect(await (await fetch(ready.DownloadUri!)).text()).toContain('roadmap');
  });

  it('encrypts a filter and a language model the same way', async () => {
    const filter = uniqueResourceName('filter');
    await admin().send(
      new CreateVocabularyFilterCommand({
        VocabularyFilterName: filter,
        LanguageCode: 'en-US',
        Words: ['gosh'],
        DataAccessRoleArn: ROLE,
        EncryptionConfiguration: { KMSKey: KEY },
      }),
    );
    expect(artefactEncryption('vocabulary-filter', filter).encryption).toEqual({
      type: 'aws:kms',
      keyArn: KEY,
    });
    const got = await admin().send(
      new GetVocabularyFilterCommand({ VocabularyFilterName: filter }),
    );
    expect(got.EncryptionConfiguration).toEqual({ KMSKey: KEY });
    expect(await (await fetch(got.DownloadUri!)).text()).toBe('gosh\n');

    const model = uniqueResourceName('model');
    await admin().send(
      new CreateLanguageModelCommand({
        ModelName: model,
        LanguageCode: 'en-US',
        BaseModelName: 'WideBand',
        InputDataConfig: {
          S3Uri: mediaUri(SEEDED_CUSTOM_INPUTS.trainingData),
          DataAccessRoleArn: ROLE,
        },
        EncryptionConfiguration: { KMSKey: KEY, KMSEncryptionContext: { purpose: 'training' } },
      }),
    );
    const completed = await settledModel(admin(), model);
    expect(completed.ModelStatus).toBe('COMPLETED');
    expect(completed.EncryptionConfiguration).toEqual({
      KMSKey: KEY,
      KMSEncryptionContext: { purpose: 'training' },
    });
    expect(artefactEncryption('language-model', model).context).toMatchObject({
      purpose: 'training',
    });
  });

  it('stores the seeded encrypted vocabulary under alias/transcribe-output’s key', () => {
    expect(artefactEncryption('vocabulary', SEEDED_VOCABULARIES.encrypted)).toMatchObject({
      encryption: { type: 'aws:kms', keyArn: KEY },
      context: { project: 'console-demo' },
    });
  });

  it('without a key, stores the artefact with Transcribe’s own (SSE-S3 here)', async () => {
    expect(artefactEncryption('vocabulary', SEEDED_VOCABULARIES.ready).encryption).toEqual({
      type: 'AES256',
    });
  });

  it('refuses a download once the key is disabled, and serves it again once enabled', async () => {
    const kms = new KMSClient(clientConfig(local.url));
    const name = uniqueResourceName('disable');
    await create({ VocabularyName: name, EncryptionConfiguration: { KMSKey: KEY } });
    const ready = await settledVocabulary(admin(), name);
    await kms.send(new DisableKeyCommand({ KeyId: KEY }));
    try {
      const refused = await fetch(ready.DownloadUri!);
      expect(refused.status).toBe(403);
      expect(await refused.text()).toMatch(/is disabled/);
    } finally {
      await kms.send(new EnableKeyCommand({ KeyId: KEY }));
    }
    expect((await fetch(ready.DownloadUri!)).status).toBe(200);
  });
});

describe('EncryptionConfiguration refused as the request arrives', () => {
  const KEY_PATTERN =
    'Member must satisfy regular expression pattern: ^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$';
  const CONTEXT =
    '[Member must have length less than or equal to 2000, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: ^[\\x20-\\x7E]+$]';
  const notFullArn = (key: string) =>
    `The KMSKey that you specified isn't a full KMS key ARN: ${key}. Only full KMS key ARN format is supported (arn:partition:kms:region:account:key/key-id). Check the key ARN and try your request again.`;

  it.each([
    [
      'a key ID',
      { KMSKey: SEEDED_KEYS.transcribeOutput },
      notFullArn(SEEDED_KEYS.transcribeOutput),
    ],
    ['an alias name', { KMSKey: 'alias/transcribe-output' }, notFullArn('alias/transcribe-output')],
    [
      'an alias ARN',
      { KMSKey: SEEDED_ALIAS_ARNS.transcribeOutput },
      notFullArn(SEEDED_ALIAS_ARNS.transcribeOutput),
    ],
    [
      'a key of another Region',
      { KMSKey: KEY.replace('us-east-1', 'eu-west-1') },
      `The KMS key ${KEY.replace('us-east-1', 'eu-west-1')} is in eu-west-1, but the resource is in us-east-1. Use a KMS key in the same AWS Region and try your request again.`,
    ],
    [
      'a key reference with a space',
      { KMSKey: 'my key' },
      `1 validation error detected: Value 'my key' at 'encryptionConfiguration.kMSKey' failed to satisfy constraint: ${KEY_PATTERN}`,
    ],
    [
      'a context value outside printable ASCII',
      { KMSKey: KEY, KMSEncryptionContext: { team: 'équipe' } },
      `1 validation error detected: Value '{team=équipe}' at 'encryptionConfiguration.kMSEncryptionContext' failed to satisfy constraint: Map value must satisfy constraint: ${CONTEXT}`,
    ],
    [
      'a context key with a tab',
      { KMSKey: KEY, KMSEncryptionContext: { 'a\tb': 'x' } },
      `1 validation error detected: Value '{a\tb=x}' at 'encryptionConfiguration.kMSEncryptionContext' failed to satisfy constraint: Map keys must satisfy constraint: ${CONTEXT}`,
    ],
    [
      'eleven context pairs',
      {
        KMSKey: KEY,
        KMSEncryptionContext: Object.fromEntries(
          Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']),
        ),
      },
      /at 'encryptionConfiguration\.kMSEncryptionContext' failed to satisfy constraint: Member must have length less than or equal to 10$/,
    ],
  ])('refuses %s', async (_, encryption, message) => {
    const error = await errorOf(create({ EncryptionConfiguration: encryption as never }));
    expect(error.name).toBe('BadRequestException');
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('refuses encryption without a data access role', async () => {
    const error = await errorOf(
      create({ DataAccessRoleArn: undefined, EncryptionConfiguration: { KMSKey: KEY } }),
    );
    expect(error.message).toBe(
      'You must specify a DataAccessRoleArn when you specify an EncryptionConfiguration: Amazon Transcribe uses the KMS key as that role.',
    );
  });
});

describe('the data access role, assumed when Transcribe processes the resource', () => {
  it.each([
    [
      'a key the role’s policy does not cover',
      SEEDED_KEY_ARNS.analytics,
      ROLE,
      `The data access role ${ROLE} can't use the KMS key ${SEEDED_KEY_ARNS.analytics}. User: arn:aws:sts::111122223333:assumed-role/TranscribeDataAccess/TranscribeSession is not authorized to perform: kms:GenerateDataKey on resource: ${SEEDED_KEY_ARNS.analytics} because no identity-based policy allows the kms:GenerateDataKey action Both the role's permissions policy and the key policy must allow the role kms:GenerateDataKey and kms:Decrypt on the key.`,
    ],
    [
      'a key whose key policy does not name the role’s account',
      SEEDED_KEY_ARNS.private,
      ROLE,
      /can't use the KMS key .*5e4d3c2b-0002.*because no resource-based policy allows the kms:GenerateDataKey action/,
    ],
    [
      'a key whose key policy allows encrypting but not decrypting',
      SEEDED_KEY_ARNS.sharedWithAnalytics,
      ROLE,
      /can't use the KMS key .*5e4d3c2b-0001.*kms:Decrypt .*because no resource-based policy allows the kms:Decrypt action/,
    ],
    [
      'a role that does not trust Transcribe',
      KEY,
      DATA_ACCESS_ROLES.notTrusted.arn,
      /its trust policy doesn't allow transcribe\.amazonaws\.com/,
    ],
  ])('fails the vocabulary for %s', async (_, key, role, reason) => {
    const name = uniqueResourceName('failing');
    await create({
      VocabularyName: name,
      DataAccessRoleArn: role,
      EncryptionConfiguration: { KMSKey: key },
    });
    const failed = await settledVocabulary(admin(), name);
    expect(failed.VocabularyState).toBe('FAILED');
    if (typeof reason === 'string') expect(failed.FailureReason).toBe(reason);
    else expect(failed.FailureReason).toMatch(reason);
  });

  it('fails the vocabulary for a key disabled before processing', async () => {
    const kms = new KMSClient(clientConfig(local.url));
    const name = uniqueResourceName('disabled');
    await kms.send(new DisableKeyCommand({ KeyId: KEY }));
    try {
      await create({ VocabularyName: name, EncryptionConfiguration: { KMSKey: KEY } });
      const failed = await settledVocabulary(admin(), name);
      expect(failed.FailureReason).toBe(
        `The KMS key ${KEY} is disabled. Enable the key or choose a different key and try your request again.`,
      );
    } finally {
      await kms.send(new EnableKeyCommand({ KeyId: KEY }));
    }
  });

  it('fails a vocabulary whose file the role cannot read', async () => {
    const name = uniqueResourceName('unreadable');
    await create({
      VocabularyName: name,
      Phrases: undefined,
      VocabularyFileUri: mediaUri(SEEDED_CUSTOM_INPUTS.meetingTerms),
      DataAccessRoleArn: DATA_ACCESS_ROLES.noMediaAccess.arn,
      EncryptionConfiguration: { KMSKey: KEY },
    });
    const failed = await settledVocabulary(admin(), name);
    expect(failed.FailureReason).toMatch(
      /^The data access role arn:aws:iam::111122223333:role\/TranscribeNoMediaAccess can't read the vocabulary file .* s3:GetObject/,
    );
  });

  it('lets the analyst encrypt with the seeded role and its key, with a context', async () => {
    const name = uniqueResourceName('analyst');
    await create(
      {
        VocabularyName: name,
        EncryptionConfiguration: { KMSKey: KEY, KMSEncryptionContext: { analyst: 'yes' } },
      },
      analyst(),
    );
    const ready = await settledVocabulary(analyst(), name);
    expect(ready.VocabularyState).toBe('READY');
    const got = await analyst().send(new GetVocabularyCommand({ VocabularyName: name }));
    expect(got.EncryptionConfiguration?.KMSKey).toBe(KEY);
  });
});
