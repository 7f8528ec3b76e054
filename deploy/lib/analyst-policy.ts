import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The policy local-aws enforces for its analyst role, written for its seeded world. */
export const ANALYST_POLICY_FILE = fileURLToPath(
  new URL('../analyst-policy.json', import.meta.url),
);

/** The names analyst-policy.json uses for local-aws's seeded world. */
export const LOCAL_NAMES = {
  // Deployed, the data access role has a name CloudFormation generates, so the analyst's
  // iam:PassRole must name that role's ARN rather than local-aws's fixed one.
  dataAccessRole: 'arn:aws:iam::111122223333:role/TranscribeDataAccess',
  mediaBucket: 'media-111122223333',
  transcriptsBucket: 'transcripts-111122223333',
  account: '111122223333',
  region: 'us-east-1',
} as const;

export type PolicyNames = Record<keyof typeof LOCAL_NAMES, string>;

export interface PolicyDocumentJson {
  Version: string;
  Statement: Record<string, unknown>[];
}

/**
 * analyst-policy.json with local-aws's account, Region and bucket names replaced by the
 * deployment's (plain strings or CDK tokens), so the deployed role allows exactly what local
 * tests exercise. One pass over each string: an account ID inside a local bucket name or the
 * data access role's ARN is replaced as part of that name.
 */
export function analystPolicy(names: PolicyNames, file = ANALYST_POLICY_FILE): PolicyDocumentJson {
  const order = [
    'dataAccessRole',
    'mediaBucket',
    'transcriptsBucket',
    'account',
    'region',
  ] as const;
  const pattern = new RegExp(order.map((name) => escapeRegExp(LOCAL_NAMES[name])).join('|'), 'g');
  const byLocal = new Map<string, string>(order.map((name) => [LOCAL_NAMES[name], names[name]]));
  const substitute = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(pattern, (match) => byLocal.get(match)!);
    if (Array.isArray(value)) return value.map(substitute);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]));
    return value;
  };
  return substitute(JSON.parse(readFileSync(file, 'utf8'))) as PolicyDocumentJson;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Why each statement of analyst-policy.json has its wildcards (cdk-nag AwsSolutions-IAM5).
 * A statement added to the file with a wildcard and no entry here fails the synth.
 */
export const ANALYST_WILDCARD_REASONS: Record<string, string> = {
  TranscriptionJobs:
    'The console lists, opens, starts and deletes any transcription job of the account; ' +
    'a job is named by the analyst when it is started.',
  CustomVocabulariesFiltersAndLanguageModels:
    'The console lists, opens, creates and deletes any custom vocabulary, vocabulary filter ' +
    'and language model of the account, each named by the analyst when it is created, and offers them to jobs; the ' +
    'data access role it names is limited by iam:PassRole to the one role below.',
  ListKmsKeys: 'kms:ListKeys and kms:ListAliases take no resource: only "*" is valid.',
  UseOwnKmsKeys:
    "The analyst may encrypt output with any of the account's own keys; each key's " +
    'policy still has to allow the role (the transcripts key names it).',
  UseKmsKeysSharedFromOtherAccounts:
    'Keys other accounts share by ARN: a key of another account is usable only when its ' +
    "owner's key policy allows this account too, so this grants nothing by itself; " +
    'Decrypt is left out.',
  BrowseBuckets:
    's3:ListAllMyBuckets takes no resource; GetBucketLocation is asked of any bucket the ' +
    'analyst browses to.',
  ReadMedia: 'Any recording in the media bucket may be transcribed: objects of that bucket only.',
  WriteAndReadTranscripts:
    'Transcribe writes output under keys the analyst names and the console reads it back: ' +
    'objects of the transcripts bucket only.',
};
