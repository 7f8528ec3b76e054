import { spawn } from 'node:child_process';
import { accessSync, constants, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListResourceTagsCommand,
} from '@aws-sdk/client-kms';
import {
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  GetVocabularyCommand,
  ListTagsForResourceCommand,
  TranscribeClient,
} from '@aws-sdk/client-transcribe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_ACCOUNT, MEDIA_BUCKET, TRANSCRIPTS_BUCKET } from '../seed/ids';
import { type LocalAws, startLocalAws } from '../server';
import { clientConfig } from './harness';

// Terraform 1.11 with hashicorp/aws 5.100.0, a client nobody here wrote (Go SDK v2, strict
// about every member it reads), provisions terraform/main.tf against local-aws (a KMS key,
// its alias, an SSE-KMS object, a custom vocabulary from a file in S3): apply, a plan that
// finds nothing to change, destroy. The provider comes from a filesystem mirror, so
// `terraform init` needs no network.

const MIRROR = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins';
/** One terraform command; the provider's own waits (rotation, tags, policy) take ~5 s each. */
const COMMAND_TIMEOUT_MS = 5 * 60_000;

function findTerraform(): string | undefined {
  const candidates = process.env.TERRAFORM
    ? [process.env.TERRAFORM]
    : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'terraform'));
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const terraform = findTerraform();

interface Run {
  code: number | null;
  output: string;
}

/**
 * Runs terraform in `dir` with only the environment it needs (no AWS_* of the machine's), in
 * its own process group so that a timeout stops the provider plugins too.
 */
