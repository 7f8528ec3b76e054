import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYST_POLICY_FILE, LOCAL_NAMES } from './analyst-policy';
import { type Synthesized, synthesize } from './testing';

type Json = Record<string, unknown>;

const KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const CERTIFICATE_ARN =
  'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';

/** One synth: a team's own buckets, key and domain, and a first analyst. */
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize({
    env: {
      CDK_DEFAULT_ACCOUNT: '123456789012',
      CDK_DEFAULT_REGION: 'eu-west-1',
      CONSOLE_MEDIA_BUCKET: 'acme-recordings',
      CONSOLE_TRANSCRIPTS_BUCKET: 'acme-transcripts',
      CONSOLE_KMS_KEY_ARN: KEY_ARN,
      CONSOLE_DOMAIN_NAME: 'transcribe.acme.example',
      CONSOLE_CERTIFICATE_ARN: CERTIFICATE_ARN,
      CONSOLE_ANALYST_EMAIL: 'ana@acme.example',
      CONSOLE_ANALYST_USERNAME: 'ana',
    },
  });
});
afterAll(() => synth?.cleanup());

const resourcesOf = (type: string) =>
  Object.values(synth.template.findResources(type)) as { Properties: Json }[];
const sorted = (value: unknown) =>
  Array.isArray(value) ? [...(value as string[])].sort() : [value];

describe('a deployment with given buckets, key and domain', () => {
  it("allows the analyst role exactly analyst-policy.json, with the given names in place of local-aws's", () => {
    const dataAccessRole = synth.stack.resolve(synth.stack.storage.dataAccessRole.roleArn);
    const expected = JSON.parse(
      readFileSync(ANALYST_POLICY_FILE, 'utf8')
        .replaceAll(`"${LOCAL_NAMES.dataAccessRole}"`, JSON.stringify(dataAccessRole))
        .replaceAll(LOCAL_NAMES.mediaBucket, 'acme-recordings')
        .replaceAll(LOCAL_NAMES.transcriptsBucket, 'acme-transcripts')
        .replaceAll(LOCAL_NAMES.account, '123456789012'),
    ) as { Statement: Json[] };
    const [policy] = resourcesOf('AWS::IAM::Policy').filter(
      (p) =>
        (p.Properties.PolicyDocument as { Statement: Json[] }).Statement[0]!.Sid ===
        'TranscriptionJobs',
    );
    const statements = (policy!.Properties.PolicyDocument as { Statement: Json[] }).Statement;
    const normalise = (s: Json) => ({
      ...s,
      Action: sorted(s.Action),
      Resource: sorted(s.Resource),
    });
    expect(statements.map(normalise)).toEqual(expected.Statement.map(normalise));
  });

  it('creates no buckets or key of its own for data, and names the given ones in its outputs', () => {
    expect(resourcesOf('AWS::KMS::Key')).toEqual([]);
    expect(resourcesOf('AWS::S3::Bucket')).toHaveLength(2); // hosting and access logs
    const outputs = synth.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.MediaBucketName!.Value).toBe('acme-recordings');
    expect(outputs.TranscriptsBucketName!.Value).toBe('acme-transcripts');
    expect(outputs.TranscriptsKeyArn!.Value).toBe(KEY_ARN);
  });

  it("lets Transcribe's data access role read the media and use the given key", () => {
    const statements = resourcesOf('AWS::IAM::Policy')
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Json[] }).Statement)
      .filter((s) => s.Sid === 'UseTranscriptsKey' || s.Sid === 'ReadMedia');
    expect(statements).toContainEqual(
      expect.objectContaining({
        Sid: 'UseTranscriptsKey',
        Resource: KEY_ARN,
        Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'],
      }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Resource: ['arn:aws:s3:::acme-recordings', 'arn:aws:s3:::acme-recordings/*'],
      }),
    );
  });

  it('serves the console on its own domain with TLS 1.2 at least', () => {
    const [distribution] = resourcesOf('AWS::CloudFront::Distribution');
    expect(distribution!.Properties.DistributionConfig).toMatchObject({
      Aliases: ['transcribe.acme.example'],
      ViewerCertificate: {
        AcmCertificateArn: CERTIFICATE_ARN,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      },
    });
  });

  it('invites the first analyst by e-mail to the console at that domain', () => {
    expect(resourcesOf('AWS::Cognito::UserPoolUser')).toEqual([
      {
        Type: 'AWS::Cognito::UserPoolUser',
        Properties: expect.objectContaining({
          Username: 'ana',
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: 'ana@acme.example' },
            { Name: 'email_verified', Value: 'true' },
          ],
        }) as unknown,
      },
    ]);
    const [pool] = resourcesOf('AWS::Cognito::UserPool');
    const invitation = (pool!.Properties.AdminCreateUserConfig as Json)
      .InviteMessageTemplate as Json;
    expect(invitation.EmailMessage).toBe(
      'Your username is {username} and your temporary password is {####}. ' +
        'Sign in at https://transcribe.acme.example and choose a new password.',
    );
  });
});
