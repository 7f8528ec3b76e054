import { findCredentials, IAM_TABLE, principalFor } from '../../core/identity';
import type { IamEntity, PolicyDocument, Principal, World } from '../../core/types';
import {
  ADMIN,
  CURRENT_ACCOUNT,
  DATA_ACCESS_ROLES,
  MEDIA_BUCKET,
  SEEDED_CUSTOM_INPUTS,
  SEEDED_KEY_ARNS,
  SEEDED_LANGUAGE_MODELS,
  SEEDED_VOCABULARIES,
  SEEDED_VOCABULARY_FILTERS,
} from '../../seed/ids';
import { bucketArn, objectArn, writeObject } from '../s3/interface';
import { nextSeq } from './jobs';
import { TRANSCRIBE_SERVICE_PRINCIPAL } from './data-access-role';
import { processFilter, processNow } from './resource-lifecycle';
import type { StoredLanguageModel, StoredResource, StoredVocabulary } from './resource-model';
import { putResource } from './resources';

/**
 * The seeded data access roles, the custom resources' input files, and the resources
 * themselves, each built through the same processing a request gets (so a FAILED one carries
 * the reason Transcribe gives), except that `pending` and `inProgress` never finish.
 */

const trustedBy = (service: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: service },
      Action: 'sts:AssumeRole',
      // The confused-deputy guard AWS recommends: only for this account's resources.
      Condition: { StringEquals: { 'aws:SourceAccount': CURRENT_ACCOUNT } },
    },
  ],
});

const useKeys: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'UseTranscribeKeys',
      Effect: 'Allow',
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      Resource: [SEEDED_KEY_ARNS.transcribeOutput, SEEDED_KEY_ARNS.sharedWithAnalytics],
    },
  ],
};

const readMedia: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ReadMedia',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [bucketArn(MEDIA_BUCKET), objectArn(MEDIA_BUCKET, '*')],
    },
  ],
};

const roles: {
  role: (typeof DATA_ACCESS_ROLES)[keyof typeof DATA_ACCESS_ROLES];
  trust: string;
  policies: PolicyDocument[];
}[] = [
  {
    role: DATA_ACCESS_ROLES.transcribeDataAccess,
    trust: TRANSCRIBE_SERVICE_PRINCIPAL,
    policies: [readMedia, useKeys],
  },
  {
    role: DATA_ACCESS_ROLES.noMediaAccess,
    trust: TRANSCRIBE_SERVICE_PRINCIPAL,
    policies: [useKeys],
  },
  {
    role: DATA_ACCESS_ROLES.notTrusted,
    trust: 'ec2.amazonaws.com',
    policies: [readMedia, useKeys],
  },
];

const inputs: { key: string; text: string }[] = [
  {
    key: SEEDED_CUSTOM_INPUTS.meetingTerms,
    text: [
      'Phrase\tIPA\tSoundsLike\tDisplayAs',
      'roadmap\t\t\tRoadmap',
      'action-items\t\t\taction items',
      'Transcribe\t\t\tAmazon Transcribe',
      'K.M.S.\t\t\tKMS',
      '',
    ].join('\n'),
  },
  { key: SEEDED_CUSTOM_INPUTS.supportTermsSpanish, text: 'envío\ndirección\npedido\n' },
  {
    key: SEEDED_CUSTOM_INPUTS.malformedVocabulary,
    text: 'Phrase\tDisplayAs\nroadmap\tRoadmap\nsprint\tSprint\tsprint\n',
  },
  { key: SEEDED_CUSTOM_INPUTS.profanity, text: 'darn\nheck\nshoot\n' },
  {
    key: `${SEEDED_CUSTOM_INPUTS.trainingData}support-calls.txt`,
    text: 'thank you for calling support my name is sam i can see your order here\nlet me update the shipping address for you\n',
  },
];

const media = (key: string) => `s3://${MEDIA_BUCKET}/${key}`;

function seedRoles(world: World): void {
  for (const { role, trust, policies } of roles)
    world.store.put<IamEntity>(IAM_TABLE, role.arn, {
      kind: 'role',
      name: role.name,
      accountId: CURRENT_ACCOUNT,
      arn: role.arn,
      id: role.id,
      policies,
      trustPolicy: trustedBy(trust),
    });
}

