import { describe, expect, it } from 'vitest';
import { validationMessage } from '../../core/validation';
import { MEETING_MEDIA_URI } from '../../seed/ids';
import { validationProblems } from './validate';

const message = (input: unknown) =>
  validationMessage(validationProblems('StartTranscriptionJobRequest', input));

const valid = {
  TranscriptionJobName: 'job-1',
  LanguageCode: 'en-US',
  Media: { MediaFileUri: MEETING_MEDIA_URI },
};

describe('Transcribe request validation', () => {
  it('accepts a valid request', () => {
    expect(validationProblems('StartTranscriptionJobRequest', valid)).toEqual([]);
  });

  it('applies patterns to the whole value, as Java matches() does', () => {
    expect(message({ ...valid, TranscriptionJobName: 'test/key' })).toBe(
      "1 validation error detected: Value 'test/key' at 'transcriptionJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z._-]+",
    );
  });

  it('reports every broken constraint of a value, pattern first', () => {
    const name = `${'a'.repeat(200)}/`;
    expect(message({ ...valid, TranscriptionJobName: name })).toBe(
      `2 validation errors detected: Value '${name}' at 'transcriptionJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[0-9a-zA-Z._-]+; Value '${name}' at 'transcriptionJobName' failed to satisfy constraint: Member must have length less than or equal to 200`,
    );
  });

  it('names required members that are missing', () => {
    expect(message({ LanguageCode: 'en-US' })).toBe(
      "2 validation errors detected: Value null at 'transcriptionJobName' failed to satisfy constraint: Member must not be null; Value null at 'media' failed to satisfy constraint: Member must not be null",
    );
  });

  it('lower-cases only the first letter of member names', () => {
    const problems = validationProblems('StartTranscriptionJobRequest', {
      ...valid,
      OutputBucketName: 'Bad_Bucket',
      OutputEncryptionKMSKeyId: '-key',
      KMSEncryptionContext: {},
    });
    expect(problems.map((p) => p.member)).toEqual([
      'outputBucketName',
      'outputEncryptionKMSKeyId',
      'kMSEncryptionContext',
    ]);
  });

  it('checks nested members with dotted paths', () => {
    expect(message({ ...valid, Media: { MediaFileUri: 'ftp://x/y' } })).toBe(
      "1 validation error detected: Value 'ftp://x/y' at 'media.mediaFileUri' failed to satisfy constraint: Member must satisfy regular expression pattern: (s3://|http(s*)://).+",
    );
    expect(message({ ...valid, Settings: { MaxSpeakerLabels: 31 } })).toBe(
      "1 validation error detected: Value '31' at 'settings.maxSpeakerLabels' failed to satisfy constraint: Member must have value less than or equal to 30",
    );
  });

  it('checks ranges and enums', () => {
    expect(message({ ...valid, MediaSampleRateHertz: 7999, MediaFormat: 'aac' })).toBe(
      "2 validation errors detected: Value '7999' at 'mediaSampleRateHertz' failed to satisfy constraint: Member must have value greater than or equal to 8000; Value 'aac' at 'mediaFormat' failed to satisfy constraint: Member must satisfy enum value set: [mp3, mp4, wav, flac, ogg, amr, webm, m4a]",
    );
    expect(message({ ...valid, LanguageCode: 'xx-XX' })).toMatch(
      /^1 validation error detected: Value 'xx-XX' at 'languageCode' failed to satisfy constraint: Member must satisfy enum value set: \[af-ZA, ar-AE, .*, zu-ZA\]$/,
    );
  });

  it('reports map keys and values at the map, in Java map form', () => {
    expect(message({ ...valid, KMSEncryptionContext: { dept: ' ' } })).toBe(
      "1 validation error detected: Value '{dept= }' at 'kMSEncryptionContext' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 2000, Member must have length greater than or equal to 1, Member must satisfy regular expression pattern: .*\\S.*]",
    );
    expect(message({ ...valid, KMSEncryptionContext: { '': 'x' } })).toContain(
      "Value '{=x}' at 'kMSEncryptionContext' failed to satisfy constraint: Map keys must satisfy constraint: [",
    );
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    expect(message({ ...valid, KMSEncryptionContext: eleven })).toContain(
      "at 'kMSEncryptionContext' failed to satisfy constraint: Member must have length less than or equal to 10",
    );
  });

  it("treats a non-breaking space as non-blank, as Java's \\S does", () => {
    expect(
      validationProblems('StartTranscriptionJobRequest', {
        ...valid,
        KMSEncryptionContext: { dept: '\u00a0' },
      }),
    ).toEqual([]);
  });

  it('indexes list elements from 1 with .member', () => {
    expect(
      message({
        ...valid,
        Tags: [
          { Key: 'a', Value: 'b' },
          { Key: 'k'.repeat(129), Value: 'v' },
        ],
      }),
    ).toBe(
      `1 validation error detected: Value '${'k'.repeat(129)}' at 'tags.2.member.key' failed to satisfy constraint: Member must have length less than or equal to 128`,
    );
    expect(message({ ...valid, Tags: [{ Key: 'a' }] })).toBe(
      "1 validation error detected: Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null",
    );
    const tags = Array.from({ length: 201 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(message({ ...valid, Tags: tags })).toMatch(
      /at 'tags' failed to satisfy constraint: Member must have length less than or equal to 200$/,
    );
  });

  it('reports bad elements of a list of plain values at the list', () => {
    expect(message({ ...valid, LanguageOptions: ['en-US', 'xx'] })).toMatch(
      /^1 validation error detected: Value '\[en-US, xx\]' at 'languageOptions' failed to satisfy constraint: Member must satisfy constraint: \[Member must satisfy enum value set: \[af-ZA, /,
    );
    expect(message({ ...valid, Subtitles: { Formats: ['vtt', 'ass'] } })).toBe(
      "1 validation error detected: Value '[vtt, ass]' at 'subtitles.formats' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [vtt, srt]]",
    );
  });

  it('refuses values of the wrong JSON type as a serialization error', () => {
    expect(() =>
      validationProblems('StartTranscriptionJobRequest', {
        ...valid,
        MediaSampleRateHertz: '8000',
      }),
    ).toThrow(expect.objectContaining({ code: 'SerializationException' }));
  });

  it('validates the list request', () => {
    expect(
      validationMessage(
        validationProblems('ListTranscriptionJobsRequest', { MaxResults: 101, Status: 'DONE' }),
      ),
    ).toBe(
      "2 validation errors detected: Value 'DONE' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [QUEUED, IN_PROGRESS, FAILED, COMPLETED]; Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  });
});
