import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILD_CONTENT_SECURITY_POLICY,
  EXPOSED_HEADERS,
  regionalConnectSrc,
} from '../../common/web-security';
import { ANALYST_POLICY_FILE, LOCAL_NAMES } from './analyst-policy';
import { ANALYST_KEY_ACTIONS } from './storage';
import { type Synthesized, synthesize } from './testing';

type Json = Record<string, unknown>;
type Resource = { Type: string; Properties: Json };

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

/** One synth for the whole file: everything created, account and Region known. */
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize({ env: { CDK_DEFAULT_ACCOUNT: ACCOUNT, CDK_DEFAULT_REGION: REGION } });
});
afterAll(() => synth?.cleanup());

const resources = (type: string): [string, Resource][] =>
  Object.entries(synth.template.findResources(type)) as [string, Resource][];
const only = (type: string): [string, Resource] => {
  const found = resources(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const resolve = (value: unknown): unknown => synth.stack.resolve(value);
const ref = (logicalId: string) => ({ Ref: logicalId });
const resourceOf = (construct: unknown) =>
  synth.template.toJSON().Resources[logicalId(construct)] as Resource;
const trustOf = (construct: unknown) =>
  (resourceOf(construct).Properties.AssumeRolePolicyDocument as { Statement: Json[] }).Statement;
const logicalId = (construct: unknown) =>
  synth.stack.getLogicalId(
    (construct as { node: { defaultChild: never } }).node.defaultChild ?? (construct as never),
  );

/** A policy statement with its lists as sorted arrays, so order and one-item lists don't matter. */
function normalise(statement: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(statement)) {
    out[key] =
      key === 'Action' || key === 'Resource'
        ? (Array.isArray(value) ? value : [value])
            .map((item) => JSON.stringify(item))
            .sort()
            .map((item) => JSON.parse(item) as unknown)
        : value;
  }
  return out;
}

describe('sign-in', () => {
  it('lets analysts in by username only when invited, with the local password policy', () => {
    const [, pool] = only('AWS::Cognito::UserPool');
    expect(pool.Properties).toMatchObject({
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      DeletionProtection: 'ACTIVE',
      MfaConfiguration: 'OPTIONAL',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    });
    expect(pool.Properties.AliasAttributes).toBeUndefined();
    expect(pool.Properties.UsernameAttributes).toBeUndefined();
  });

  it('has an app client without a secret that signs in with SRP only', () => {
    const [, client] = only('AWS::Cognito::UserPoolClient');
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH']);
    expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
    expect(client.Properties.CallbackURLs).toBeUndefined();
    // Amplify keeps a rotated refresh token (GetTokensFromRefreshToken's answer).
    expect(client.Properties.RefreshTokenRotation).toMatchObject({ Feature: 'ENABLED' });
    expect(client.Properties).toMatchObject({ AccessTokenValidity: 60, IdTokenValidity: 60 });
  });

  it('gives credentials to signed-in analysts of that pool and client only', () => {
    const [, identityPool] = only('AWS::Cognito::IdentityPool');
    const [clientId] = only('AWS::Cognito::UserPoolClient');
    expect(identityPool.Properties).toMatchObject({
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [{ ClientId: ref(clientId), ServerSideTokenCheck: true }],
    });
    const [, attachment] = only('AWS::Cognito::IdentityPoolRoleAttachment');
    expect(Object.keys(attachment.Properties.Roles as Json)).toEqual(['authenticated']);
  });

  it("trusts the analyst role to that identity pool's authenticated identities", () => {
    const [identityPoolId] = only('AWS::Cognito::IdentityPool');
    expect(trustOf(synth.stack.auth.analystRole)).toEqual([
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': ref(identityPoolId) },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
      },
    ]);
  });

  it('has no first analyst unless an e-mail is given', () => {
    expect(resources('AWS::Cognito::UserPoolUser')).toEqual([]);
  });
});