export function seedCustomResources(world: World): void {
  seedRoles(world);
  for (const input of inputs)
    writeObject(world, null, {
      bucket: MEDIA_BUCKET,
      key: input.key,
      body: Buffer.from(input.text),
      contentType: 'text/plain; charset=utf-8',
    });
  const admin: Principal = principalFor(world, findCredentials(world, ADMIN.accessKeyId)!);
  const now = world.now().getTime();
  const common = (name: string) => ({
    uid: `seeded-${name}`,
    seq: nextSeq(world),
    accountId: CURRENT_ACCOUNT,
    region: world.options.region,
    name,
    principal: admin,
    creationTime: now,
    lastModifiedTime: now,
  });
  const vocabulary = (name: string, rest: Partial<StoredVocabulary>): StoredVocabulary => ({
    ...common(name),
    kind: 'vocabulary',
    languageCode: 'en-US',
    state: 'PENDING',
    ...rest,
  });
  const model = (name: string, rest: Partial<StoredLanguageModel>): StoredLanguageModel => ({
    ...common(name),
    kind: 'language-model',
    languageCode: 'en-US',
    baseModelName: 'WideBand',
    status: 'IN_PROGRESS',
    inputDataConfig: {
      S3Uri: media(SEEDED_CUSTOM_INPUTS.trainingData),
      DataAccessRoleArn: DATA_ACCESS_ROLES.transcribeDataAccess.arn,
    },
    dataAccessRoleArn: DATA_ACCESS_ROLES.transcribeDataAccess.arn,
    ...rest,
  });
  const processed: StoredResource[] = [
    processNow(
      world,
      vocabulary(SEEDED_VOCABULARIES.ready, { fileUri: media(SEEDED_CUSTOM_INPUTS.meetingTerms) }),
    ),
    processNow(
      world,
      vocabulary(SEEDED_VOCABULARIES.readySpanish, {
        languageCode: 'es-US',
        fileUri: media(SEEDED_CUSTOM_INPUTS.supportTermsSpanish),
      }),
    ),
    processNow(
      world,
      vocabulary(SEEDED_VOCABULARIES.encrypted, {
        phrases: ['roadmap', 'K.M.S.', 'encryption-context'],
        dataAccessRoleArn: DATA_ACCESS_ROLES.transcribeDataAccess.arn,
        encryption: {
          KMSKey: SEEDED_KEY_ARNS.transcribeOutput,
          KMSEncryptionContext: { project: 'console-demo' },
        },
      }),
    ),
    processNow(
      world,
      vocabulary(SEEDED_VOCABULARIES.failed, {
        fileUri: media(SEEDED_CUSTOM_INPUTS.malformedVocabulary),
      }),
    ),
    vocabulary(SEEDED_VOCABULARIES.pending, { phrases: ['pending'] }),
    processNow(world, model(SEEDED_LANGUAGE_MODELS.completed, {})),
    processNow(
      world,
      model(SEEDED_LANGUAGE_MODELS.failed, {
        inputDataConfig: {
          S3Uri: media('custom/no-such-training-data/'),
          DataAccessRoleArn: DATA_ACCESS_ROLES.transcribeDataAccess.arn,
        },
      }),
    ),
    model(SEEDED_LANGUAGE_MODELS.inProgress, { baseModelName: 'NarrowBand' }),
  ];
  for (const [name, languageCode, fileUri] of [
    [SEEDED_VOCABULARY_FILTERS.profanity, 'en-US', media(SEEDED_CUSTOM_INPUTS.profanity)],
    [SEEDED_VOCABULARY_FILTERS.spanish, 'es-US', undefined],
  ] as const) {
    const filter = processFilter(world, {
      ...common(name),
      kind: 'vocabulary-filter',
      languageCode,
      fileUri,
      words: fileUri ? undefined : ['grosería', 'tonto'],
    });
    if (!filter.ok) throw new Error(`seed: filter ${name}: ${filter.reason}`);
    processed.push(filter.value);
  }
  for (const resource of processed) putResource(world, resource);
}
