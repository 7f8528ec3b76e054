import type { StartTranscriptionJobRequest } from '@aws-sdk/client-transcribe';
import { parseMediaUri } from './locations';
import { optionProblem } from './option-rules';

/**
 * StartTranscriptionJob's rules across members, which the model cannot express and AWS
 * checks after the constraints (each a BadRequestException with its own sentence).
 * Returns the first broken rule's message, or undefined.
 */
export function startRequestProblem(
  request: StartTranscriptionJobRequest,
  publicUrl?: string,
): string | undefined {
  const name = request.TranscriptionJobName;
  if (name === '.' || name === '..')
    return `You can't use "${name}" by itself as a job name. Use a different job name and try your request again.`;

  const languageChoices = [
    request.LanguageCode !== undefined,
    request.IdentifyLanguage === true,
    request.IdentifyMultipleLanguages === true,
  ].filter(Boolean).length;
  if (languageChoices === 0)
    return 'You must specify one of LanguageCode, IdentifyLanguage or IdentifyMultipleLanguages in your request.';
  if (languageChoices > 1)
    return 'You can specify only one of LanguageCode, IdentifyLanguage or IdentifyMultipleLanguages in your request.';

  const identifying =
    request.IdentifyLanguage === true || request.IdentifyMultipleLanguages === true;
  const options = request.LanguageOptions;
  if (options !== undefined) {
    if (!identifying)
      return 'LanguageOptions can only be used with IdentifyLanguage or IdentifyMultipleLanguages.';
    if (options.length < 2)
      return 'LanguageOptions must include at least two language codes. Add language codes and try your request again.';
    if (new Set(options).size !== options.length)
      return 'LanguageOptions contains duplicate language codes. Remove the duplicates and try your request again.';
  }
  if (request.LanguageIdSettings !== undefined) {
    if (!identifying)
      return 'LanguageIdSettings can only be used with IdentifyLanguage or IdentifyMultipleLanguages.';
  }

  const uri = request.Media?.MediaFileUri;
  if (uri === undefined)
    return 'You must specify Media.MediaFileUri: the Amazon S3 location of the media file.';
  if (!parseMediaUri(uri, publicUrl))
    return "The S3 URI that you provided isn't valid. Specify the media file as s3://bucket/key and try your request again.";

  if (request.OutputKey !== undefined && request.OutputBucketName === undefined)
    return 'You must specify an OutputBucketName when you specify an OutputKey.';
  if (request.OutputEncryptionKMSKeyId !== undefined && request.OutputBucketName === undefined)
    return 'You must specify an OutputBucketName when you specify an OutputEncryptionKMSKeyId.';
  if (request.KMSEncryptionContext !== undefined && request.OutputEncryptionKMSKeyId === undefined)
    return 'You must specify an OutputEncryptionKMSKeyId when you specify a KMSEncryptionContext.';

  return optionProblem(request);
}
