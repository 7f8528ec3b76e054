import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/testing/memory-storage';
import { MAX_SENT_JOBS, recallSentJob, rememberSentJob, sentJobOf } from './sent-jobs';

const MEDIA = 's3://media-111122223333/samples/meeting.wav';
const sentAt = new Date('2026-11-30T10:00:00Z');
const input = {
  TranscriptionJobName: 'job-1',
  Media: { MediaFileUri: MEDIA },
  OutputBucketName: 'transcripts-111122223333',
  OutputKey: 'out/',
  OutputEncryptionKMSKeyId: 'arn:aws:kms:us-east-1:444455556666:alias/shared-with-analytics',
  KMSEncryptionContext: { team: 'analytics' },
};
const job = (over: Partial<{ name: string; media: string; created: Date }> = {}) => ({
  TranscriptionJobName: over.name ?? 'job-1',
  Media: { MediaFileUri: over.media ?? MEDIA },
  CreationTime: over.created ?? new Date('2026-11-30T10:00:01Z'),
});

describe('sent jobs', () => {
  it('remembers what AWS does not return, per user', () => {
    const storage = memoryStorage();
    const sent = sentJobOf(
      input,
      { alias: input.OutputEncryptionKMSKeyId, arn: 'arn:aws:kms:us-east-1:444455556666:key/k' },
      sentAt,
    );
    rememberSentJob('user-a', 'job-1', sent, storage);
    expect(recallSentJob('user-a', job(), storage)).toEqual({
      sentAt: '2026-11-30T10:00:00.000Z',
      mediaUri: MEDIA,
      outputBucketName: 'transcripts-111122223333',
      outputKey: 'out/',
      kmsKeyId: input.OutputEncryptionKMSKeyId,
      kmsKeyAlias: input.OutputEncryptionKMSKeyId,
      kmsKeyArn: 'arn:aws:kms:us-east-1:444455556666:key/k',
      encryptionContext: { team: 'analytics' },
    });
    expect(recallSentJob('user-b', job(), storage)).toBeUndefined();
  });

  it('keeps no key names for a job without a key', () => {
    const plain = sentJobOf(
      { TranscriptionJobName: 'j', Media: { MediaFileUri: MEDIA } },
      { alias: 'alias/x' },
      sentAt,
    );
    expect(plain.kmsKeyAlias).toBeUndefined();
  });

  it('does not take another job of the same name for this one', () => {
    const storage = memoryStorage();
    rememberSentJob('u', 'job-1', sentJobOf(input, {}, sentAt), storage);
    expect(recallSentJob('u', job({ media: 's3://other/file.wav' }), storage)).toBeUndefined();
    expect(
      recallSentJob('u', job({ created: new Date('2026-11-30T12:00:00Z') }), storage),
    ).toBeUndefined();
    expect(recallSentJob('u', job({ name: 'job-2' }), storage)).toBeUndefined();
  });

  it('keeps the latest jobs only, and survives a broken storage', () => {
    const storage = memoryStorage();
    for (let i = 0; i <= MAX_SENT_JOBS; i++)
      rememberSentJob(
        'u',
        `job-${i}`,
        sentJobOf(input, {}, new Date(sentAt.getTime() + i * 1000)),
        storage,
      );
    const kept = JSON.parse([...storage.map.values()][0] ?? '{}') as Record<string, unknown>;
    expect(Object.keys(kept)).toHaveLength(MAX_SENT_JOBS);
    expect(kept['job-0']).toBeUndefined();
    storage.setItem([...storage.map.keys()][0] ?? '', 'not json');
    expect(recallSentJob('u', job(), storage)).toBeUndefined();
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberSentJob('u', 'job-1', sentJobOf(input, {}, sentAt), full)).not.toThrow();
  });
});
