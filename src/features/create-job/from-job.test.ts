import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { emptyFormValues } from './form-schema';
import { formValuesFromJob } from './from-job';

const OWN = '111122223333';
const OWN_KEY_ID = '0f1e2d3c-0001-4000-8000-111122223333';
const OWN_KEY_ARN = `arn:aws:kms:us-east-1:${OWN}:key/${OWN_KEY_ID}`;
const SHARED_ALIAS = 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics';
const SHARED_KEY = 'arn:aws:kms:us-east-1:444455556666:key/5e4d3c2b-0001-4000-8000-444455556666';
const MEDIA = 's3://media-111122223333/samples/meeting.wav';

const job = (over: Partial<TranscriptionJob> = {}): TranscriptionJob => ({
  TranscriptionJobName: 'meeting-1',
  TranscriptionJobStatus: 'COMPLETED',
  LanguageCode: 'en-GB',
  Media: { MediaFileUri: MEDIA },
  MediaFormat: 'wav',
  CreationTime: new Date('2026-11-30T10:00:00Z'),
  Tags: [{ Key: 'team', Value: 'analytics' }],
  ...over,
});

describe('formValuesFromJob', () => {
  it('fills everything a job created here had, name left empty', () => {
    const copied = formValuesFromJob(
      {
        job: job(),
        sent: {
          sentAt: '2026-11-30T10:00:00.000Z',
          mediaUri: MEDIA,
          outputBucketName: 'transcripts-111122223333',
          outputKey: 'out/',
          kmsKeyId: SHARED_ALIAS,
          kmsKeyAlias: SHARED_ALIAS,
          encryptionContext: { team: 'analytics', case: '42' },
        },
      },
      { accountId: OWN },
    );
    expect(copied).toEqual({
      values: {
        ...emptyFormValues,
        name: '',
        languageMode: 'specific',
        languageCode: 'en-GB',
        mediaUri: MEDIA,
        mediaFormat: 'wav',
        outputLocationType: 'customer',
        outputUri: 's3://transcripts-111122223333/out/',
        encryption: true,
        kmsKeySource: 'other',
        kmsKeyId: '',
        kmsKeyArn: SHARED_ALIAS,
        encryptionContext: [
          { key: 'team', value: 'analytics' },
          { key: 'case', value: '42' },
        ],
        tags: [{ key: 'team', value: 'analytics' }],
      },
      chooseAgain: [],
    });
  });

  it('puts a key of the own account back in the list', () => {
    const sent = { sentAt: '', mediaUri: MEDIA, outputBucketName: 'b', kmsKeyId: OWN_KEY_ID };
    expect(formValuesFromJob({ job: job(), sent }, { accountId: OWN }).values).toMatchObject({
      kmsKeySource: 'current',
      kmsKeyId: OWN_KEY_ID,
    });
  });

  it("takes a completed job's output folder and key from its transcript, and says what is not known", () => {
    const own = formValuesFromJob(
      {
        job: job(),
        transcript: {
          kind: 'customer-bucket',
          bucket: 'transcripts-111122223333',
          key: 'out/meeting-1.json',
        },
        transcriptKeyArn: OWN_KEY_ARN,
      },
      { accountId: OWN },
    );
    expect(own.values).toMatchObject({
      outputLocationType: 'customer',
      outputUri: 's3://transcripts-111122223333/out/',
      encryption: true,
      kmsKeySource: 'current',
      kmsKeyId: OWN_KEY_ID,
      encryptionContext: [],
    });
    expect(own.chooseAgain).toEqual([
      'Encryption context: AWS does not return the pairs a job was started with. Add them again if it had any.',
    ]);
    const shared = formValuesFromJob(
      {
        job: job(),
        transcript: { kind: 'customer-bucket', bucket: 'b', key: 'meeting-1.json' },
        transcriptKeyArn: SHARED_KEY,
      },
      { accountId: OWN },
    );
    expect(shared.values).toMatchObject({
      outputUri: 's3://b/',
      kmsKeySource: 'other',
      kmsKeyArn: SHARED_KEY,
    });
    const sseS3 = formValuesFromJob(
      {
        job: job(),
        transcript: { kind: 'customer-bucket', bucket: 'b', key: 'x/meeting-1.json' },
        transcriptKeyArn: null,
      },
      { accountId: OWN },
    );
    expect(sseS3.values.encryption).toBe(false);
    expect(sseS3.chooseAgain).toEqual([]);
  });

  it('names what must be chosen again for a failed job created elsewhere', () => {
    const copied = formValuesFromJob(
      { job: job({ TranscriptionJobStatus: 'FAILED', Tags: undefined }) },
      { accountId: OWN },
    );
    expect(copied.values.outputLocationType).toBe('service');
    expect(copied.values.encryption).toBe(false);
    expect(copied.chooseAgain).toEqual([
      'Output location: AWS does not return where a job writes, and meeting-1 has no transcript to tell.',
      'Encryption: AWS does not return the KMS key a job used. Turn on Encryption and choose the key again if it had one.',
    ]);
  });

  it('copies language identification with its options, and the service bucket', () => {
    const copied = formValuesFromJob(
      {
        job: job({
          LanguageCode: 'en-US',
          IdentifyLanguage: true,
          LanguageOptions: ['en-US', 'es-US'],
          MediaFormat: undefined,
        }),
        transcript: { kind: 'service-bucket', url: 'https://example/x' },
      },
      { accountId: OWN },
    );
    expect(copied.values).toMatchObject({
      languageMode: 'identify',
      languageOptions: ['en-US', 'es-US'],
      mediaFormat: '',
      outputLocationType: 'service',
      encryption: false,
    });
    expect(copied.chooseAgain).toEqual([]);
  });

  it("copies multiple-language identification and the job's options (Configure job)", () => {
    const copied = formValuesFromJob(
      {
        job: job({
          LanguageCode: undefined,
          IdentifyMultipleLanguages: true,
          LanguageOptions: ['en-US', 'es-US'],
          Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 3 },
          Subtitles: { Formats: ['vtt'], OutputStartIndex: 1 },
        }),
        transcript: { kind: 'service-bucket', url: 'https://example/x' },
      },
      { accountId: OWN },
    );
    expect(copied.values).toMatchObject({
      name: '',
      languageMode: 'identify-multiple',
      languageOptions: ['en-US', 'es-US'],
      audioIdentification: true,
      audioIdentificationType: 'speakers',
      maxSpeakers: '3',
      subtitleFormats: ['vtt'],
      subtitleStartIndex: '1',
    });
  });
});
