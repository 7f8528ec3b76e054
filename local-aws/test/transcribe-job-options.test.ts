import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { describe, expect, it } from 'vitest';
import { MEDIA_BUCKET, SEEDED_VOCABULARY_FILTERS } from '../seed/ids';
import { silentWav } from '../services/s3/media-samples';
import { clientConfig, startForTests } from './harness';
import {
  analystKeys,
  errorOf,
  finishedJob,
  type Keys,
  OUTPUT_BUCKET,
  OWN_KEY_ARN,
  startJob,
  transcribeAs,
  uniqueName,
} from './transcribe-support';

// Job options through the real SDK: what StartTranscriptionJob accepts and refuses, and the
// files a completed job writes, read back as a customer would (GetTranscriptionJob, then S3).

const local = startForTests();

const s3As = (keys?: Keys) =>
  new S3Client({ ...clientConfig(local.url, keys), forcePathStyle: true });
const analyst = () => transcribeAs(local.url, analystKeys(local.server));

const TEXT =
  'My name is Sam Lee. Call me at 555-123-4567 about card 4111 1111 1111 1111. That darn printer is useless!';

/** A media file of the test's own whose "recognised" text is `text`; its s3:// URI. */
async function media(name: string, text = TEXT): Promise<string> {
  const key = `options/${name}.wav`;
  await s3As().send(
    new PutObjectCommand({
      Bucket: MEDIA_BUCKET,
      Key: key,
      Body: silentWav(),
      ContentType: 'audio/wav',
      Metadata: { transcript: text },
    }),
  );
  return `s3://${MEDIA_BUCKET}/${key}`;
}

const keyOf = (uri: string) => new URL(uri).pathname.split('/').slice(2).join('/');

async function read(uri: string): Promise<string> {
  const object = await s3As(analystKeys(local.server)).send(
    new GetObjectCommand({ Bucket: OUTPUT_BUCKET, Key: keyOf(uri) }),
  );
  return object.Body!.transformToString();
}

/** HeadObject, with the encryption context header the SDK's output type leaves out. */
async function head(uri: string) {
  const s3 = s3As(analystKeys(local.server));
  let context: string | undefined;
  s3.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as { headers?: Record<string, string> };
      context = response.headers?.['x-amz-server-side-encryption-context'];
      return result;
    },
    { step: 'deserialize', name: 'readEncryptionContext' },
  );
  const output = await s3.send(new HeadObjectCommand({ Bucket: OUTPUT_BUCKET, Key: keyOf(uri) }));
  return {
    sse: output.ServerSideEncryption,
    key: output.SSEKMSKeyId,
    context: context && (JSON.parse(Buffer.from(context, 'base64').toString('utf8')) as unknown),
  };
}

const outputUris = (job: TranscriptionJob) => [
  job.Transcript?.TranscriptFileUri,
  job.Transcript?.RedactedTranscriptFileUri,
  ...(job.Subtitles?.SubtitleFileUris ?? []),
];