describe('the analyst role', () => {
  it('is allowed exactly deploy/analyst-policy.json, with this account and these buckets', () => {
    const policies = resources('AWS::IAM::Policy').filter(([, policy]) =>
      JSON.stringify(policy.Properties.Roles).includes(logicalId(synth.stack.auth.analystRole)),
    );
    expect(policies).toHaveLength(1);
    const document = policies[0]![1].Properties.PolicyDocument as { Statement: Json[] };

    const bucketArn = (id: string) => ({ 'Fn::Join': ['', ['arn:aws:s3:::', ref(id)]] });
    const objectsArn = (id: string) => ({ 'Fn::Join': ['', ['arn:aws:s3:::', ref(id), '/*']] });
    const media = logicalId(synth.stack.storage.mediaBucket);
    const transcripts = logicalId(synth.stack.storage.transcriptsBucket);
    // The file as it is, with local-aws's names replaced by hand: a resolved bucket name is
    // a reference, so the bucket ARNs are compared as the template writes them.
    const file = JSON.parse(
      readFileSync(ANALYST_POLICY_FILE, 'utf8').replaceAll(LOCAL_NAMES.account, ACCOUNT),
    ) as { Statement: Json[] };
    const byLocalArn: Record<string, unknown> = {
      [LOCAL_NAMES.dataAccessRole.replace(LOCAL_NAMES.account, ACCOUNT)]: resolve(
        synth.stack.storage.dataAccessRole.roleArn,
      ),
      [`arn:aws:s3:::media-${ACCOUNT}`]: bucketArn(media),
      [`arn:aws:s3:::media-${ACCOUNT}/*`]: objectsArn(media),
      [`arn:aws:s3:::transcripts-${ACCOUNT}`]: bucketArn(transcripts),
      [`arn:aws:s3:::transcripts-${ACCOUNT}/*`]: objectsArn(transcripts),
    };
    const expected = file.Statement.map((statement) => ({
      ...statement,
      Resource: (Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource]).map(
        (arn) => byLocalArn[arn as string] ?? arn,
      ),
    }));
    expect(document.Statement.map(normalise)).toEqual(expected.map(normalise));
    expect(JSON.stringify(document)).not.toContain(LOCAL_NAMES.account);
  });

  it("may pass this stack's data access role to Transcribe, and no other role", () => {
    const [, policy] = resources('AWS::IAM::Policy').find(([, p]) =>
      JSON.stringify(p.Properties.Roles).includes(logicalId(synth.stack.auth.analystRole)),
    )!;
    const statements = (policy.Properties.PolicyDocument as { Statement: Json[] }).Statement;
    const passRole = statements.filter((s) => JSON.stringify(s.Action).includes('iam:PassRole'));
    expect(passRole).toEqual([
      expect.objectContaining({
        Resource: resolve(synth.stack.storage.dataAccessRole.roleArn),
        Condition: { StringEquals: { 'iam:PassedToService': 'transcribe.amazonaws.com' } },
      }),
    ]);
  });

  it('can use the transcripts key for Encrypt, GenerateDataKey, Decrypt and DescribeKey', () => {
    const [, key] = only('AWS::KMS::Key');
    const statements = (key.Properties.KeyPolicy as { Statement: Json[] }).Statement;
    const analyst = statements.filter(
      (s) =>
        JSON.stringify(s.Principal) ===
        JSON.stringify({ AWS: resolve(synth.stack.auth.analystRole.roleArn) }),
    );
    expect(analyst).toHaveLength(1);
    expect([...(analyst[0]!.Action as string[])].sort()).toEqual([...ANALYST_KEY_ACTIONS].sort());
    expect(analyst[0]!.Condition).toBeUndefined();
  });
});

describe('the transcripts key', () => {
  it('rotates, has an alias, and lets nobody but the two roles use it', () => {
    const [keyId, key] = only('AWS::KMS::Key');
    expect(key.Properties.EnableKeyRotation).toBe(true);
    synth.template.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: 'alias/transcribekmsconsole-transcripts',
      TargetKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
    const statements = (key.Properties.KeyPolicy as { Statement: Json[] }).Statement;
    const crypto = /^kms:(\*|Encrypt|Decrypt|GenerateDataKey.*|ReEncrypt.*)$/;
    const users = statements
      .filter((s) => (s.Action as string[]).some((action) => crypto.test(action)))
      .map((s) => s.Principal);
    expect(users).toHaveLength(2);
    expect(users).toEqual(
      expect.arrayContaining([
        { AWS: resolve(synth.stack.auth.analystRole.roleArn) },
        { AWS: resolve(synth.stack.storage.dataAccessRole.roleArn) },
      ]),
    );
    // The account administers the key through IAM, without being able to read transcripts.
    const admin = statements.find((s) => s.Sid === 'KeyAdministration')!;
    expect(admin.Principal).toEqual({ AWS: `arn:aws:iam::${ACCOUNT}:root` });
    expect(admin.Action).toContain('kms:ScheduleKeyDeletion');
  });

  it("is allowed to Transcribe's data access role, trusted for this account only", () => {
    expect(trustOf(synth.stack.storage.dataAccessRole)).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'transcribe.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
      },
    ]);
  });
});

