import { describe, expect, it } from 'vitest';
import { memberOfValidationMessage, placeSubmitError } from './submit-error';

const sdkError = (name: string, message: string, status = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

const values = {
  name: 'meeting',
  kmsKeySource: 'other' as const,
  languageMode: 'specific' as const,
};

describe('placeSubmitError', () => {
  it('puts a taken name on Name', () => {
    expect(
      placeSubmitError(
        sdkError(
          'ConflictException',
          'The requested job name already exists. Use a different job name.',
        ),
        values,
      ),
    ).toEqual({
      kind: 'field',
      field: 'name',
      message: 'A job named "meeting" already exists. Choose another name.',
    });
  });

  it('puts a validation error that names a member on that field', () => {
    const kmsMessage =
      "1 validation error detected: Value 'x y' at 'outputEncryptionKMSKeyId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$";
    expect(placeSubmitError(sdkError('BadRequestException', kmsMessage), values)).toMatchObject({
      kind: 'field',
      field: 'kmsKeyArn',
    });
    expect(
      placeSubmitError(sdkError('BadRequestException', kmsMessage), {
        ...values,
        kmsKeySource: 'current',
      }),
    ).toMatchObject({
      kind: 'field',
      field: 'kmsKeyId',
      message: expect.stringContaining(kmsMessage),
    });
    const cases: [string, string][] = [
      ['transcriptionJobName', 'name'],
      ['media.mediaFileUri', 'mediaUri'],
      ['outputBucketName', 'outputUri'],
      ['outputKey', 'outputUri'],
      ['kMSEncryptionContext', 'encryptionContext'],
      ['tags.1.member.key', 'tags'],
      ['languageOptions', 'languageOptions'],
      ['mediaFormat', 'mediaFormat'],
    ];
    for (const [member, field] of cases)
      expect(
        placeSubmitError(
          sdkError(
            'ValidationException',
            `1 validation error detected: Value 'v' at '${member}' failed`,
          ),
          values,
        ),
        member,
      ).toMatchObject({ kind: 'field', field });
  });

  it('puts a refused vocabulary, filter or model on its select, in AWS words', () => {
    const cases: [string, string][] = [
      [
        'The vocabulary meeting-terms is PENDING, not READY. You can use a vocabulary in a job once it is READY; check its state and try your request again.',
        'vocabularyName',
      ],
      [
        "The requested vocabulary filter couldn't be found. Check the vocabulary filter name and try your request again.",
        'vocabularyFilterName',
      ],
      [
        "The language model calls is in es-US, but it's used for en-US. Use a language model in the same language as the media and try your request again.",
        'languageModelName',
      ],
    ];
    for (const [message, field] of cases)
      expect(placeSubmitError(sdkError('BadRequestException', message), values)).toEqual({
        kind: 'field',
        field,
        message: `Amazon Transcribe refused the job: ${message}`,
      });
    // With language identification the resources are per language: the alert says it whole.
    expect(
      placeSubmitError(sdkError('BadRequestException', 'The vocabulary x is FAILED, not READY.'), {
        ...values,
        languageMode: 'identify',
      }),
    ).toMatchObject({
      kind: 'alert',
      message: 'The vocabulary x is FAILED, not READY. (BadRequestException)',
    });
  });

  it('puts an unnamed validation error in an alert', () => {
    expect(
      placeSubmitError(sdkError('BadRequestException', 'The KMS key is not valid.'), values),
    ).toMatchObject({
      kind: 'alert',
      message: expect.stringContaining('The KMS key is not valid.'),
    });
    expect(
      placeSubmitError(sdkError('BadRequestException', "at 'unknownMember' failed"), values),
    ).toMatchObject({ kind: 'alert' });
  });

  it('says what happened for access denied, throttling, network and server errors', () => {
    expect(
      placeSubmitError(sdkError('AccessDeniedException', 'User: x is not authorized'), values),
    ).toMatchObject({ kind: 'alert', header: 'You are not allowed to create this job' });
    expect(placeSubmitError(sdkError('LimitExceededException', 'too many'), values)).toMatchObject({
      kind: 'alert',
      header: 'Amazon Transcribe is throttling requests',
    });
    expect(placeSubmitError(new TypeError('Failed to fetch'), values)).toMatchObject({
      kind: 'alert',
      header: 'The request did not reach Amazon Transcribe',
    });
    expect(placeSubmitError(sdkError('InternalFailure', 'boom', 500), values)).toMatchObject({
      kind: 'alert',
      header: 'Amazon Transcribe had an internal error',
    });
  });

  it('hands an expired session to the sign-in flow', () => {
    expect(placeSubmitError(sdkError('ExpiredTokenException', 'expired'), values).kind).toBe(
      'session-expired',
    );
  });
});

describe('memberOfValidationMessage', () => {
  it('finds the member', () => {
    expect(memberOfValidationMessage("Value 'a' at 'outputKey' failed")).toBe('outputkey');
    expect(memberOfValidationMessage("Value 'a' at 'media.mediaFileUri' failed")).toBe(
      'media.mediafileuri',
    );
    expect(memberOfValidationMessage('no member here')).toBeUndefined();
  });
});
