import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeConsoleBuild, type Synthesized, synthesize } from './testing';

const DEPLOY_DIR = fileURLToPath(new URL('..', import.meta.url));
const CDK_CLI = fileURLToPath(new URL('../../node_modules/aws-cdk/bin/cdk', import.meta.url));

/**
 * Loaded into every Node process of a run (NODE_OPTIONS): records, then refuses, any socket
 * that is not loopback or a local pipe. Recorded because a refused call may be swallowed
 * (the CLI's notices are fetched on a best-effort basis).
 */
const NETWORK_GUARD = `
import { appendFileSync } from 'node:fs';
import net from 'node:net';
const log = process.env.NETWORK_GUARD_LOG;
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  const host = options.path === undefined ? String(options.host ?? 'localhost') : 'pipe';
  if (!/^(pipe|localhost|127\\.[0-9.]+|::1)$/.test(host)) {
    appendFileSync(log, host + ':' + options.port + '\\n');
    throw new Error('network access in an offline test: ' + host);
  }
  return connect.apply(this, args);
};
`;

/** No account, no Region, no credentials: the environment of a laptop without AWS set up. */
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize();
});
afterAll(() => synth?.cleanup());

function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('synth without AWS', () => {
  it('gives a template for any account and Region, the Region taken at deploy time', () => {
    const outputs = synth.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.Region!.Value).toEqual({ Ref: 'AWS::Region' });
    const [policy] = Object.values(
      synth.template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    ) as { Properties: { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: object } } }[];
    expect(JSON.stringify(policy!.Properties.ResponseHeadersPolicyConfig)).toContain(
      'https://cognito-idp.",{"Ref":"AWS::Region"},".amazonaws.com https://',
    );
  });

  it('leaves no AwsSolutions finding unacknowledged', () => {
    const report = new AwsSolutionsChecks().validateScope(synth.app);
    expect(
      report.violations.map((v) => `${v.ruleName} ${JSON.stringify(v.violatingResources)}`),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('explains every acknowledgement: an AwsSolutions rule and why, in words', () => {
    const all = acknowledgements(synth.app);
    expect(all.length).toBeGreaterThan(10);
    for (const { path, id, reason } of all) {
      expect(id, path).toMatch(/^Annotation::AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.length, `${path} ${id}`).toBeGreaterThanOrEqual(50);
    }
  });

  it('`cdk synth` works with no credentials and opens no connection', () => {
    const root = mkdtempSync(join(tmpdir(), 'cdk-synth-'));
    try {
      const guard = join(root, 'network-guard.mjs');
      writeFileSync(guard, NETWORK_GUARD);
      const networkLog = join(root, 'network.log');
      writeFileSync(networkLog, '');
      const env: Record<string, string> = {};
      for (const [name, value] of Object.entries(process.env))
        if (value !== undefined && !/^(AWS_|CDK_)/.test(name)) env[name] = value;
      const result = spawnSync(
        process.execPath,
        [
          CDK_CLI,
          'synth',
          '--no-notices',
          '--quiet',
          '--output',
          join(root, 'cdk.out'),
          '--context',
          `consoleDir=${fakeConsoleBuild(join(root, 'dist'))}`,
        ],
        {
          cwd: DEPLOY_DIR,
          encoding: 'utf8',
          env: {
            ...env,
            HOME: root,
            NETWORK_GUARD_LOG: networkLog,
            NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${guard}`.trim(),
          },
          timeout: 240_000,
        },
      );
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(readFileSync(networkLog, 'utf8')).toBe('');
      expect(existsSync(join(root, 'cdk.out', 'TranscribeKmsConsole.template.json'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);
});
