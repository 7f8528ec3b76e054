import type {
  LanguageCode,
  MediaFormat,
  StartTranscriptionJobCommandInput,
} from '@aws-sdk/client-transcribe';
import { encryptionContextOf, kmsKeyReference } from '@/lib/kms-key/kms-key-fields';
import type { CreateJobFormValues } from './form-schema';
import { checkOutputUri } from '@/lib/s3/s3-uri';

/**
 * The StartTranscriptionJob input for the form's values, members in a stable order so the
 * preview reads like the request. Call it with values the schema accepted; for a draft that is
 * still wrong it maps what it can, so the preview follows the typing.
 */
export function toStartTranscriptionJobInput(
  values: CreateJobFormValues,
): StartTranscriptionJobCommandInput {
  const input: StartTranscriptionJobCommandInput = {
    TranscriptionJobName: values.name,
    Media: { MediaFileUri: values.mediaUri.trim() },
  };
  if (values.languageMode === 'specific') {
    input.LanguageCode = values.languageCode as LanguageCode;
  } else {
    input.IdentifyLanguage = true;
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
  if (values.tags.length > 0)
    input.Tags = values.tags.map((tag) => ({ Key: tag.key, Value: tag.value }));
  return input;
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
  add('--transcription-job-name', input.TranscriptionJobName);
  add('--language-code', input.LanguageCode);
  if (input.IdentifyLanguage) args.push(['--identify-language']);
  if (input.LanguageOptions?.length)
    args.push(['--language-options', ...input.LanguageOptions.map(shellQuote)]);
  // JSON, not shorthand: shorthand would split a URI that contains a comma.
  add('--media', JSON.stringify(input.Media));
  add('--media-format', input.MediaFormat);
  add('--output-bucket-name', input.OutputBucketName);
  add('--output-key', input.OutputKey);
  add('--output-encryption-kms-key-id', input.OutputEncryptionKMSKeyId);
  if (input.KMSEncryptionContext)
    add('--kms-encryption-context', JSON.stringify(input.KMSEncryptionContext));
  if (input.Tags) add('--tags', JSON.stringify(input.Tags));
  return ['aws transcribe start-transcription-job', ...args.map((a) => `  ${a.join(' ')}`)].join(
    ' \\\n',
  );
}
