import {
  GetObjectCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { ListTranscriptionJobsCommand } from '@aws-sdk/client-transcribe';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { findCredentials, IAM_TABLE, issueRoleCredentials } from '../core/identity';
import type { IamEntity } from '../core/types';
import {
  CURRENT_ACCOUNT,
  MEDIA_BUCKET,
  MEETING_MEDIA_URI,
  SEEDED_ALIAS_ARNS,
  SEEDED_KEY_ARNS,
  SEEDED_KEYS,
  TRANSCRIBE_SERVICE_USER,
} from '../seed/ids';
import { createBucket } from '../services/s3/buckets';
import { objectDetails, writeObject } from '../services/s3/object-store';
import { MEDIA_MISSING, MEDIA_NOT_READABLE } from '../services/transcribe/lifecycle';
import { clientConfig, startForTests } from './harness';
import {
  analystKeys,
  errorOf,
  finishedJob,
  type Keys,
  keysOf,
  OUTPUT_BUCKET,
  OWN_KEY_ARN,
  rawTranscribeCall,
  SHARED_ALIAS_ARN,
  SHARED_KEY_ARN,
  startJob,
  transcribeAs,
  uniqueName,
} from './transcribe-support';

const local = startForTests();

const s3As = (keys?: Keys) =>
  new S3Client({ ...clientConfig(local.url, keys), forcePathStyle: true });
const analyst = () => transcribeAs(local.url, analystKeys(local.server));

const MEETING_TEXT =
  "Good morning everyone, let's start with the quarterly roadmap and then review the open action items from last week.";

async function readJson(s3: S3Client, bucket: string, key: string): Promise<unknown> {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return JSON.parse(await object.Body!.transformToString());
}

describe('a job through its life (analyst role)', () => {
  it('goes QUEUED → IN_PROGRESS → COMPLETED and fills in the media details', async () => {
    const transcribe = analyst();
    const name = uniqueName('life');
    const started = await startJob(transcribe, { TranscriptionJobName: name });
    expect(started).toMatchObject({
      TranscriptionJobName: name,
      TranscriptionJobStatus: 'QUEUED',
      LanguageCode: 'en-US',
      Media: { MediaFileUri: MEETING_MEDIA_URI },
    });
    expect(started.CreationTime).toBeInstanceOf(Date);
    expect(started.MediaFormat).toBeUndefined();
    const done = await finishedJob(transcribe, name);
    // Format and sample rate come from the file's header (the seeded WAV is 8 kHz).
    expect(done).toMatchObject({
      TranscriptionJobStatus: 'COMPLETED',
      MediaFormat: 'wav',
      MediaSampleRateHertz: 8000,
    });
    expect(done.StartTime!.getTime()).toBeGreaterThanOrEqual(done.CreationTime!.getTime());
    expect(done.CompletionTime!.getTime()).toBeGreaterThanOrEqual(done.StartTime!.getTime());
  });

  it('writes to the customer bucket with the own key (SSE-KMS, context included)', async () => {
    const transcribe = analyst();
    const name = uniqueName('own-key');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      OutputBucketName: OUTPUT_BUCKET,
      OutputKey: 'own/',
      OutputEncryptionKMSKeyId: 'alias/transcribe-output',
      KMSEncryptionContext: { department: 'analytics' },
    });
    const done = await finishedJob(transcribe, name);
    expect(done.FailureReason).toBeUndefined();
    expect(done.TranscriptionJobStatus).toBe('COMPLETED');
    expect(done.Transcript?.TranscriptFileUri).toBe(
      `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/own/${name}.json`,
    );
    const s3 = s3As(analystKeys(local.server));
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: OUTPUT_BUCKET, Key: `own/${name}.json` }),
    );
    expect(head.ServerSideEncryption).toBe('aws:kms');
    expect(head.SSEKMSKeyId).toBe(OWN_KEY_ARN);
    expect(
      objectDetails(local.server.world, OUTPUT_BUCKET, `own/${name}.json`)?.encryptionContext,
    ).toMatchObject({ department: 'analytics' });
    // The analyst may decrypt with its own key: the document is Transcribe's format.
    const document = (await readJson(s3, OUTPUT_BUCKET, `own/${name}.json`)) as {
      jobName: string;
      accountId: string;
      status: string;
      results: { transcripts: { transcript: string }[]; items: { type: string }[] };
    };
    expect(document).toMatchObject({
      jobName: name,
      accountId: CURRENT_ACCOUNT,
      status: 'COMPLETED',
    });
    expect(document.results.transcripts[0]!.transcript).toBe(MEETING_TEXT);
    expect(document.results.items.some((item) => item.type === 'punctuation')).toBe(true);
  });

  it.each([
    ['alias ARN', SHARED_ALIAS_ARN],
    ['key ARN', SHARED_KEY_ARN],
  ])('encrypts with a key shared from another account, named by %s', async (_, keyId) => {
    const transcribe = analyst();
    const name = uniqueName('shared');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      OutputBucketName: OUTPUT_BUCKET,
      OutputKey: `shared/${name}.json`,
      OutputEncryptionKMSKeyId: keyId,
    });
    const done = await finishedJob(transcribe, name);
    expect(done.FailureReason).toBeUndefined();
    const s3 = s3As(analystKeys(local.server));
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: OUTPUT_BUCKET, Key: `shared/${name}.json` }),
    );
    expect(head.ServerSideEncryption).toBe('aws:kms');
    expect(head.SSEKMSKeyId).toBe(SHARED_KEY_ARN);
    // The key is shared for encryption only: the analyst cannot read the result back.
    const denied = await errorOf(
      s3.send(new GetObjectCommand({ Bucket: OUTPUT_BUCKET, Key: `shared/${name}.json` })),
    );
    expect(denied.name).toBe('AccessDenied');
  });

  it('writes with SSE-S3 when no key is given, at NAME.json without an OutputKey', async () => {
    const transcribe = analyst();
    const name = uniqueName('sse-s3');
    await startJob(transcribe, { TranscriptionJobName: name, OutputBucketName: OUTPUT_BUCKET });
    const done = await finishedJob(transcribe, name);
    expect(done.Transcript?.TranscriptFileUri).toBe(
      `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/${name}.json`,
    );
    const s3 = s3As(analystKeys(local.server));
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: OUTPUT_BUCKET, Key: `${name}.json` }),
    );
    expect(head.ServerSideEncryption).toBe('AES256');
    expect(head.SSEKMSKeyId).toBeUndefined();
    expect(await readJson(s3, OUTPUT_BUCKET, `${name}.json`)).toMatchObject({ jobName: name });
  });

  it('treats an OutputKey without .json or / as a folder', async () => {
    const transcribe = analyst();
    const name = uniqueName('folder');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      OutputBucketName: OUTPUT_BUCKET,
      OutputKey: 'reports/weekly',
    });
    const done = await finishedJob(transcribe, name);
    expect(done.Transcript?.TranscriptFileUri).toBe(
      `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/reports/weekly/${name}.json`,
    );
  });

  it('keeps output in the service bucket, served by a presigned URL that plain fetch can read', async () => {
    const transcribe = analyst();
    const name = uniqueName('service');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/samples/interview.mp3` },
    });
    const done = await finishedJob(transcribe, name);
    expect(done.TranscriptionJobStatus).toBe('COMPLETED');
    expect(done.MediaFormat).toBe('mp3');
    expect(done.MediaSampleRateHertz).toBe(48000);
    const uri = done.Transcript!.TranscriptFileUri!;
    expect(
      uri.startsWith(`${local.url}/aws-transcribe-us-east-1-prod/${CURRENT_ACCOUNT}/${name}/`),
    ).toBe(true);
    expect(uri).toContain('X-Amz-Signature=');
    expect(uri).toContain('X-Amz-Expires=900');
    const response = await fetch(uri);
    expect(response.status).toBe(200);
    const document = (await response.json()) as { jobName: string; results: unknown };
    expect(document.jobName).toBe(name);
    // A tampered URL is refused, and so is one past its 15 minutes.
    expect((await fetch(uri.replace('asrOutput.json', 'other.json'))).status).toBe(403);
    local.server.world.setClockOffset(16 * 60 * 1000);
    try {
      const expired = await fetch(uri);
      expect(expired.status).toBe(403);
      expect(await expired.text()).toContain('<Code>AccessDenied</Code>');
    } finally {
      local.server.world.setClockOffset(0);
    }
    expect((await fetch(uri)).status).toBe(200);
    // The service's bucket is not the customer's.
    for (const keys of [analystKeys(local.server), undefined]) {
      const buckets = await s3As(keys).send(new ListBucketsCommand({}));
      expect(buckets.Buckets?.map((b) => b.Name)).not.toContain('aws-transcribe-us-east-1-prod');
    }
    const list = await transcribe.send(new ListTranscriptionJobsCommand({ JobNameContains: name }));
    expect(list.TranscriptionJobSummaries?.[0]?.OutputLocationType).toBe('SERVICE_BUCKET');
    // The URL has the SDK presigner's form: a URL the SDK makes for the same object works too.
    const key = new URL(uri).pathname.split('/').slice(2).join('/');
    const sdkUrl = await getSignedUrl(
      new S3Client({
        ...clientConfig(local.url, {
          accessKeyId: TRANSCRIBE_SERVICE_USER.accessKeyId,
          // Made by the process at start: only code inside it can sign as the service.
          secretAccessKey: findCredentials(local.server.world, TRANSCRIBE_SERVICE_USER.accessKeyId)!
            .secretAccessKey,
        }),
        forcePathStyle: true,
      }),
      new GetObjectCommand({ Bucket: 'aws-transcribe-us-east-1-prod', Key: key }),
      { expiresIn: 900 },
    );
    expect((await fetch(sdkUrl)).status).toBe(200);
  });

  it('writes subtitles beside the transcript when asked', async () => {
    const transcribe = analyst();
    const name = uniqueName('subs');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      OutputBucketName: OUTPUT_BUCKET,
      OutputKey: 'subs/',
      Subtitles: { Formats: ['vtt', 'srt'], OutputStartIndex: 1 },
    });
    const done = await finishedJob(transcribe, name);
    expect(done.Subtitles).toEqual({
      Formats: ['vtt', 'srt'],
      OutputStartIndex: 1,
      SubtitleFileUris: [
        `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/subs/${name}.vtt`,
        `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/subs/${name}.srt`,
      ],
    });
    const vtt = await s3As(analystKeys(local.server)).send(
      new GetObjectCommand({ Bucket: OUTPUT_BUCKET, Key: `subs/${name}.vtt` }),
    );
    expect(await vtt.Body!.transformToString()).toMatch(/^WEBVTT\n\n1\n00:00:00\.000 --> /);
  });

  it('identifies the language among the options', async () => {
    const transcribe = analyst();
    const name = uniqueName('identify');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      LanguageCode: undefined,
      IdentifyLanguage: true,
      LanguageOptions: ['en-GB', 'en-US'],
    });
    const done = await finishedJob(transcribe, name);
    expect(done).toMatchObject({
      TranscriptionJobStatus: 'COMPLETED',
      LanguageCode: 'en-GB',
      IdentifyLanguage: true,
      IdentifiedLanguageScore: expect.any(Number),
    });
  });

  it('reports the languages of a multi-language job with their durations', async () => {
    const transcribe = analyst();
    const name = uniqueName('multi');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      LanguageCode: undefined,
      IdentifyMultipleLanguages: true,
      LanguageOptions: ['en-US', 'es-US'],
    });
    const done = await finishedJob(transcribe, name);
    expect(done.TranscriptionJobStatus).toBe('COMPLETED');
    expect(done.LanguageCode).toBeUndefined();
    expect(done.LanguageCodes).toEqual([
      { LanguageCode: 'en-US', DurationInSeconds: expect.any(Number) },
    ]);
    expect(done.LanguageCodes![0]!.DurationInSeconds).toBeGreaterThan(0);
  });

  it('never returns the output bucket, key or KMS key', async () => {
    const name = uniqueName('hidden');
    const request = {
      TranscriptionJobName: name,
      LanguageCode: 'en-US',
      Media: { MediaFileUri: MEETING_MEDIA_URI },
      OutputBucketName: OUTPUT_BUCKET,
      OutputKey: 'hidden/',
      OutputEncryptionKMSKeyId: 'alias/transcribe-output',
      KMSEncryptionContext: { a: 'b' },
    };
    const started = await rawTranscribeCall(local.url, 'StartTranscriptionJob', request);
    expect(started.status).toBe(200);
    await finishedJob(transcribeAs(local.url), name);
    const got = await rawTranscribeCall(local.url, 'GetTranscriptionJob', {
      TranscriptionJobName: name,
    });
    const listed = await rawTranscribeCall(local.url, 'ListTranscriptionJobs', {
      JobNameContains: name,
    });
    for (const reply of [started, got, listed]) {
      const text = JSON.stringify(reply.json);
      for (const member of [
        'OutputBucketName',
        'OutputKey',
        'OutputEncryptionKMSKeyId',
        'KMSEncryptionContext',
      ])
        expect(text).not.toContain(member);
      expect(text).not.toContain('transcribe-output');
    }
    expect(got.json).toMatchObject({
      TranscriptionJob: { TranscriptionJobStatus: 'COMPLETED', CreationTime: expect.any(Number) },
    });
  });
});

describe('FAILED jobs, each with its reason', () => {
  const failure = async (request: Parameters<typeof startJob>[1]) => {
    const transcribe = analyst();
    await startJob(transcribe, request);
    const done = await finishedJob(transcribe, request.TranscriptionJobName);
    expect(done.TranscriptionJobStatus).toBe('FAILED');
    expect(done.Transcript).toEqual({});
    return done.FailureReason ?? '';
  };
  const keyed = (label: string, keyId: string) => ({
    TranscriptionJobName: uniqueName(label),
    OutputBucketName: OUTPUT_BUCKET,
    OutputEncryptionKMSKeyId: keyId,
  });

  it('missing media', async () => {
    expect(
      await failure({
        TranscriptionJobName: uniqueName('no-media'),
        Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/samples/absent.wav` },
      }),
    ).toBe(MEDIA_MISSING);
  });

  it('media in a bucket that does not exist', async () => {
    expect(
      await failure({
        TranscriptionJobName: uniqueName('no-media-bucket'),
        Media: { MediaFileUri: 's3://no-such-media-bucket/a.wav' },
      }),
    ).toBe(MEDIA_MISSING);
  });

  it('media the caller may not read', async () => {
    const world = local.server.world;
    createBucket(world, `private-${MEDIA_BUCKET}`, CURRENT_ACCOUNT);
    writeObject(world, null, {
      bucket: `private-${MEDIA_BUCKET}`,
      key: 'a.wav',
      body: Buffer.from('RIFF'),
      metadata: { transcript: 'secret' },
    });
    expect(
      await failure({
        TranscriptionJobName: uniqueName('unreadable'),
        Media: { MediaFileUri: `s3://private-${MEDIA_BUCKET}/a.wav` },
      }),
    ).toBe(MEDIA_NOT_READABLE);
  });

  it('a MediaFormat that does not match the file', async () => {
    expect(
      await failure({
        TranscriptionJobName: uniqueName('wrong-format'),
        MediaFormat: 'mp3',
      }),
    ).toBe(
      "The media format that you specified doesn't match the detected media format. Check the media format and try your request again.",
    );
  });

  it('a MediaSampleRateHertz that does not match the file', async () => {
    expect(
      await failure({
        TranscriptionJobName: uniqueName('wrong-rate'),
        Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/samples/support-call.flac` },
        MediaSampleRateHertz: 44100,
      }),
    ).toContain("(44100 Hz) doesn't match the sample rate of the media file (16000 Hz)");
  });

  it('missing output bucket', async () => {
    expect(
      await failure({
        TranscriptionJobName: uniqueName('no-bucket'),
        OutputBucketName: `no-such-bucket-${CURRENT_ACCOUNT}`,
      }),
    ).toBe(
      `The output bucket no-such-bucket-${CURRENT_ACCOUNT} that you specified doesn't exist. Check the bucket name and try your request again.`,
    );
  });

  it('output bucket the caller may not write', async () => {
    const reason = await failure({
      TranscriptionJobName: uniqueName('not-writable'),
      OutputBucketName: MEDIA_BUCKET,
    });
    expect(reason).toContain('s3:PutObject');
    expect(reason).toContain(`arn:aws:s3:::${MEDIA_BUCKET}/`);
    expect(reason).toContain('assumed-role/TranscribeAnalyst');
  });

  it('disabled key (alias/legacy-disabled)', async () => {
    const reason = await failure(keyed('disabled', 'alias/legacy-disabled'));
    expect(reason).toBe(
      `The KMS key ${SEEDED_KEY_ARNS.legacyDisabled} is disabled. Enable the key or choose a different key and try your request again.`,
    );
  });

  it('key pending deletion (alias/retired)', async () => {
    const reason = await failure(keyed('retired', 'alias/retired'));
    expect(reason).toContain(`${SEEDED_KEYS.retired} is pending deletion`);
  });

  it('key for signing, not encryption (alias/signing)', async () => {
    const reason = await failure(keyed('signing', 'alias/signing'));
    expect(reason).toContain(SEEDED_KEY_ARNS.signing);
    expect(reason).toContain("isn't a symmetric encryption key");
    expect(reason).toContain('its key usage is SIGN_VERIFY, not ENCRYPT_DECRYPT');
  });

  it('another account’s key that is not shared (alias/private)', async () => {
    const reason = await failure(keyed('private', SEEDED_ALIAS_ARNS.private));
    expect(reason).toContain('kms:Encrypt');
    expect(reason).toContain(SEEDED_KEY_ARNS.private);
    expect(reason).toContain("You don't have permission");
  });

  it.each([
    ['kms:GenerateDataKey', ['kms:Encrypt']],
    ['kms:Encrypt', ['kms:GenerateDataKey']],
  ])('a caller whose IAM policy lacks %s on the key', async (missing, allowed) => {
    const world = local.server.world;
    const roleName = `Lacks${missing.slice(4)}`;
    const roleArn = `arn:aws:iam::${CURRENT_ACCOUNT}:role/${roleName}`;
    world.store.put<IamEntity>(IAM_TABLE, roleArn, {
      kind: 'role',
      name: roleName,
      accountId: CURRENT_ACCOUNT,
      arn: roleArn,
      id: `AROA${CURRENT_ACCOUNT}0${missing.length}`,
      policies: [
        {
          Statement: [
            { Effect: 'Allow', Action: 'transcribe:*', Resource: '*' },
            {
              Effect: 'Allow',
              Action: 's3:GetObject',
              Resource: `arn:aws:s3:::${MEDIA_BUCKET}/*`,
            },
            {
              Effect: 'Allow',
              Action: 's3:PutObject',
              Resource: `arn:aws:s3:::${OUTPUT_BUCKET}/*`,
            },
            {
              Effect: 'Allow',
              Action: allowed,
              Resource: `arn:aws:kms:*:${CURRENT_ACCOUNT}:key/*`,
            },
          ],
        },
      ],
    });
    const transcribe = transcribeAs(local.url, keysOf(issueRoleCredentials(world, roleArn, 'job')));
    const name = uniqueName('iam-kms');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      OutputBucketName: OUTPUT_BUCKET,
      OutputEncryptionKMSKeyId: 'alias/transcribe-output',
    });
    const done = await finishedJob(transcribe, name);
    expect(done.TranscriptionJobStatus).toBe('FAILED');
    expect(done.FailureReason).toContain(`for ${missing}`);
    expect(done.FailureReason).toContain(OWN_KEY_ARN);
    expect(done.FailureReason).toContain(`assumed-role/${roleName}/job`);
  });

  it('a shared key named by alias name only (aliases of other accounts need the ARN)', async () => {
    const reason = await failure(keyed('alias-name', 'alias/shared-with-analytics'));
    expect(reason).toContain("can't be found");
  });

  it('unknown key', async () => {
    const reason = await failure(keyed('unknown', 'alias/does-not-exist'));
    expect(reason).toContain("The KMS key that you specified can't be found: alias/does-not-exist");
    const byId = await failure(keyed('unknown-id', `00000000-0000-4000-8000-${CURRENT_ACCOUNT}`));
    expect(byId).toContain("can't be found");
  });

  it('lists failed jobs with their reason', async () => {
    const name = uniqueName('listed-failure');
    await failure({
      TranscriptionJobName: name,
      Media: { MediaFileUri: `s3://${MEDIA_BUCKET}/nothing.wav` },
    });
    const list = await analyst().send(
      new ListTranscriptionJobsCommand({ Status: 'FAILED', JobNameContains: name }),
    );
    expect(list.Status).toBe('FAILED');
    expect(list.TranscriptionJobSummaries).toEqual([
      expect.objectContaining({
        TranscriptionJobName: name,
        TranscriptionJobStatus: 'FAILED',
        FailureReason: MEDIA_MISSING,
        OutputLocationType: 'SERVICE_BUCKET',
      }),
    ]);
  });
});
