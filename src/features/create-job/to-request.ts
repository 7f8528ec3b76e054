import type {
  LanguageCode,
  MediaFormat,
  StartTranscriptionJobCommandInput,
} from '@aws-sdk/client-transcribe';
import { encryptionContextOf, kmsKeyReference } from '@/lib/kms-key/kms-key-fields';
import type { CreateJobFormValues } from './form-schema';
import { checkOutputUri } from '@/lib/s3/s3-uri';
import { toOptionMembers } from './job-options-request';

/**
 * StartTranscriptionJob's members in the API model's order, the order in which the SDK writes
 * the request body: a preview built in this order reads, member for member, like the bytes the
 * browser sends.
 */
const MEMBER_ORDER = [
  'TranscriptionJobName',
  'Media',
  'LanguageCode',
  'MediaSampleRateHertz',
  'MediaFormat',
  'OutputBucketName',
  'OutputKey',
  'OutputEncryptionKMSKeyId',
  'KMSEncryptionContext',
  'Settings',
  'ModelSettings',
  'JobExecutionSettings',
  'ContentRedaction',
  'IdentifyLanguage',
  'IdentifyMultipleLanguages',
  'LanguageOptions',
  'Subtitles',
  'Tags',
  'LanguageIdSettings',
  'ToxicityDetection',
] as const satisfies readonly (keyof StartTranscriptionJobCommandInput)[];

/**
 * The StartTranscriptionJob input for the form's values. Call it with values the schema
 * accepted; for a draft that is still wrong it maps what it can, so the preview follows the
 * typing.
 */
export function toStartTranscriptionJobInput(
  values: CreateJobFormValues,
): StartTranscriptionJobCommandInput {
  const input: Partial<StartTranscriptionJobCommandInput> = {
    TranscriptionJobName: values.name,
    Media: { MediaFileUri: values.mediaUri.trim() },
  };
  if (values.languageMode === 'specific') {
    input.LanguageCode = values.languageCode as LanguageCode;
  } else {
    if (values.languageMode === 'identify') input.IdentifyLanguage = true;
    if (values.languageOptions.length > 0)
      input.LanguageOptions = values.languageOptions as LanguageCode[];
  }
  if (values.mediaFormat) input.MediaFormat = values.mediaFormat as MediaFormat;

  if (values.outputLocationType === 'customer') {
    const output = checkOutputUri(values.outputUri);
    if (output.ok) {
      input.OutputBucketName = output.value.bucket;
      if (output.value.key) input.OutputKey = output.value.key;
    }
  }
  if (values.encryption) {
    const keyId = kmsKeyReference(values);
    if (keyId) input.OutputEncryptionKMSKeyId = keyId;
    const context = encryptionContextOf(values.encryptionContext);
    if (context) input.KMSEncryptionContext = context;
  }
  Object.assign(input, toOptionMembers(values));
  if (values.tags.length > 0)
    input.Tags = values.tags.map((tag) => ({ Key: tag.key, Value: tag.value }));

  const ordered: Record<string, unknown> = {};
  for (const member of MEMBER_ORDER)
    if (input[member] !== undefined) ordered[member] = input[member];
  return ordered as unknown as StartTranscriptionJobCommandInput;
}

/** Quotes a word for a POSIX shell, only when it needs it. */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_\-.,:/=@%+]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The `aws transcribe start-transcription-job` command that sends the same request. */
export function toCliCommand(input: StartTranscriptionJobCommandInput, region: string): string {
  const args: string[][] = [['--region', region]];
  const add = (flag: string, value: string | undefined) => {
    if (value !== undefined) args.push([flag, shellQuote(value)]);
  };
  // Structures as JSON, not shorthand: shorthand would split a URI that contains a comma.
  const json = (flag: string, value: unknown) => {
    if (value !== undefined) add(flag, JSON.stringify(value));
  };
  // In the request's member order, so the command reads like the JSON above it.
  add('--transcription-job-name', input.TranscriptionJobName);
  json('--media', input.Media);
  add('--language-code', input.LanguageCode);
  add('--media-format', input.MediaFormat);
  add('--output-bucket-name', input.OutputBucketName);
  add('--output-key', input.OutputKey);
  add('--output-encryption-kms-key-id', input.OutputEncryptionKMSKeyId);
  json('--kms-encryption-context', input.KMSEncryptionContext);
  json('--settings', input.Settings);
  json('--model-settings', input.ModelSettings);
  json('--content-redaction', input.ContentRedaction);
  if (input.IdentifyLanguage) args.push(['--identify-language']);
  if (input.IdentifyMultipleLanguages) args.push(['--identify-multiple-languages']);
  if (input.LanguageOptions?.length)
    args.push(['--language-options', ...input.LanguageOptions.map(shellQuote)]);
  json('--subtitles', input.Subtitles);
  json('--tags', input.Tags);
  json('--language-id-settings', input.LanguageIdSettings);
  json('--toxicity-detection', input.ToxicityDetection);
  return ['aws transcribe start-transcription-job', ...args.map((a) => `  ${a.join(' ')}`)].join(
    ' \\\n',
  );
}
