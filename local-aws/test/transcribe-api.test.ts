import {
  DeleteTranscriptionJobCommand,
  GetTranscriptionJobCommand,
  ListTranscriptionJobsCommand,
  paginateListTranscriptionJobs,
  type StartTranscriptionJobRequest,
  StartTranscriptionJobCommand,
} from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { IAM_TABLE, issueRoleCredentials } from '../core/identity';
import type { IamEntity } from '../core/types';
import { CURRENT_ACCOUNT, TRANSCRIPTS_BUCKET } from '../seed/ids';
import { otherAdminCredentials, startForTests } from './harness';
import {
  analystKeys,
  errorOf,
  finishedJob,
  keysOf,
  MEDIA,
  startJob,
  transcribeAs,
  uniqueName,
} from './transcribe-support';

const local = startForTests();
const analyst = () => transcribeAs(local.url, analystKeys(local.server));

const LANGUAGE_SET =
  'af-ZA, ar-AE, ar-SA, da-DK, de-CH, de-DE, en-AB, en-AU, en-GB, en-IE, en-IN, en-US, en-WL, es-ES, es-US, fa-IR, fr-CA, fr-FR, he-IL, hi-IN, id-ID, it-IT, ja-JP, ko-KR, ms-MY, nl-NL, pt-BR, pt-PT, ru-RU, ta-IN, te-IN, tr-TR, zh-CN, zh-TW, th-TH, en-ZA, en-NZ, vi-VN, sv-SE, ab-GE, ast-ES, az-AZ, ba-RU, be-BY, bg-BG, bn-IN, bs-BA, ca-ES, ckb-IQ, ckb-IR, cs-CZ, cy-WL, el-GR, et-EE, et-ET, eu-ES, fi-FI, gl-ES, gu-IN, ha-NG, hr-HR, hu-HU, hy-AM, is-IS, ka-GE, kab-DZ, kk-KZ, kn-IN, ky-KG, lg-IN, lt-LT, lv-LV, mhr-RU, mi-NZ, mk-MK, ml-IN, mn-MN, mr-IN, mt-MT, no-NO, or-IN, pa-IN, pl-PL, ps-AF, ro-RO, rw-RW, si-LK, sk-SK, sl-SI, so-SO, sr-RS, su-ID, sw-BI, sw-KE, sw-RW, sw-TZ, sw-UG, tl-PH, tt-RU, ug-CN, uk-UA, uz-UZ, wo-SN, zh-HK, zu-ZA';

const one = (value: string, member: string, constraint: string) =>
  `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: ${constraint}`;
const PATTERN = 'Member must satisfy regular expression pattern: ';
const long = (n: number, ch = 'a') => ch.repeat(n);
const base = {
  TranscriptionJobName: 'valid-name',
  LanguageCode: 'en-US',
  Media: { MediaFileUri: MEDIA },
};
const KEY_PATTERN = '^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$';
const NON_EMPTY =
  '[Member must have length less than or equal to 2000, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: .*\\S.*]';

