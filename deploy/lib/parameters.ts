import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a deployment can be told, from CDK context (`-c name=value`) or the environment. */
export interface DeployParameters {
  stackName: string;
  /** Unset: an environment-agnostic template (offline synth without credentials). */
  account?: string;
  region?: string;
  /** Existing buckets and key to use instead of creating them. */
  mediaBucketName?: string;
  transcriptsBucketName?: string;
  kmsKeyArn?: string;
  /** The console's own domain, with its ACM certificate in us-east-1 (CloudFront's rule). */
  domainName?: string;
  certificateArn?: string;
  /** The first analyst, invited by e-mail with a temporary password. */
  analystEmail?: string;
  analystUsername: string;
  /** The built console (`vite build` output). */
  consoleDir: string;
}

/** Each parameter: its context key and its environment variable. */
export const PARAMETER_SOURCES = {
  stackName: ['stackName', 'CONSOLE_STACK_NAME'],
  region: ['region', 'CDK_DEFAULT_REGION'],
  mediaBucketName: ['mediaBucket', 'CONSOLE_MEDIA_BUCKET'],
  transcriptsBucketName: ['transcriptsBucket', 'CONSOLE_TRANSCRIPTS_BUCKET'],
  kmsKeyArn: ['kmsKeyArn', 'CONSOLE_KMS_KEY_ARN'],
  domainName: ['domainName', 'CONSOLE_DOMAIN_NAME'],
  certificateArn: ['certificateArn', 'CONSOLE_CERTIFICATE_ARN'],
  analystEmail: ['analystEmail', 'CONSOLE_ANALYST_EMAIL'],
  analystUsername: ['analystUsername', 'CONSOLE_ANALYST_USERNAME'],
  consoleDir: ['consoleDir', 'CONSOLE_DIST'],
} as const satisfies Record<string, readonly [string, string]>;

export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

export class ParameterError extends Error {
  constructor(readonly problems: string[]) {
    super(`Deployment parameters:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'ParameterError';
  }
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ACCOUNT = /^\d{12}$/;
// S3's rules for new general purpose buckets, less the rarely met ones (IP-like names).
const BUCKET = /^(?!xn--|sthree-|amzn-s3-demo-)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
// Transcribe takes only a full key ARN (not an alias or a key ID) for its own resources.
const KEY_ARN = /^arn:aws:kms:([a-z0-9-]+):(\d{12}):key\/(?:mrk-)?[0-9a-f-]{32,36}$/;
const CERTIFICATE_ARN = /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Cognito's username pattern, without the spaces it would also take.
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

/**
 * Reads and checks the parameters. `context` is the CDK app's context lookup; a context value
 * wins over the environment. Every problem is named at once, before anything is synthesized.
 */
export function readParameters(
  context: (key: string) => unknown,
  env: Record<string, string | undefined> = process.env,
): DeployParameters {
  const read = (name: keyof typeof PARAMETER_SOURCES): string | undefined => {
    const [key, variable] = PARAMETER_SOURCES[name];
    const value = context(key) ?? env[variable];
    if (value === undefined || value === null || value === '') return undefined;
    return String(value).trim();
  };
  const problems: string[] = [];
  /** The parameter's value when it is absent or matches `pattern`; else a named problem. */
  const valid = (
    name: keyof typeof PARAMETER_SOURCES,
    pattern: RegExp,
    what: string,
    value = read(name),
  ): string | undefined => {
    if (value === undefined || pattern.test(value)) return value;
    const [key, variable] = PARAMETER_SOURCES[name];
    problems.push(`${key} (${variable}) "${value}": ${what}`);
    return undefined;
  };

  const stackName =
    valid('stackName', STACK_NAME, 'must be a CloudFormation stack name') ?? 'TranscribeKmsConsole';
  const account = env.CDK_DEFAULT_ACCOUNT || undefined;
  if (account !== undefined && !ACCOUNT.test(account))
    problems.push(`CDK_DEFAULT_ACCOUNT "${account}": must be a 12-digit AWS account ID`);
  const region = valid('region', REGION, 'must be an AWS Region such as eu-west-1');
  const mediaBucketName = valid('mediaBucketName', BUCKET, 'must be an S3 bucket name');
  const transcriptsBucketName = valid('transcriptsBucketName', BUCKET, 'must be an S3 bucket name');

  const kmsKeyArn = valid(
    'kmsKeyArn',
    KEY_ARN,
    'must be a full KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID), not an alias or key ID',
  );
  const keyRegion = kmsKeyArn === undefined ? undefined : KEY_ARN.exec(kmsKeyArn)?.[1];
  if (keyRegion && region && keyRegion !== region)
    problems.push(
      `kmsKeyArn (CONSOLE_KMS_KEY_ARN): the key is in ${keyRegion}, the stack in ${region}; Transcribe needs a key in the job's Region`,
    );

  const domainName = valid(
    'domainName',
    DOMAIN,
    'must be a domain name such as console.example.com',
    read('domainName')?.toLowerCase(),
  );
  const certificateArn = valid(
    'certificateArn',
    CERTIFICATE_ARN,
    'must be an ACM certificate ARN in us-east-1 (CloudFront uses only that Region)',
  );
  if ((read('domainName') === undefined) !== (read('certificateArn') === undefined))
    problems.push(
      'domainName and certificateArn go together: CloudFront serves a domain of its own only with a certificate for it',
    );

  const analystEmail = valid('analystEmail', EMAIL, 'must be an e-mail address');
  const analystUsername =
    valid(
      'analystUsername',
      USERNAME,
      'must be a Cognito username (no spaces, at most 128 characters)',
    ) ?? 'analyst';

  const consoleDir = resolve(read('consoleDir') ?? DEFAULT_CONSOLE_DIR);
  if (!existsSync(resolve(consoleDir, 'index.html')))
    problems.push(
      `consoleDir (CONSOLE_DIST) "${consoleDir}": has no index.html; build the console first (npm run build)`,
    );

  if (problems.length > 0) throw new ParameterError(problems);
  return {
    stackName,
    account,
    region,
    mediaBucketName,
    transcriptsBucketName,
    kmsKeyArn,
    domainName,
    certificateArn,
    analystEmail,
    analystUsername,
    consoleDir,
  };
}