describe('buckets', () => {
  it('all block public access and refuse requests without TLS', () => {
    const buckets = resources('AWS::S3::Bucket');
    expect(buckets.length).toBe(4); // media, transcripts, hosting, access logs
    const policies = resources('AWS::S3::BucketPolicy');
    for (const [id, bucket] of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption, id).toBeDefined();
      const policy = policies.find(
        ([, p]) => JSON.stringify(p.Properties.Bucket) === JSON.stringify(ref(id)),
      );
      expect(policy, id).toBeDefined();
      const statements = (policy![1].Properties.PolicyDocument as { Statement: Json[] }).Statement;
      expect(statements, id).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    }
  });

  it('keep versions of transcripts, encrypted by default with the transcripts key', () => {
    const [keyId] = only('AWS::KMS::Key');
    const transcripts = resourceOf(synth.stack.storage.transcriptsBucket);
    expect(transcripts.Properties).toMatchObject({
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      },
    });
  });

  it("answer CORS for the console's origin only, exposing the shared header list", () => {
    const origin = resolve(synth.stack.hosting.consoleOrigin);
    for (const bucket of [synth.stack.storage.mediaBucket, synth.stack.storage.transcriptsBucket]) {
      const props = resourceOf(bucket).Properties;
      expect(props.CorsConfiguration).toEqual({
        CorsRules: [
          {
            AllowedOrigins: [origin],
            AllowedMethods: ['GET', 'HEAD'],
            AllowedHeaders: ['*'],
            ExposedHeaders: [...EXPOSED_HEADERS],
            MaxAge: 600,
          },
        ],
      });
    }
  });
});

describe('hosting', () => {
  const securityHeaders = () =>
    (
      only('AWS::CloudFront::ResponseHeadersPolicy')[1].Properties
        .ResponseHeadersPolicyConfig as Json
    ).SecurityHeadersConfig as Record<string, Json>;

  it('serves a private bucket through origin access control', () => {
    const [, distribution] = only('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as Json;
    expect(config).toMatchObject({
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
      Origins: [{ OriginAccessControlId: expect.anything() as unknown }],
    });
    only('AWS::CloudFront::OriginAccessControl');
  });

  it('sends the CSP the built app declares, narrowed to this Region, and forbids framing', () => {
    const header = securityHeaders().ContentSecurityPolicy!;
    expect(header.Override).toBe(true);
    const parse = (csp: string) =>
      new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const));
    const sent = parse(header.ContentSecurityPolicy as string);
    const declared = parse(BUILD_CONTENT_SECURITY_POLICY);

    // Every directive of the build, word for word, except where the page may connect...
    for (const [name, sources] of declared)
      if (name !== 'connect-src') expect(sent.get(name), name).toEqual(sources);
    // ...which is this Region's endpoints, each one the build's policy allows too...
    expect(sent.get('connect-src')).toEqual(regionalConnectSrc(REGION));
    const allowedByBuild = (source: string) =>
      declared
        .get('connect-src')!
        .some((pattern) =>
          new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(source),
        );
    for (const source of sent.get('connect-src')!)
      expect(allowedByBuild(source), source).toBe(true);
    // ...and the one directive only a header can carry.
    expect(sent.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...sent.keys()].sort()).toEqual([...declared.keys(), 'frame-ancestors'].sort());
  });

  it('sends HSTS, nosniff, DENY framing and no referrer', () => {
    expect(securityHeaders()).toMatchObject({
      StrictTransportSecurity: {
        AccessControlMaxAgeSec: 63072000,
        IncludeSubdomains: true,
        Override: true,
      },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
  });

  it("answers the app's routes with index.html and its files as they are", () => {
    const [, fn] = only('AWS::CloudFront::Function');
    // CloudFront's JS 2.0 runtime is ECMAScript 5.1 plus a few later parts; this is plain JS.
    const handler = new Function(
      `${fn.Properties.FunctionCode as string}; return handler;`,
    )() as (event: { request: { uri: string } }) => { uri: string };
    const served = (uri: string) => handler({ request: { uri } }).uri;
    expect(served('/')).toBe('/index.html');
    expect(served('/jobs')).toBe('/index.html');
    expect(served('/jobs/create')).toBe('/index.html');
    expect(served('/jobs/meeting.2024-11')).toBe('/index.html');
    expect(served('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
    expect(served('/config.json')).toBe('/config.json');
    expect(served('/favicon.svg')).toBe('/favicon.svg');
    expect(served('/index.html')).toBe('/index.html');
  });
});
