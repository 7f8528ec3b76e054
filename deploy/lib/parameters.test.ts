import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParameterError, readParameters } from './parameters';

const built = mkdtempSync(join(tmpdir(), 'console-build-'));
writeFileSync(join(built, 'index.html'), '<!doctype html>');
afterAll(() => rmSync(built, { recursive: true, force: true }));

const noContext = () => undefined;
const read = (env: Record<string, string>, context: Record<string, string> = {}) =>
  readParameters((key) => context[key], { CONSOLE_DIST: built, ...env });
const problemsOf = (env: Record<string, string>, context: Record<string, string> = {}) => {
  try {
    read(env, context);
  } catch (error) {
    if (error instanceof ParameterError) return error.problems;
    throw error;
  }
  return [];
};

describe('deployment parameters', () => {
  it('need nothing but a build: no account or Region gives an environment-agnostic stack', () => {
    expect(read({})).toEqual({
      stackName: 'TranscribeKmsConsole',
      account: undefined,
      region: undefined,
      mediaBucketName: undefined,
      transcriptsBucketName: undefined,
      kmsKeyArn: undefined,
      domainName: undefined,
      certificateArn: undefined,
      analystEmail: undefined,
      analystUsername: 'analyst',
      consoleDir: built,
    });
  });

  it('come from the environment, and context wins over it', () => {
    const parameters = read(
      {
        CDK_DEFAULT_ACCOUNT: '123456789012',
        CDK_DEFAULT_REGION: 'eu-west-1',
        CONSOLE_MEDIA_BUCKET: 'acme-recordings',
        CONSOLE_ANALYST_EMAIL: 'ana@example.com',
      },
      { region: 'eu-central-1', mediaBucket: 'acme-media', analystUsername: 'ana' },
    );
    expect(parameters).toMatchObject({
      account: '123456789012',
      region: 'eu-central-1',
      mediaBucketName: 'acme-media',
      analystEmail: 'ana@example.com',
      analystUsername: 'ana',
    });
  });

  it('name every wrong value at once, with the context key and the variable', () => {
    expect(
      problemsOf({
        CDK_DEFAULT_REGION: 'Ireland',
        CONSOLE_MEDIA_BUCKET: 'Acme_Media',
        CONSOLE_KMS_KEY_ARN: 'alias/transcripts',
        CONSOLE_ANALYST_EMAIL: 'ana',
      }),
    ).toEqual([
      'region (CDK_DEFAULT_REGION) "Ireland": must be an AWS Region such as eu-west-1',
      'mediaBucket (CONSOLE_MEDIA_BUCKET) "Acme_Media": must be an S3 bucket name',
      'kmsKeyArn (CONSOLE_KMS_KEY_ARN) "alias/transcripts": must be a full KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), not an alias or key ID',
      'analystEmail (CONSOLE_ANALYST_EMAIL) "ana": must be an e-mail address',
    ]);
  });

  it('refuse a key in another Region than the stack', () => {
    expect(
      problemsOf({
        CDK_DEFAULT_REGION: 'eu-west-1',
        CONSOLE_KMS_KEY_ARN:
          'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    ).toEqual([
      "kmsKeyArn (CONSOLE_KMS_KEY_ARN): the key is in us-east-1, the stack in eu-west-1; Transcribe needs a key in the job's Region",
    ]);
  });

  it('take a domain only with its certificate, which must be in us-east-1', () => {
    expect(problemsOf({ CONSOLE_DOMAIN_NAME: 'console.example.com' })).toEqual([
      'domainName and certificateArn go together: CloudFront serves a domain of its own only with a certificate for it',
    ]);
    expect(
      problemsOf({
        CONSOLE_DOMAIN_NAME: 'console.example.com',
        CONSOLE_CERTIFICATE_ARN:
          'arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
      }),
    ).toEqual([
      'certificateArn (CONSOLE_CERTIFICATE_ARN) "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012": must be an ACM certificate ARN in us-east-1 (CloudFront uses only that Region)',
    ]);
  });

  it('say to build the console first when there is no build', () => {
    expect(readParameters.bind(null, noContext, { CONSOLE_DIST: join(built, 'missing') })).toThrow(
      /has no index\.html; build the console first \(npm run build\)/,
    );
  });
});