describe('job options applied to the output', () => {
  it('redacts, writes the unredacted copy and subtitles, all with the job’s key and context', async () => {
    const transcribe = analyst();
    const name = uniqueName('everything');
    const context = { department: 'support', case: '42' };
    await startJob(transcribe, {
      TranscriptionJobName: name,
      Media: { MediaFileUri: await media(name) },
      OutputBucketName: OUTPUT_BUCKET,
      OutputKey: 'options/',
      OutputEncryptionKMSKeyId: OWN_KEY_ARN,
      KMSEncryptionContext: context,
      ContentRedaction: {
        RedactionType: 'PII',
        RedactionOutput: 'redacted_and_unredacted',
        PiiEntityTypes: ['NAME', 'PHONE'],
      },
      Subtitles: { Formats: ['srt', 'vtt'], OutputStartIndex: 1 },
    });
    const job = await finishedJob(transcribe, name);
    expect(job.TranscriptionJobStatus).toBe('COMPLETED');
    const base = `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/options`;
    expect(job.Transcript).toEqual({
      TranscriptFileUri: `${base}/${name}.json`,
      RedactedTranscriptFileUri: `${base}/redacted-${name}.json`,
    });
    expect(job.Subtitles).toEqual({
      Formats: ['srt', 'vtt'],
      OutputStartIndex: 1,
      SubtitleFileUris: [`${base}/redacted-${name}.srt`, `${base}/redacted-${name}.vtt`],
    });
    expect(job.ContentRedaction).toEqual({
      RedactionType: 'PII',
      RedactionOutput: 'redacted_and_unredacted',
      PiiEntityTypes: ['NAME', 'PHONE'],
    });

    const redacted = JSON.parse(await read(job.Transcript!.RedactedTranscriptFileUri!)) as {
      isRedacted: boolean;
      results: { transcripts: { transcript: string }[] };
    };
    expect(redacted.isRedacted).toBe(true);
    // NAME and PHONE only: the card number stays, as asked.
    expect(redacted.results.transcripts[0]!.transcript).toBe(
      'My name is [PII]. Call me at [PII] about card 4111 1111 1111 1111. That darn printer is useless!',
    );
    const plain = JSON.parse(await read(job.Transcript!.TranscriptFileUri!)) as typeof redacted;
    expect(plain.isRedacted).toBeUndefined();
    expect(plain.results.transcripts[0]!.transcript).toBe(TEXT);
    const srt = await read(job.Subtitles!.SubtitleFileUris![0]!);
    expect(srt).toMatch(/^1\n00:00:00,000 --> 00:00:\d\d,\d{3}\nMy name is \[PII\]\.\n\n2\n/);
    expect(await read(job.Subtitles!.SubtitleFileUris![1]!)).toMatch(/^WEBVTT\n\n1\n00:00:00\.000/);

    // Every file the job wrote: SSE-KMS with the job's key and the job's context pairs.
    for (const uri of outputUris(job))
      expect(await head(uri!)).toEqual({ sse: 'aws:kms', key: OWN_KEY_ARN, context });
  });

  it('writes only the redacted transcript when asked for it alone, with SSE-S3 without a key', async () => {
    const transcribe = analyst();
    const name = uniqueName('redacted-only');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      Media: { MediaFileUri: await media(name) },
      OutputBucketName: OUTPUT_BUCKET,
      ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
    });
    const job = await finishedJob(transcribe, name);
    expect(job.Transcript).toEqual({
      RedactedTranscriptFileUri: `https://s3.us-east-1.amazonaws.com/${OUTPUT_BUCKET}/redacted-${name}.json`,
    });
    const text = JSON.parse(await read(job.Transcript!.RedactedTranscriptFileUri!)) as {
      results: { transcripts: { transcript: string }[] };
    };
    expect(text.results.transcripts[0]!.transcript).toBe(
      'My name is [PII]. Call me at [PII] about card [PII]. That darn printer is useless!',
    );
    await expect(
      s3As(analystKeys(local.server)).send(
        new HeadObjectCommand({ Bucket: OUTPUT_BUCKET, Key: `${name}.json` }),
      ),
    ).rejects.toMatchObject({ name: 'NotFound' });
    expect(await head(job.Transcript!.RedactedTranscriptFileUri!)).toEqual({
      sse: 'AES256',
      key: undefined,
      context: undefined,
    });
  });

  it('labels speakers, gives alternatives, scores toxicity and masks the filter’s words', async () => {
    const transcribe = analyst();
    const name = uniqueName('audio');
    await startJob(transcribe, {
      TranscriptionJobName: name,
      Media: { MediaFileUri: await media(name) },
      OutputBucketName: OUTPUT_BUCKET,
      Settings: {
        ShowSpeakerLabels: true,
        MaxSpeakerLabels: 2,
        ShowAlternatives: true,
        MaxAlternatives: 2,
        VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity,
        VocabularyFilterMethod: 'mask',
      },
      ToxicityDetection: [{ ToxicityCategories: ['ALL'] }],
    });
    const job = await finishedJob(transcribe, name);
    expect(job.Settings).toMatchObject({
      ShowSpeakerLabels: true,
      MaxSpeakerLabels: 2,
      VocabularyFilterMethod: 'mask',
    });
    expect(job.ToxicityDetection).toEqual([{ ToxicityCategories: ['ALL'] }]);
    const document = JSON.parse(await read(job.Transcript!.TranscriptFileUri!)) as {
      results: {
        transcripts: { transcript: string }[];
        speaker_labels: { speakers: number; segments: { speaker_label: string }[] };
        items: { speaker_label?: string }[];
        segments: { alternatives: { transcript: string }[] }[];
        toxicity_detection: { toxicity: number; categories: Record<string, number> }[];
      };
    };
    const results = document.results;
    expect(results.transcripts[0]!.transcript).toMatch(/That \*\*\* printer is useless!$/);
    expect(results.speaker_labels.speakers).toBe(2);
    expect(results.speaker_labels.segments.map((s) => s.speaker_label)).toEqual([
      'spk_0',
      'spk_1',
      'spk_0',
    ]);
    expect(results.items[0]!.speaker_label).toBe('spk_0');
    expect(results.segments.every((s) => s.alternatives.length === 2)).toBe(true);
    expect(results.toxicity_detection).toHaveLength(3);
    expect(results.toxicity_detection[2]!.categories.insult).toBeGreaterThan(0.5);
  });

  it('removes or tags the filter’s words, and labels channels', async () => {
    const transcribe = analyst();
    const words = async (method: 'remove' | 'tag') => {
      const name = uniqueName(method);
      await startJob(transcribe, {
        TranscriptionJobName: name,
        Media: { MediaFileUri: await media(name) },
        OutputBucketName: OUTPUT_BUCKET,
        Settings: {
          ChannelIdentification: true,
          VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity,
          VocabularyFilterMethod: method,
        },
      });
      const job = await finishedJob(transcribe, name);
      return JSON.parse(await read(job.Transcript!.TranscriptFileUri!)) as {
        results: {
          transcripts: { transcript: string }[];
          channel_labels: { number_of_channels: number; channels: { channel_label: string }[] };
          items: { vocabularyFilterMatch?: boolean; alternatives: { content: string }[] }[];
        };
      };
    };
    const removed = await words('remove');
    expect(removed.results.transcripts[0]!.transcript).toMatch(/That printer is useless!$/);
    expect(removed.results.channel_labels.number_of_channels).toBe(2);
    const tagged = await words('tag');
    expect(tagged.results.transcripts[0]!.transcript).toMatch(/That darn printer/);
    expect(
      tagged.results.items
        .filter((i) => i.vocabularyFilterMatch)
        .map((i) => i.alternatives[0]!.content),
    ).toEqual(['darn']);
  });
});

