import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateKeyCommandInput, CreateKeyCommandOutput } from '@aws-sdk/client-kms';
import { AwsError } from '../../core/errors';
import type { RequestContext } from '../../core/types';
import { Checks } from '../../core/validation';
import { newKeyMaterial } from './crypto';
import { keyArn } from './identifiers';
import { authorizeAccountAction } from './key-access';
import { keyMetadata } from './key-metadata';
import { checkLockout, parseKeyPolicy } from './key-policy';
import { defaultKeyPolicy, KEY_SPECS, type StoredKey } from './model';
import { putKey } from './registry';
import { checkTags, mergeTags } from './tags';
import { POLICY_PATTERN, POLICY_PATTERN_TEXT } from './validate';

type Output = Omit<CreateKeyCommandOutput, '$metadata'>;

const KEY_USAGES = ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'];
const ORIGINS = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'];

/** Which key usages each key spec allows (SM2 exists only in China Regions). */
function usagesOf(spec: string): string[] {
  if (spec === 'SYMMETRIC_DEFAULT') return ['ENCRYPT_DECRYPT'];
  if (spec.startsWith('RSA_')) return ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'];
  if (spec.startsWith('ECC_NIST_P')) return ['SIGN_VERIFY', 'KEY_AGREEMENT'];
  if (spec.startsWith('HMAC_')) return ['GENERATE_VERIFY_MAC'];
  if (spec === 'SM2') return [];
  return ['SIGN_VERIFY'];
}

/** CreateKey: a customer managed key in the caller's account, default policy unless given. */
export function createKey(ctx: RequestContext, input: CreateKeyCommandInput): Output {
  const checks = new Checks()
    .length('description', input.Description, 0, 8192)
    .length('policy', input.Policy, 1, 131072)
    .pattern('policy', input.Policy, POLICY_PATTERN, POLICY_PATTERN_TEXT)
    .oneOf('keyUsage', input.KeyUsage, KEY_USAGES)
    .oneOf('keySpec', input.KeySpec, KEY_SPECS)
    .oneOf('customerMasterKeySpec', input.CustomerMasterKeySpec, KEY_SPECS)
    .oneOf('origin', input.Origin, ORIGINS);
  checkTags(checks, input.Tags).done();
  const principal = authorizeAccountAction(ctx, 'kms:CreateKey');
  // Tagging a key as it is created takes kms:TagResource as well.
  if (input.Tags?.length) authorizeAccountAction(ctx, 'kms:TagResource');
  if (input.KeySpec && input.CustomerMasterKeySpec)
    throw new AwsError(
      'ValidationException',
      'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
    );
  const tags = mergeTags([], input.Tags ?? []);
  if ((input.Origin ?? 'AWS_KMS') !== 'AWS_KMS' || input.CustomKeyStoreId || input.XksKeyId)
    throw new AwsError(
      'UnsupportedOperationException',
      'local-aws only creates keys with Origin AWS_KMS in the default key store.',
    );
  const keySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
  const keyUsage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
  if (!usagesOf(keySpec).includes(keyUsage))
    throw new AwsError(
      'ValidationException',
      `KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}`,
    );

  const keyId = input.MultiRegion ? `mrk-${randomBytes(16).toString('hex')}` : randomUUID();
  const arn = keyArn(ctx.region, principal.accountId, keyId);
  let policy = defaultKeyPolicy(principal.accountId);
  if (input.Policy !== undefined) {
    const document = parseKeyPolicy(input.Policy);
    checkLockout(
      principal,
      arn,
      principal.accountId,
      document,
      input.BypassPolicyLockoutSafetyCheck,
    );
    policy = input.Policy;
  }
  const key: StoredKey = {
    keyId,
    arn,
    accountId: principal.accountId,
    region: ctx.region,
    creationDate: ctx.world.now().getTime(),
    keyState: 'Enabled',
    description: input.Description ?? '',
    keyUsage: keyUsage as StoredKey['keyUsage'],
    keySpec,
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    multiRegion: input.MultiRegion ?? false,
    policy,
    ...(keySpec === 'SYMMETRIC_DEFAULT' ? { material: newKeyMaterial() } : {}),
    ...(tags.length ? { tags } : {}),
  };
  putKey(ctx.world, key);
  return { KeyMetadata: keyMetadata(key) };
}