// Each bad request and the exact message AWS's front end gives for it.
const corpus: [string, Partial<StartTranscriptionJobRequest> | Record<string, unknown>, string][] =
  [
    [
      'a name with /',
      { TranscriptionJobName: 'test/key' },
      one('test/key', 'transcriptionJobName', `${PATTERN}^[0-9a-zA-Z._-]+`),
    ],
    [
      'a name with a space',
      { TranscriptionJobName: 'my job' },
      one('my job', 'transcriptionJobName', `${PATTERN}^[0-9a-zA-Z._-]+`),
    ],
    [
      'a name with markup',
      { TranscriptionJobName: '<b>x</b>' },
      one('<b>x</b>', 'transcriptionJobName', `${PATTERN}^[0-9a-zA-Z._-]+`),
    ],
    [
      'a name of 201 characters',
      { TranscriptionJobName: long(201) },
      one(long(201), 'transcriptionJobName', 'Member must have length less than or equal to 200'),
    ],
    [
      'an empty name',
      { TranscriptionJobName: '' },
      `2 validation errors detected: Value '' at 'transcriptionJobName' failed to satisfy constraint: ${PATTERN}^[0-9a-zA-Z._-]+; Value '' at 'transcriptionJobName' failed to satisfy constraint: Member must have length greater than or equal to 1`,
    ],
    [
      'an ftp media URI',
      { Media: { MediaFileUri: 'ftp://media/a.wav' } },
      one('ftp://media/a.wav', 'media.mediaFileUri', `${PATTERN}(s3://|http(s*)://).+`),
    ],
    [
      'a bare media path',
      { Media: { MediaFileUri: 'media/a.wav' } },
      one('media/a.wav', 'media.mediaFileUri', `${PATTERN}(s3://|http(s*)://).+`),
    ],
    [
      'a media URI of 2001 characters',
      { Media: { MediaFileUri: `s3://b/${long(1994)}` } },
      one(
        `s3://b/${long(1994)}`,
        'media.mediaFileUri',
        'Member must have length less than or equal to 2000',
      ),
    ],
    ['media without a URI', { Media: {} }, ''],
    [
      'a bucket with capitals',
      { OutputBucketName: 'My-Bucket' },
      one('My-Bucket', 'outputBucketName', `${PATTERN}[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]`),
    ],
    [
      'a bucket of two characters',
      { OutputBucketName: 'ab' },
      one('ab', 'outputBucketName', `${PATTERN}[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]`),
    ],
    [
      'an s3:// bucket',
      { OutputBucketName: 's3://bucket' },
      one('s3://bucket', 'outputBucketName', `${PATTERN}[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9]`),
    ],
    [
      'an OutputKey with a space',
      { OutputBucketName: 'out-bucket', OutputKey: 'my key.json' },
      one('my key.json', 'outputKey', `${PATTERN}[a-zA-Z0-9-_.!*'()/]{1,1024}$`),
    ],
    [
      'an OutputKey with #',
      { OutputBucketName: 'out-bucket', OutputKey: 'a#b' },
      one('a#b', 'outputKey', `${PATTERN}[a-zA-Z0-9-_.!*'()/]{1,1024}$`),
    ],
    [
      'an OutputKey of 1025 characters',
      { OutputBucketName: 'out-bucket', OutputKey: long(1025) },
      `2 validation errors detected: Value '${long(1025)}' at 'outputKey' failed to satisfy constraint: ${PATTERN}[a-zA-Z0-9-_.!*'()/]{1,1024}$; Value '${long(1025)}' at 'outputKey' failed to satisfy constraint: Member must have length less than or equal to 1024`,
    ],
    [
      'a KMS key id with a space',
      { OutputBucketName: 'out-bucket', OutputEncryptionKMSKeyId: 'alias/my key' },
      one('alias/my key', 'outputEncryptionKMSKeyId', `${PATTERN}${KEY_PATTERN}`),
    ],
    [
      'a KMS key id starting with /',
      { OutputBucketName: 'out-bucket', OutputEncryptionKMSKeyId: '/alias/x' },
      one('/alias/x', 'outputEncryptionKMSKeyId', `${PATTERN}${KEY_PATTERN}`),
    ],
    [
      'a KMS key id with markup',
      { OutputBucketName: 'out-bucket', OutputEncryptionKMSKeyId: '<script>' },
      one('<script>', 'outputEncryptionKMSKeyId', `${PATTERN}${KEY_PATTERN}`),
    ],
    [
      'an empty KMS key id',
      { OutputBucketName: 'out-bucket', OutputEncryptionKMSKeyId: '' },
      `2 validation errors detected: Value '' at 'outputEncryptionKMSKeyId' failed to satisfy constraint: ${PATTERN}${KEY_PATTERN}; Value '' at 'outputEncryptionKMSKeyId' failed to satisfy constraint: Member must have length greater than or equal to 1`,
    ],
    [
      'an empty encryption context',
      {
        OutputBucketName: 'out-bucket',
        OutputEncryptionKMSKeyId: 'alias/a',
        KMSEncryptionContext: {},
      },
      one('{}', 'kMSEncryptionContext', 'Member must have length greater than or equal to 1'),
    ],
    [
      'a blank context value',
      {
        OutputBucketName: 'out-bucket',
        OutputEncryptionKMSKeyId: 'alias/a',
        KMSEncryptionContext: { dept: '   ' },
      },
      one('{dept=   }', 'kMSEncryptionContext', `Map value must satisfy constraint: ${NON_EMPTY}`),
    ],
    [
      'a blank context key',
      {
        OutputBucketName: 'out-bucket',
        OutputEncryptionKMSKeyId: 'alias/a',
        KMSEncryptionContext: { ' ': 'x' },
      },
      one('{ =x}', 'kMSEncryptionContext', `Map keys must satisfy constraint: ${NON_EMPTY}`),
    ],
    [
      'eleven context pairs',
      {
        OutputBucketName: 'out-bucket',
        OutputEncryptionKMSKeyId: 'alias/a',
        KMSEncryptionContext: Object.fromEntries(
          Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']),
        ),
      },
      one(
        `{${Array.from({ length: 11 }, (_, i) => `k${i}=v`).join(', ')}}`,
        'kMSEncryptionContext',
        'Member must have length less than or equal to 10',
      ),
    ],
    [
      'a sample rate of 7999',
      { MediaSampleRateHertz: 7999 },
      one('7999', 'mediaSampleRateHertz', 'Member must have value greater than or equal to 8000'),
    ],
    [
      'a sample rate of 48001',
      { MediaSampleRateHertz: 48001 },
      one('48001', 'mediaSampleRateHertz', 'Member must have value less than or equal to 48000'),
    ],
    [
      'an unknown media format',
      { MediaFormat: 'aac' as never },
      one(
        'aac',
        'mediaFormat',
        'Member must satisfy enum value set: [mp3, mp4, wav, flac, ogg, amr, webm, m4a]',
      ),
    ],
    [
      'an unknown language',
      { LanguageCode: 'auto' as never },
      one('auto', 'languageCode', `Member must satisfy enum value set: [${LANGUAGE_SET}]`),
    ],
    [
      'an unknown language option',
      {
        LanguageCode: undefined,
        IdentifyLanguage: true,
        LanguageOptions: ['en-US', 'en'] as never,
      },
      one(
        '[en-US, en]',
        'languageOptions',
        `Member must satisfy constraint: [Member must satisfy enum value set: [${LANGUAGE_SET}]]`,
      ),
    ],
    [
      'too few speakers',
      { Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 1 } },
      one('1', 'settings.maxSpeakerLabels', 'Member must have value greater than or equal to 2'),
    ],
    [
      'an unknown redaction output',
      { ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'hidden' as never } },
      one(
        'hidden',
        'contentRedaction.redactionOutput',
        'Member must satisfy enum value set: [redacted, redacted_and_unredacted]',
      ),
    ],
    [
      'an unknown subtitle format',
      { Subtitles: { Formats: ['ass' as never] } },
      one(
        '[ass]',
        'subtitles.formats',
        'Member must satisfy constraint: [Member must satisfy enum value set: [vtt, srt]]',
      ),
    ],
    [
      'a subtitle start index of 2',
      { Subtitles: { Formats: ['vtt'], OutputStartIndex: 2 } },
      one('2', 'subtitles.outputStartIndex', 'Member must have value less than or equal to 1'),
    ],
    [
      'no tags',
      { Tags: [] },
      one('[]', 'tags', 'Member must have length greater than or equal to 1'),
    ],
    [
      'a tag key of 129 characters',
      { Tags: [{ Key: long(129), Value: 'v' }] },
      one(long(129), 'tags.1.member.key', 'Member must have length less than or equal to 128'),
    ],
    [
      'a tag value of 257 characters',
      {
        Tags: [
          { Key: 'a', Value: 'b' },
          { Key: 'k', Value: long(257) },
        ],
      },
      one(long(257), 'tags.2.member.value', 'Member must have length less than or equal to 256'),
    ],
    [
      'an empty tag key',
      { Tags: [{ Key: '', Value: 'v' }] },
      one('', 'tags.1.member.key', 'Member must have length greater than or equal to 1'),
    ],
    [
      'a bad data access role',
      {
        JobExecutionSettings: {
          AllowDeferredExecution: true,
          DataAccessRoleArn: 'arn:aws:iam::1:user/u',
        },
      },
      one(
        'arn:aws:iam::1:user/u',
        'jobExecutionSettings.dataAccessRoleArn',
        `${PATTERN}^arn:(aws|aws-cn|aws-us-gov|aws-iso-{0,1}[a-z]{0,1}):iam::[0-9]{0,63}:role/[A-Za-z0-9:_/+=,@.-]{0,1024}$`,
      ),
    ],
    [
      'an unknown toxicity category',
      { ToxicityDetection: [{ ToxicityCategories: ['SOME' as never] }] },
      one(
        '[SOME]',
        'toxicityDetection.1.member.toxicityCategories',
        'Member must satisfy constraint: [Member must satisfy enum value set: [ALL]]',
      ),
    ],
  ];

