import { accessDenied } from '../../core/access';
import type { AwsError } from '../../core/errors';
import { authorizeIdentity, authorizeWithResourcePolicy } from '../../core/iam';
import {
  type Principal,
  type RequestContext,
  requirePrincipal,
  type World,
} from '../../core/types';
import {
  aliasNotFound,
  invalidArn,
  invalidKeyId,
  keyDisabled,
  keyNotFound,
  keyPendingDeletion,
  wrongKeySpec,
  wrongKeyUsage,
} from './errors';
import { aliasArn, keyArn, parseKeyIdentifier } from './identifiers';
import { policyOf, type StoredKey } from './model';
import { getAlias, getKey, getKeyById } from './registry';

// The one home of KMS's key checks: finding the key an identifier names for a caller, the
// key policy and IAM, and the key's state and usage. Operations, KMS's interface for other
// services and Decrypt's blob handling all check keys here.

/**
 * Finds the key an identifier names for a caller: key ID, `mrk-` ID and alias name in the
 * caller's own account, key ARN and alias ARN in any account. Throws KMS's NotFoundException.
 */
export function findKey(
  world: World,
  principal: Principal,
  identifier: string,
  region: string,
): StoredKey {
  const parsed = parseKeyIdentifier(identifier);
  switch (parsed.kind) {
    case 'invalid':
      throw parsed.isArn ? invalidArn() : invalidKeyId(identifier);
    case 'key-id': {
      const key = getKeyById(world, principal.accountId, region, parsed.keyId);
      if (!key) throw keyNotFound(keyArn(region, principal.accountId, parsed.keyId));
      return key;
    }
    case 'key-arn': {
      // KMS is regional: an ARN of another Region is not an ARN this endpoint can use.
      if (parsed.region !== region || parsed.partition !== 'aws') throw invalidArn();
      const key = getKey(world, identifier);
      if (!key) throw keyNotFound(identifier);
      return key;
    }
    case 'alias-name':
    case 'alias-arn': {
      const account = parsed.kind === 'alias-arn' ? parsed.accountId : principal.accountId;
      const aliasRegion = parsed.kind === 'alias-arn' ? parsed.region : region;
      if (parsed.kind === 'alias-arn' && (aliasRegion !== region || parsed.partition !== 'aws'))
        throw invalidArn();
      const alias = getAlias(world, account, aliasRegion, parsed.aliasName);
      const arn = aliasArn(aliasRegion, account, parsed.aliasName);
      if (!alias) throw aliasNotFound(arn);
      const key = getKeyById(world, account, aliasRegion, alias.targetKeyId);
      if (!key) throw keyNotFound(keyArn(aliasRegion, account, alias.targetKeyId));
      return key;
    }
  }
}

/** Condition keys KMS puts in the request context for policies to test. */
export function kmsRequestContext(
  principal: Principal,
  encryptionContext?: Record<string, string>,
  viaService?: string,
): Record<string, string | string[] | undefined> {
  const context: Record<string, string | string[] | undefined> = {
    'aws:PrincipalAccount': principal.accountId,
    'aws:PrincipalArn': principal.roleArn ?? principal.arn,
    'kms:CallerAccount': principal.accountId,
    'kms:ViaService': viaService,
  };
  if (encryptionContext) {
    context['kms:EncryptionContextKeys'] = Object.keys(encryptionContext);
    for (const [name, value] of Object.entries(encryptionContext))
      context[`kms:EncryptionContext:${name}`] = value;
  }
  return context;
}

/** Key policy plus IAM (both, across accounts); explicit deny wins. Throws AccessDenied. */
export function authorizeKeyAction(
  principal: Principal,
  key: StoredKey,
  action: string,
  context: Record<string, string | string[] | undefined>,
  deny: (message: string) => AwsError,
): void {
  const result = authorizeWithResourcePolicy(
    principal,
    { action, resource: key.arn, context },
    key.accountId,
    policyOf(key),
  );
  if (!result.allowed) throw deny(result.message);
}

/** Operations that act on a key in a handler: resolve, then key policy + IAM. */
export function keyForOperation(
  ctx: RequestContext,
  identifier: string,
  action: string,
  encryptionContext?: Record<string, string>,
): StoredKey {
  const principal = requirePrincipal(ctx);
  const key = findKey(ctx.world, principal, identifier, ctx.region);
  authorizeKeyAction(principal, key, action, kmsRequestContext(principal, encryptionContext), (m) =>
    accessDenied(ctx, m),
  );
  return key;
}

/** IAM-only KMS actions on `*` (ListKeys, ListAliases, CreateKey). */
export function authorizeAccountAction(ctx: RequestContext, action: string): Principal {
  const principal = requirePrincipal(ctx);
  const result = authorizeIdentity(principal, {
    action,
    resource: '*',
    context: kmsRequestContext(principal),
  });
  if (!result.allowed) throw accessDenied(ctx, result.message);
  return principal;
}

/** Disabled and pending-deletion keys refuse cryptographic use. */
export function requireEnabled(key: StoredKey): void {
  if (key.keyState === 'Disabled') throw keyDisabled(key.arn);
  if (key.keyState === 'PendingDeletion') throw keyPendingDeletion(key.arn);
}

/** The key can encrypt with SYMMETRIC_DEFAULT (`operation` names the API in the message). */
export function requireSymmetricEncryption(key: StoredKey, operation: string): void {
  if (key.keyUsage !== 'ENCRYPT_DECRYPT') throw wrongKeyUsage(key.arn, key.keyUsage, operation);
  if (key.keySpec !== 'SYMMETRIC_DEFAULT') throw wrongKeySpec(key.arn, key.keySpec, operation);
}

/** Enabled, and a symmetric encryption key: what Encrypt, Decrypt and GenerateDataKey need. */
export function requireUsableForEncryption(key: StoredKey, operation: string): void {
  requireEnabled(key);
  requireSymmetricEncryption(key, operation);
}

/**
 * A key another service uses for a caller (S3, Transcribe): found, authorized for `action`
 * (key policy + IAM, `kms:ViaService` in the context) and usable for encryption.
 */
export function usableKeyFor(
  world: World,
  principal: Principal,
  identifier: string,
  action: string,
  region: string,
  options: {
    encryptionContext?: Record<string, string>;
    viaService?: string;
    deny: (message: string) => AwsError;
  },
): StoredKey {
  const key = findKey(world, principal, identifier, region);
  authorizeKeyAction(
    principal,
    key,
    action,
    kmsRequestContext(principal, options.encryptionContext, options.viaService),
    options.deny,
  );
  requireUsableForEncryption(key, action.slice('kms:'.length));
  return key;
}

/** Pending deletion blocks management operations too. */
export function requireNotPendingDeletion(key: StoredKey): void {
  if (key.keyState === 'PendingDeletion') throw keyPendingDeletion(key.arn);
}