describe('job options refused as AWS refuses them', () => {
  const refused = async (request: Parameters<typeof startJob>[1]) =>
    errorOf(startJob(analyst(), request));

  it('bounds: speakers 2–30, alternatives 2–10, start index 0–1, entity types by name', async () => {
    const error = await refused({
      TranscriptionJobName: uniqueName('bounds'),
      Settings: {
        ShowSpeakerLabels: true,
        MaxSpeakerLabels: 31,
        ShowAlternatives: true,
        MaxAlternatives: 1,
      },
      Subtitles: { Formats: ['srt'], OutputStartIndex: 2 },
    });
    expect(error.name).toBe('BadRequestException');
    expect(error.message).toBe(
      "3 validation errors detected: Value '31' at 'settings.maxSpeakerLabels' failed to satisfy constraint: Member must have value less than or equal to 30; Value '1' at 'settings.maxAlternatives' failed to satisfy constraint: Member must have value greater than or equal to 2; Value '2' at 'subtitles.outputStartIndex' failed to satisfy constraint: Member must have value less than or equal to 1",
    );
  });

  it('combinations, each with its own message', async () => {
    const cases: [Parameters<typeof startJob>[1], RegExp][] = [
      [
        {
          TranscriptionJobName: uniqueName('both'),
          Settings: { ShowSpeakerLabels: true, MaxSpeakerLabels: 2, ChannelIdentification: true },
        },
        /can't use ShowSpeakerLabels and ChannelIdentification/,
      ],
      [
        {
          TranscriptionJobName: uniqueName('pii-lang'),
          LanguageCode: 'de-DE',
          ContentRedaction: { RedactionType: 'PII', RedactionOutput: 'redacted' },
        },
        /Content redaction isn't supported for de-DE/,
      ],
      [
        {
          TranscriptionJobName: uniqueName('tox'),
          LanguageCode: 'en-GB',
          ToxicityDetection: [{ ToxicityCategories: ['ALL'] }],
        },
        /Toxicity detection is supported only for en-US/,
      ],
      [
        {
          TranscriptionJobName: uniqueName('filter'),
          Settings: { VocabularyFilterName: SEEDED_VOCABULARY_FILTERS.profanity },
        },
        /must also specify VocabularyFilterMethod/,
      ],
    ];
    for (const [request, message] of cases) {
      const error = await refused(request);
      expect(error.name).toBe('BadRequestException');
      expect(error.message).toMatch(message);
    }
  });
});