describe('StartTranscriptionJob validation (every member, AWS’s exact words)', () => {
  it.each(corpus)('refuses %s', async (_, change, message) => {
    const error = await errorOf(
      transcribeAs(local.url).send(
        new StartTranscriptionJobCommand({ ...base, ...change } as StartTranscriptionJobRequest),
      ),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    if (message) expect(error.message).toBe(message);
  });

  it('lists every problem of one request', async () => {
    const error = await errorOf(
      transcribeAs(local.url).send(
        new StartTranscriptionJobCommand({
          TranscriptionJobName: 'bad/name',
          Media: { MediaFileUri: 'file:///a.wav' },
          OutputBucketName: 'UPPER',
          MediaSampleRateHertz: 1,
        }),
      ),
    );
    expect(error.message).toMatch(
      /^4 validation errors detected: Value 'bad\/name' at 'transcriptionJobName'/,
    );
    for (const member of ['mediaSampleRateHertz', 'media.mediaFileUri', 'outputBucketName'])
      expect(error.message).toContain(`at '${member}'`);
  });

  it.each([
    [
      'no way to choose the language',
      { LanguageCode: undefined },
      /LanguageCode, IdentifyLanguage or IdentifyMultipleLanguages/,
    ],
    ['two ways to choose the language', { IdentifyLanguage: true }, /only one of/],
    [
      'one language option',
      { LanguageCode: undefined, IdentifyLanguage: true, LanguageOptions: ['en-US'] },
      /at least two/,
    ],
    [
      'an OutputKey without a bucket',
      { OutputKey: 'x/' },
      /OutputBucketName when you specify an OutputKey/,
    ],
    [
      'a KMS key without a bucket',
      { OutputEncryptionKMSKeyId: 'alias/transcribe-output' },
      /OutputBucketName when you specify an OutputEncryptionKMSKeyId/,
    ],
    [
      'a context without a key',
      { OutputBucketName: TRANSCRIPTS_BUCKET, KMSEncryptionContext: { a: 'b' } },
      /OutputEncryptionKMSKeyId when you specify a KMSEncryptionContext/,
    ],
    [
      'media outside S3',
      { Media: { MediaFileUri: 'https://example.com/a.wav' } },
      /S3 URI that you provided isn't valid/,
    ],
    [
      'an unknown vocabulary',
      { Settings: { VocabularyName: 'medical-terms' } },
      /requested vocabulary couldn't be found/,
    ],
  ])('refuses %s (BadRequestException)', async (_, change, message) => {
    const error = await errorOf(
      transcribeAs(local.url).send(
        new StartTranscriptionJobCommand({
          ...base,
          TranscriptionJobName: uniqueName('rule'),
          ...change,
        } as StartTranscriptionJobRequest),
      ),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toMatch(message);
  });

  it('validates Get, Delete and List too', async () => {
    const transcribe = transcribeAs(local.url);
    const get = await errorOf(
      transcribe.send(new GetTranscriptionJobCommand({ TranscriptionJobName: 'a/b' })),
    );
    expect(get.message).toBe(one('a/b', 'transcriptionJobName', `${PATTERN}^[0-9a-zA-Z._-]+`));
    const del = await errorOf(
      transcribe.send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: long(201) })),
    );
    expect(del.message).toBe(
      one(long(201), 'transcriptionJobName', 'Member must have length less than or equal to 200'),
    );
    for (const [input, message] of [
      [
        { MaxResults: 0 },
        one('0', 'maxResults', 'Member must have value greater than or equal to 1'),
      ],
      [
        { MaxResults: 101 },
        one('101', 'maxResults', 'Member must have value less than or equal to 100'),
      ],
      [
        { Status: 'DONE' },
        one(
          'DONE',
          'status',
          'Member must satisfy enum value set: [QUEUED, IN_PROGRESS, FAILED, COMPLETED]',
        ),
      ],
      [{ JobNameContains: 'a b' }, one('a b', 'jobNameContains', `${PATTERN}^[0-9a-zA-Z._-]+`)],
    ] as const) {
      const error = await errorOf(
        transcribe.send(new ListTranscriptionJobsCommand(input as never)),
      );
      expect(error.name).toBe('BadRequestException');
      expect(error.message).toBe(message);
    }
  });
});

