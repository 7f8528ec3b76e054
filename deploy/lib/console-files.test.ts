import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Synthesized, synthesize } from './testing';

type Json = Record<string, unknown>;
type Resource = { Type: string; Properties: Json; DependsOn?: string[] };

/** One synth for the file: everything created, account and Region known. */
const REGION = 'eu-west-1';
let synth: Synthesized;
beforeAll(() => {
  synth = synthesize({ env: { CDK_DEFAULT_ACCOUNT: '123456789012', CDK_DEFAULT_REGION: REGION } });
});
afterAll(() => synth?.cleanup());

const resources = (type: string): [string, Resource][] =>
  Object.entries(synth.template.findResources(type)) as [string, Resource][];
const ref = (logicalId: string) => ({ Ref: logicalId });

describe('the deployed files', () => {
  const deployments = () => resources('Custom::CDKBucketDeployment');
  /** A deployment's sources as staged in the cloud assembly: the files each one uploads. */
  const stagedFiles = (deployment: Resource): string[][] =>
    (deployment.Properties.SourceObjectKeys as string[]).map((key) => {
      const dir = join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`);
      expect(existsSync(dir), dir).toBe(true);
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
    });

  it('leave out source maps and the local config.json', () => {
    const uploaded = deployments().flatMap(([, d]) => stagedFiles(d).flat());
    expect(uploaded.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(uploaded.sort()).toEqual(
      ['config.json', 'favicon.svg', 'index-abc123.js', 'index-def456.css', 'index.html'].sort(),
    );
  });

  it('include a config.json made of the stack outputs, written at deploy time', () => {
    const entry = deployments().find(
      ([, d]) => (d.Properties.SourceObjectKeys as string[]).length === 2,
    )!;
    const [, configSource] = stagedFiles(entry[1]);
    expect(configSource).toEqual(['config.json']);
    const key = (entry[1].Properties.SourceObjectKeys as string[])[1]!.replace(/\.zip$/, '');
    const staged = readFileSync(join(synth.outdir, `asset.${key}`, 'config.json'), 'utf8');
    const markers = (entry[1].Properties.SourceMarkers as Json[])[1]!;
    // What the custom resource writes: each marker replaced by the value it stands for.
    const written = JSON.parse(
      staged.replace(/"<<marker:0xbaba:\d+>>"/g, (marker) =>
        JSON.stringify(markers[marker.slice(1, -1)]),
      ),
    ) as Json;
    const outputs = synth.template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(written).toEqual({
      region: outputs.Region!.Value,
      userPoolId: outputs.UserPoolId!.Value,
      userPoolClientId: outputs.UserPoolClientId!.Value,
      identityPoolId: outputs.IdentityPoolId!.Value,
    });
    expect(written.region).toBe(REGION);
    expect(written.userPoolId).toEqual(ref(resources('AWS::Cognito::UserPool')[0]![0]));
  });

  it('invalidate the CDN only once the bundles are up', () => {
    const [bundlesId, bundles] = deployments().find(
      ([, d]) => d.Properties.DestinationBucketKeyPrefix === 'assets/',
    )!;
    const [, entry] = deployments().find(([id]) => id !== bundlesId)!;
    expect(bundles.Properties).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(entry.Properties).toMatchObject({
      DistributionPaths: ['/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
    });
    expect(entry.DependsOn).toEqual(expect.arrayContaining([bundlesId]));
  });
});
