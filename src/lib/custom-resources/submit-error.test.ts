import { describe, expect, it } from 'vitest';
import { placeResourceSubmitError, type PlacementRules } from './submit-error';

type Field = 'name' | 'roleArn' | 'kmsKeyArn' | 'phrases';
const rules: PlacementRules<Field> = {
  noun: 'vocabulary',
  name: 'v1',
  members: { vocabularyname: 'name', 'encryptionconfiguration.kmskey': 'kmsKeyArn' },
  sentences: [[/phrase/i, 'phrases']],
  nameField: 'name',
  roleField: 'roleArn',
};
const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

describe("where a create's refusal goes", () => {
  it('puts a name taken on the name', () => {
    expect(placeResourceSubmitError(awsError('ConflictException', 'exists'), rules)).toEqual({
      kind: 'field',
      field: 'name',
      message: 'A vocabulary named "v1" already exists. Choose another name.',
    });
  });

  it('puts a validation message on the member it names, or the field its sentence mentions', () => {
    const member = placeResourceSubmitError(
      awsError(
        'BadRequestException',
        "1 validation error detected: Value 'k' at 'encryptionConfiguration.kMSKey' failed to satisfy constraint",
      ),
      rules,
    );
    expect(member).toMatchObject({ kind: 'field', field: 'kmsKeyArn' });
    expect(
      placeResourceSubmitError(awsError('BadRequestException', 'The phrase x is invalid'), rules),
    ).toMatchObject({ kind: 'field', field: 'phrases' });
    expect(
      placeResourceSubmitError(awsError('BadRequestException', 'Something else'), rules),
    ).toEqual({
      kind: 'alert',
      header: 'Amazon Transcribe refused the request',
      message: 'Something else (BadRequestException)',
    });
  });

  it('puts a refused iam:PassRole on the role', () => {
    expect(
      placeResourceSubmitError(
        awsError('AccessDeniedException', 'not authorized to perform: iam:PassRole on resource'),
        rules,
      ),
    ).toMatchObject({ kind: 'field', field: 'roleArn' });
    expect(
      placeResourceSubmitError(awsError('AccessDeniedException', 'no transcribe:Create'), rules),
    ).toMatchObject({ kind: 'alert', header: 'You are not allowed to create this vocabulary' });
  });
});