describe('job names, ownership and access', () => {
  it('refuses a name already taken (ConflictException)', async () => {
    const transcribe = analyst();
    const name = uniqueName('taken');
    await startJob(transcribe, { TranscriptionJobName: name });
    const error = await errorOf(startJob(transcribe, { TranscriptionJobName: name }));
    expect(error.name).toBe('ConflictException');
    expect(error.message).toBe('The requested job name already exists. Use a different job name.');
  });

  it('answers BadRequestException for an unknown job on Get and Delete', async () => {
    const transcribe = analyst();
    for (const command of [
      new GetTranscriptionJobCommand({ TranscriptionJobName: 'never-started' }),
      new DeleteTranscriptionJobCommand({ TranscriptionJobName: 'never-started' }),
    ]) {
      const error = await errorOf(transcribe.send(command as GetTranscriptionJobCommand));
      expect(error.name).toBe('BadRequestException');
      expect(error.message).toBe(
        "The requested job couldn't be found. Check the job name and try your request again.",
      );
    }
  });

  it('deletes a finished job, which then cannot be found and whose name is free again', async () => {
    const transcribe = analyst();
    const name = uniqueName('delete-me');
    await startJob(transcribe, { TranscriptionJobName: name });
    await finishedJob(transcribe, name);
    await transcribe.send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: name }));
    const error = await errorOf(
      transcribe.send(new GetTranscriptionJobCommand({ TranscriptionJobName: name })),
    );
    expect(error.message).toMatch(/couldn't be found/);
    await startJob(transcribe, { TranscriptionJobName: name });
    expect((await finishedJob(transcribe, name)).TranscriptionJobStatus).toBe('COMPLETED');
  });

  it('refuses to delete a job that has not finished', async () => {
    const transcribe = analyst();
    const name = uniqueName('running');
    const delays = local.server.world.options.jobDelays;
    const saved = { ...delays };
    delays.queuedMs = 60_000;
    try {
      await startJob(transcribe, { TranscriptionJobName: name });
    } finally {
      Object.assign(delays, saved);
    }
    const error = await errorOf(
      transcribe.send(new DeleteTranscriptionJobCommand({ TranscriptionJobName: name })),
    );
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toContain('QUEUED');
  });

  it('keeps a job whose reply was lost (commit, then drop the response)', async () => {
    await fetch(`${local.url}/_local/faults`, {
      method: 'POST',
      body: JSON.stringify({
        rules: [
          {
            service: 'transcribe',
            operation: 'StartTranscriptionJob',
            dropResponse: true,
            times: 1,
          },
        ],
      }),
    });
    const transcribe = analyst();
    const name = uniqueName('dropped');
    await expect(startJob(transcribe, { TranscriptionJobName: name })).rejects.toThrow();
    // The job was committed: a retry with the same name is a conflict, and the job runs.
    const retry = await errorOf(startJob(transcribe, { TranscriptionJobName: name }));
    expect(retry.name).toBe('ConflictException');
    expect((await finishedJob(transcribe, name)).TranscriptionJobStatus).toBe('COMPLETED');
  });

  it('keeps each account’s jobs to itself', async () => {
    const name = uniqueName('mine');
    await startJob(analyst(), { TranscriptionJobName: name });
    const other = transcribeAs(local.url, otherAdminCredentials);
    const error = await errorOf(
      other.send(new GetTranscriptionJobCommand({ TranscriptionJobName: name })),
    );
    expect(error.message).toMatch(/couldn't be found/);
    const list = await other.send(new ListTranscriptionJobsCommand({ JobNameContains: name }));
    expect(list.TranscriptionJobSummaries).toEqual([]);
    // The same name is free in the other account.
    await startJob(other, { TranscriptionJobName: name, Media: { MediaFileUri: 's3://x/y.wav' } });
  });

  it('refuses callers without the Transcribe permissions (AccessDeniedException)', async () => {
    const world = local.server.world;
    const roleArn = `arn:aws:iam::${CURRENT_ACCOUNT}:role/NoTranscribe`;
    world.store.put<IamEntity>(IAM_TABLE, roleArn, {
      kind: 'role',
      name: 'NoTranscribe',
      accountId: CURRENT_ACCOUNT,
      arn: roleArn,
      id: `AROA${CURRENT_ACCOUNT}0NOT`,
      policies: [
        {
          Statement: [{ Effect: 'Allow', Action: 'transcribe:GetTranscriptionJob', Resource: '*' }],
        },
      ],
    });
    const transcribe = transcribeAs(local.url, keysOf(issueRoleCredentials(world, roleArn, 's')));
    const name = uniqueName('denied');
    const error = await errorOf(startJob(transcribe, { TranscriptionJobName: name }));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toBe(
      `User: arn:aws:sts::${CURRENT_ACCOUNT}:assumed-role/NoTranscribe/s is not authorized to perform: transcribe:StartTranscriptionJob on resource: arn:aws:transcribe:us-east-1:${CURRENT_ACCOUNT}:transcription-job/${name} because no identity-based policy allows the transcribe:StartTranscriptionJob action`,
    );
    const list = await errorOf(transcribe.send(new ListTranscriptionJobsCommand({})));
    expect(list.message).toContain('transcribe:ListTranscriptionJobs on resource: *');
  });
});

