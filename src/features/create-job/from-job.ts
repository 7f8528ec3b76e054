import type { TranscriptionJob } from '@aws-sdk/client-transcribe';
import { keyIdPattern } from '@/lib/kms-key/kms-key-arn';
import { keyAccountOf } from '@/lib/kms-key/key-names';
import { isTranscribeLanguageCode, mediaFormats } from '@/lib/transcribe/languages';
import type { SentJob } from '@/lib/transcribe/sent-jobs';
import type { TranscriptLocation } from '@/lib/transcribe/transcript-location';
import { type CreateJobFormValues, emptyFormValues } from './form-schema';
import { jobOptionValuesFromJob } from './options-from-job';

/*
 * "Copy": a job's settings as the create form's values, the name left empty. One pure
 * function, so each option the form gains adds its own line here, with its test.
 *
 * GetTranscriptionJob returns neither the output bucket and key nor the KMS key and context.
 * They are filled from what this console sent when it created the job (`sent`), or, for a
 * completed job, from its transcript: where it is (the output location's folder) and how S3
 * encrypted it (`transcriptKeyArn`, from HeadObject). What stays unknown is named in
 * `chooseAgain`, for the analyst to choose.
 */

export interface CopySource {
  job: TranscriptionJob;
  /** What this console sent for the job, if it was created here. */
  sent?: SentJob;
  /** Where a completed job wrote its transcript. */
  transcript?: TranscriptLocation;
  /**
   * How S3 encrypted the transcript: the KMS key's ARN, `null` for no KMS key (SSE-S3), or
   * `undefined` when it was not read.
   */
  transcriptKeyArn?: string | null;
}

export interface CopiedJob {
  values: CreateJobFormValues;
  /** What could not be known from the job, each in a sentence: to choose again. */
  chooseAgain: string[];
}

const folderOf = (key: string) => key.slice(0, key.lastIndexOf('/') + 1);

/** The key as the form holds it: a key ID of this account in the list, anything else typed. */
function keyFields(
  keyRef: string,
  accountId: string | undefined,
): Pick<CreateJobFormValues, 'kmsKeySource' | 'kmsKeyId' | 'kmsKeyArn'> {
  if (keyIdPattern.test(keyRef))
    return { kmsKeySource: 'current', kmsKeyId: keyRef, kmsKeyArn: '' };
  const owner = keyAccountOf(keyRef);
  if (owner !== undefined && owner === accountId)
    return {
      kmsKeySource: 'current',
      kmsKeyId: keyRef.slice(keyRef.lastIndexOf('/') + 1),
      kmsKeyArn: '',
    };
  return { kmsKeySource: 'other', kmsKeyId: '', kmsKeyArn: keyRef };
}

export function formValuesFromJob(source: CopySource, context: { accountId?: string }): CopiedJob {
  const { job, sent, transcript } = source;
  const name = job.TranscriptionJobName ?? 'the job';
  const values: CreateJobFormValues = {
    ...emptyFormValues,
    ...jobOptionValuesFromJob(job),
    name: '',
  };
  const chooseAgain: string[] = [];

  if (job.IdentifyLanguage || job.IdentifyMultipleLanguages) {
    values.languageMode = job.IdentifyMultipleLanguages ? 'identify-multiple' : 'identify';
    values.languageOptions = (job.LanguageOptions ?? []).filter(isTranscribeLanguageCode);
  } else if (job.LanguageCode && isTranscribeLanguageCode(job.LanguageCode)) {
    values.languageCode = job.LanguageCode;
  }
  values.mediaUri = job.Media?.MediaFileUri ?? '';
  const format = mediaFormats.find((f) => f === job.MediaFormat);
  if (format) values.mediaFormat = format;

  if (sent) {
    values.outputLocationType = sent.outputBucketName ? 'customer' : 'service';
    values.outputUri = sent.outputBucketName
      ? `s3://${sent.outputBucketName}/${sent.outputKey ?? ''}`
      : '';
  } else if (transcript?.kind === 'customer-bucket') {
    values.outputLocationType = 'customer';
    values.outputUri = `s3://${transcript.bucket}/${folderOf(transcript.key)}`;
  } else if (transcript?.kind === 'service-bucket') {
    values.outputLocationType = 'service';
  } else {
    chooseAgain.push(
      `Output location: AWS does not return where a job writes, and ${name} has no transcript to tell.`,
    );
  }

  const keyRef = sent ? sent.kmsKeyId : (source.transcriptKeyArn ?? undefined);
  const keyKnown = sent !== undefined || source.transcriptKeyArn !== undefined;
  if (keyRef) {
    values.encryption = true;
    Object.assign(values, keyFields(keyRef, context.accountId));
  }
  if (sent) {
    values.encryptionContext = Object.entries(sent.encryptionContext ?? {}).map(([key, value]) => ({
      key,
      value,
    }));
  } else if (keyRef) {
    chooseAgain.push(
      'Encryption context: AWS does not return the pairs a job was started with. Add them again if it had any.',
    );
  }
  if (!keyKnown && transcript?.kind !== 'service-bucket')
    chooseAgain.push(
      'Encryption: AWS does not return the KMS key a job used. Turn on Encryption and choose the key again if it had one.',
    );

  values.tags = (job.Tags ?? []).map((tag) => ({ key: tag.Key ?? '', value: tag.Value ?? '' }));
  return { values, chooseAgain };
}
