import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { removeExpired } from './expiry';
import type { IamEntity, PolicyDocument, Principal, StoredCredentials, World } from './types';

export const IAM_TABLE = 'iam';
export const CREDENTIALS_TABLE = 'credentials';

const policyFiles = new Map<string, PolicyDocument>();

/** Reads a policy file once per process (the deployed analyst policy lives in `deploy/`). */
export function readPolicyFile(rootDir: string, file: string): PolicyDocument {
  const path = resolve(rootDir, file);
  let policy = policyFiles.get(path);
  if (!policy) {
    policy = JSON.parse(readFileSync(path, 'utf8')) as PolicyDocument;
    policyFiles.set(path, policy);
  }
  return policy;
}

export function entityPolicies(world: World, entity: IamEntity): PolicyDocument[] {
  return entity.policyFile
    ? [...entity.policies, readPolicyFile(world.options.rootDir, entity.policyFile)]
    : entity.policies;
}

export function findCredentials(world: World, accessKeyId: string): StoredCredentials | undefined {
  return world.store.get<StoredCredentials>(CREDENTIALS_TABLE, accessKeyId);
}

/** The principal behind a set of credentials, with its policies in force now. */
export function principalFor(world: World, credentials: StoredCredentials): Principal {
  const entity = world.store.get<IamEntity>(IAM_TABLE, credentials.entityArn);
  if (!entity) throw new Error(`credentials ${credentials.accessKeyId} name no IAM entity`);
  const policies = entityPolicies(world, entity);
  if (entity.kind === 'user') {
    return {
      type: 'user',
      accountId: entity.accountId,
      arn: entity.arn,
      userId: entity.id,
      accessKeyId: credentials.accessKeyId,
      policies,
    };
  }
  const session = credentials.sessionName ?? 'session';
  return {
    type: 'assumed-role',
    accountId: entity.accountId,
    arn: `arn:aws:sts::${entity.accountId}:assumed-role/${entity.name}/${session}`,
    userId: `${entity.id}:${session}`,
    accessKeyId: credentials.accessKeyId,
    roleArn: entity.arn,
    policies,
  };
}

const upperAlnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function randomId(length: number): string {
  return [...randomBytes(length)].map((b) => upperAlnum[b % 32]).join('');
}

/** Temporary credentials of an assumed role, as STS and the identity pool issue them. */
export function issueRoleCredentials(
  world: World,
  roleArn: string,
  sessionName: string,
  ttlMs = 60 * 60 * 1000,
): StoredCredentials {
  const credentials: StoredCredentials = {
    accessKeyId: `ASIA${randomId(16)}`,
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(96).toString('base64'),
    expiration: world.now().getTime() + ttlMs,
    entityArn: roleArn,
    sessionName,
  };
  removeExpired<StoredCredentials>(world, CREDENTIALS_TABLE, (row) => row.expiration);
  world.store.put(CREDENTIALS_TABLE, credentials.accessKeyId, credentials);
  return credentials;
}

/** An IAM user with a long-term access key (the seeded administrators, service users). */
export interface UserWithKey {
  accountId: string;
  name: string;
  /** AIDA…: the user's unique ID. */
  id: string;
  arn: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** Adds a user and its access key, unless the store has them already. */
export function addUserWithKey(world: World, user: UserWithKey, policies: PolicyDocument[]): void {
  if (!world.store.has(IAM_TABLE, user.arn))
    world.store.put<IamEntity>(IAM_TABLE, user.arn, {
      kind: 'user',
      name: user.name,
      accountId: user.accountId,
      arn: user.arn,
      id: user.id,
      policies,
    });
  if (!world.store.has(CREDENTIALS_TABLE, user.accessKeyId))
    world.store.put<StoredCredentials>(CREDENTIALS_TABLE, user.accessKeyId, {
      accessKeyId: user.accessKeyId,
      secretAccessKey: user.secretAccessKey,
      entityArn: user.arn,
    });
}