describe('ListTranscriptionJobs paging', () => {
  it('pages 12 jobs newest first, 5 by default, with an opaque NextToken', async () => {
    const transcribe = analyst();
    const prefix = uniqueName('Page');
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      const name = `${prefix}-${String(i).padStart(2, '0')}`;
      names.push(name);
      await startJob(transcribe, { TranscriptionJobName: name });
    }
    const newestFirst = [...names].reverse();
    // JobNameContains is case-insensitive.
    const filter = prefix.toLowerCase();
    const first = await transcribe.send(
      new ListTranscriptionJobsCommand({ JobNameContains: filter }),
    );
    expect(first.TranscriptionJobSummaries?.map((s) => s.TranscriptionJobName)).toEqual(
      newestFirst.slice(0, 5),
    );
    expect(first.NextToken).toEqual(expect.any(String));
    expect(first.Status).toBeUndefined();
    const seen: string[] = [];
    const pageSizes: number[] = [];
    for await (const page of paginateListTranscriptionJobs(
      { client: transcribe, pageSize: 5 },
      { JobNameContains: filter },
    )) {
      pageSizes.push(page.TranscriptionJobSummaries?.length ?? 0);
      seen.push(...(page.TranscriptionJobSummaries ?? []).map((s) => s.TranscriptionJobName!));
    }
    expect(pageSizes).toEqual([5, 5, 2]);
    expect(seen).toEqual(newestFirst);
    const all = await transcribe.send(
      new ListTranscriptionJobsCommand({ JobNameContains: filter, MaxResults: 100 }),
    );
    expect(all.TranscriptionJobSummaries).toHaveLength(12);
    expect(all.NextToken).toBeUndefined();
    expect(all.TranscriptionJobSummaries?.[0]).toMatchObject({
      TranscriptionJobName: newestFirst[0],
      LanguageCode: 'en-US',
      CreationTime: expect.any(Date),
      OutputLocationType: 'SERVICE_BUCKET',
    });
  });

  it('filters by status', async () => {
    const transcribe = analyst();
    const name = uniqueName('status-filter');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      OutputBucketName: TRANSCRIPTS_BUCKET,
    });
    await finishedJob(transcribe, name);
    const completed = await transcribe.send(
      new ListTranscriptionJobsCommand({ Status: 'COMPLETED', JobNameContains: name }),
    );
    expect(completed.Status).toBe('COMPLETED');
    expect(
      completed.TranscriptionJobSummaries?.map((s) => [
        s.TranscriptionJobName,
        s.OutputLocationType,
      ]),
    ).toEqual([[name, 'CUSTOMER_BUCKET']]);
    const queued = await transcribe.send(
      new ListTranscriptionJobsCommand({ Status: 'QUEUED', JobNameContains: name }),
    );
    expect(queued.TranscriptionJobSummaries).toEqual([]);
  });

  it('refuses a NextToken it did not issue, or one for another query', async () => {
    const transcribe = analyst();
    const bad = await errorOf(
      transcribe.send(new ListTranscriptionJobsCommand({ NextToken: 'garbage' })),
    );
    expect(bad.name).toBe('BadRequestException');
    expect(bad.message).toMatch(/NextToken/);
    // Two jobs, so that a page of one has a next page.
    for (const label of ['token-a', 'token-b'])
      await startJob(transcribe, { TranscriptionJobName: uniqueName(label) });
    const page = await transcribe.send(new ListTranscriptionJobsCommand({ MaxResults: 1 }));
    expect(page.NextToken).toBeDefined();
    const tampered = `${page.NextToken!.slice(0, -2)}xx`;
    expect(
      (
        await errorOf(
          transcribe.send(new ListTranscriptionJobsCommand({ MaxResults: 1, NextToken: tampered })),
        )
      ).name,
    ).toBe('BadRequestException');
    const otherQuery = await errorOf(
      transcribe.send(
        new ListTranscriptionJobsCommand({ Status: 'FAILED', NextToken: page.NextToken }),
      ),
    );
    expect(otherQuery.name).toBe('BadRequestException');
  });
});