function run(dir: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(terraform!, args, {
      cwd: dir,
      detached: true,
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        TF_CLI_CONFIG_FILE: join(dir, 'cli.tfrc'),
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        CHECKPOINT_DISABLE: '1',
        AWS_EC2_METADATA_DISABLED: 'true',
        ...(process.env.TF_LOG
          ? { TF_LOG: process.env.TF_LOG, TF_LOG_PATH: join(dir, 'tf.log') }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      output += `\n[terraform ${args[0]} still running after ${COMMAND_TIMEOUT_MS} ms: stopped]`;
      process.kill(-child.pid!, 'SIGKILL');
    }, COMMAND_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Runs a command that must succeed; its output is the failure message when it does not. */
async function succeed(dir: string, args: string[]): Promise<string> {
  const result = await run(dir, args);
  if (result.code !== 0)
    throw new Error(`terraform ${args.join(' ')} exited ${result.code}:\n${result.output}`);
  return result.output;
}

const title =
  'applies keys, an alias, objects and a vocabulary, plans no change, updates them in place, and destroys them' +
  (terraform ? '' : ' (skipped: no terraform on this machine; set TERRAFORM or PATH)');

describe('Terraform (hashicorp/aws 5.100.0) against local-aws', () => {
  let local: LocalAws;
  let dir: string;

  beforeAll(async () => {
    local = await startLocalAws({ port: 0, ephemeral: true });
    dir = mkdtempSync(join(tmpdir(), 'local-aws-terraform-'));
    copyFileSync(join(import.meta.dirname, 'terraform', 'main.tf'), join(dir, 'main.tf'));
    writeFileSync(
      join(dir, 'cli.tfrc'),
      `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(MIRROR)}
    include = ["registry.terraform.io/hashicorp/aws"]
  }
  direct {
    exclude = ["registry.terraform.io/hashicorp/aws"]
  }
}
`,
    );
  });

  afterAll(async () => {
    await local?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!terraform)(
    title,
    async () => {
      const vars = ['-no-color', `-var=endpoint=${local.url}`];
      const kms = new KMSClient(clientConfig(local.url));
      const s3 = new S3Client({ ...clientConfig(local.url), forcePathStyle: true });
      const transcribe = new TranscribeClient(clientConfig(local.url));
      const vocabularyArn = `arn:aws:transcribe:us-east-1:${CURRENT_ACCOUNT}:vocabulary/terraform-terms`;

      await succeed(dir, ['init', '-no-color']);
      await succeed(dir, ['apply', '-auto-approve', ...vars]);
      const outputs = JSON.parse(await succeed(dir, ['output', '-json'])) as Record<
        string,
        { value: string }
      >;
      const keyId = outputs.key_id!.value;
      const keyArn = `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}:key/${keyId}`;
      expect(outputs.key_arn!.value).toBe(keyArn);
      expect(outputs.alias_arn!.value).toBe(
        `arn:aws:kms:us-east-1:${CURRENT_ACCOUNT}:alias/terraform-transcripts`,
      );
      expect(outputs.vocabulary_arn!.value).toBe(vocabularyArn);

      // What Terraform wrote is what AWS's own SDK reads back.
      const { KeyMetadata } = await kms.send(
        new DescribeKeyCommand({ KeyId: 'alias/terraform-transcripts' }),
      );
      expect(KeyMetadata).toMatchObject({
        KeyId: keyId,
        Description: 'Transcripts provisioned by Terraform',
        KeyState: 'Enabled',
      });
      expect(await kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))).toMatchObject({
        KeyRotationEnabled: true,
        RotationPeriodInDays: 365,
      });
      const tags = await kms.send(new ListResourceTagsCommand({ KeyId: keyId }));
      expect(tags.Tags).toEqual(
        expect.arrayContaining([
          { TagKey: 'team', TagValue: 'analytics' },
          { TagKey: 'provisioned', TagValue: 'terraform' },
        ]),
      );
      const policy = await kms.send(new GetKeyPolicyCommand({ KeyId: keyId }));
      expect(JSON.parse(policy.Policy!)).toMatchObject({ Id: 'terraform-transcripts' });
      const object = { Bucket: TRANSCRIPTS_BUCKET, Key: 'terraform/README.txt' };
      const head = await s3.send(new HeadObjectCommand(object));
      expect(head).toMatchObject({
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: keyArn,
        ContentType: 'text/plain',
        TagCount: 1,
      });
      const body = await (await s3.send(new GetObjectCommand(object))).Body!.transformToString();
      expect(body).toBe('Transcripts land here, encrypted with alias/terraform-transcripts.');
      expect((await s3.send(new GetObjectTaggingCommand(object))).TagSet).toEqual([
        { Key: 'provisioned', Value: 'terraform' },
      ]);

      const vocabulary = await transcribe.send(
        new GetVocabularyCommand({ VocabularyName: 'terraform-terms' }),
      );
      expect(vocabulary).toMatchObject({ VocabularyState: 'READY', LanguageCode: 'en-US' });
      expect(vocabulary.DownloadUri).toMatch(/^http/);
      const vocabularyTags = await transcribe.send(
        new ListTagsForResourceCommand({ ResourceArn: vocabularyArn }),
      );
      expect(vocabularyTags.Tags).toEqual([{ Key: 'provisioned', Value: 'terraform' }]);

      // Every member read back as written: a plan right after the apply changes nothing.
      const plan = await run(dir, ['plan', '-detailed-exitcode', ...vars]);
      expect(plan.code, plan.output).toBe(0);

      // Revision 2 changes in place what can change in place; the provider reads each back
      // after its update, and fails the apply if anything came back other than written.
      await succeed(dir, ['apply', '-auto-approve', '-var=revision=2', ...vars]);
      const revised = await kms.send(new DescribeKeyCommand({ KeyId: keyId }));
      expect(revised.KeyMetadata?.Description).toBe(
        'Transcripts provisioned by Terraform, revised',
      );
      expect(await kms.send(new GetKeyRotationStatusCommand({ KeyId: keyId }))).toMatchObject({
        KeyRotationEnabled: true,
        RotationPeriodInDays: 180,
      });
      const revisedTags = (await kms.send(new ListResourceTagsCommand({ KeyId: keyId }))).Tags;
      expect(revisedTags).toHaveLength(2);
      expect(revisedTags).toEqual(
        expect.arrayContaining([
          { TagKey: 'team', TagValue: 'platform' },
          { TagKey: 'reviewed', TagValue: 'yes' },
        ]),
      );
      const successorId = outputs.successor_key_id!.value;
      const aliasNow = await kms.send(
        new DescribeKeyCommand({ KeyId: 'alias/terraform-transcripts' }),
      );
      expect(aliasNow.KeyMetadata?.KeyId).toBe(successorId);
      const objectTags = (await s3.send(new GetObjectTaggingCommand(object))).TagSet;
      expect(objectTags).toHaveLength(2);
      expect(objectTags).toEqual(
        expect.arrayContaining([
          { Key: 'provisioned', Value: 'terraform' },
          { Key: 'reviewed', Value: 'yes' },
        ]),
      );
      expect(
        (await transcribe.send(new ListTagsForResourceCommand({ ResourceArn: vocabularyArn })))
          .Tags,
      ).toEqual([{ Key: 'reviewed', Value: 'yes' }]);

      // And after the updates, every member reads back as revision 2 wrote it.
      const replan = await run(dir, ['plan', '-detailed-exitcode', '-var=revision=2', ...vars]);
      expect(replan.code, replan.output).toBe(0);

      await succeed(dir, ['destroy', '-auto-approve', '-var=revision=2', ...vars]);
      for (const KeyId of [keyId, successorId]) {
        const deleted = await kms.send(new DescribeKeyCommand({ KeyId }));
        expect(deleted.KeyMetadata).toMatchObject({
          KeyState: 'PendingDeletion',
          PendingDeletionWindowInDays: 7,
        });
      }
      const aliases = await kms.send(new ListAliasesCommand({}));
      expect(aliases.Aliases?.map((a) => a.AliasName)).not.toContain('alias/terraform-transcripts');
      for (const gone of [object, { Bucket: MEDIA_BUCKET, Key: 'terraform/vocabulary.txt' }])
        await expect(s3.send(new HeadObjectCommand(gone))).rejects.toMatchObject({
          $metadata: { httpStatusCode: 404 },
        });
      await expect(
        transcribe.send(new GetVocabularyCommand({ VocabularyName: 'terraform-terms' })),
      ).rejects.toMatchObject({ name: 'BadRequestException' });

      // The provider met no operation local-aws lacks, even one it would have shrugged off.
      const unimplemented = local.requestLog.filter(
        (entry) => entry.error === 'UnknownOperationException' || entry.error === 'NotImplemented',
      );
      expect(unimplemented).toEqual([]);
    },
    // init, apply, output, plan, apply, plan, destroy. Each command starts the provider once
    // per phase (~10 s each on a loaded machine); the provider then waits 30 s for a vocabulary
    // to be created and again for it to be deleted, 5 to 10 s for each key setting it changes.
    7 * COMMAND_TIMEOUT_MS,
  );
});
