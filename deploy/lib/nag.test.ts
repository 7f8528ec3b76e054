import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { acknowledgeWildcards } from './nag';
import { fakeConsoleBuild } from './testing';

const root = mkdtempSync(join(tmpdir(), 'nag-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('cdk-nag in the app', () => {
  it('fails the synth on a finding nobody explained', () => {
    const { app, stack } = buildApp({
      outdir: join(root, 'cdk.out'),
      cloudFormationValidation: false,
      env: { CONSOLE_DIST: fakeConsoleBuild(join(root, 'dist')) },
    });
    new s3.Bucket(stack, 'Unexplained');
    expect(() => app.synth()).toThrow(
      /TranscribeKmsConsole\/Unexplained\/Resource[^]*AwsSolutions-S10/,
    );
  });

  it('refuses a wildcard statement that has no reason, naming it', () => {
    const stack = new Stack(new App(), 'Policies');
    const policy = new iam.Policy(stack, 'Policy', {
      statements: [
        new iam.PolicyStatement({ sid: 'Explained', actions: ['kms:ListKeys'], resources: ['*'] }),
        new iam.PolicyStatement({
          sid: 'New',
          actions: ['s3:Get*'],
          resources: ['arn:aws:s3:::b/*'],
        }),
      ],
    });
    const cfn = policy.node.defaultChild as iam.CfnPolicy;
    const reasons: Record<string, string> = { Explained: 'ListKeys takes no resource.' };
    expect(() => acknowledgeWildcards(cfn, (s) => s.Sid && reasons[s.Sid])).toThrow(
      'Policies/Policy/Resource: statement New has wildcards (Action::s3:Get*, Resource::arn:aws:s3:::b/*) and no reason for them',
    );
  });
});
