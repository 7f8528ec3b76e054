import { PutObjectCommand } from '@aws-sdk/client-s3';
import type {
  TranscribeClient,
  GetVocabularyResponse,
  LanguageModel,
} from '@aws-sdk/client-transcribe';
import { DescribeLanguageModelCommand, GetVocabularyCommand } from '@aws-sdk/client-transcribe';
import { expect } from 'vitest';
import { MEDIA_BUCKET } from '../seed/ids';
import { s3Client } from './s3-support';

// Shared by the custom vocabulary, filter and language model conformance tests.

export const mediaUri = (key: string) => `s3://${MEDIA_BUCKET}/${key}`;

let counter = 0;
/** A resource name no other test uses (names allow letters, digits, . _ -). */
export const uniqueResourceName = (label: string) =>
  `${label}-${Date.now().toString(36)}-${++counter}`;

/** Puts a text file into the media bucket as the account's administrator; its s3:// URI. */
export async function putText(url: string, key: string, text: string | Buffer): Promise<string> {
  await s3Client(url).send(
    new PutObjectCommand({
      Bucket: MEDIA_BUCKET,
      Key: key,
      Body: Buffer.from(text),
      ContentType: 'text/plain',
    }),
  );
  return mediaUri(key);
}

/** Waits until a vocabulary is READY or FAILED and returns GetVocabulary's answer. */
export async function settledVocabulary(
  transcribe: TranscribeClient,
  name: string,
): Promise<GetVocabularyResponse> {
  let vocabulary: GetVocabularyResponse | undefined;
  await expect
    .poll(
      async () => {
        vocabulary = await transcribe.send(new GetVocabularyCommand({ VocabularyName: name }));
        return vocabulary.VocabularyState;
      },
      { timeout: 10_000, interval: 25 },
    )
    .toMatch(/^(READY|FAILED)$/);
  return vocabulary!;
}

/** Waits until a language model is COMPLETED or FAILED and returns its description. */
export async function settledModel(
  transcribe: TranscribeClient,
  name: string,
): Promise<LanguageModel> {
  let model: LanguageModel | undefined;
  await expect
    .poll(
      async () => {
        model = (await transcribe.send(new DescribeLanguageModelCommand({ ModelName: name })))
          .LanguageModel;
        return model?.ModelStatus;
      },
      { timeout: 10_000, interval: 25 },
    )
    .toMatch(/^(COMPLETED|FAILED)$/);
  return model!;
}
