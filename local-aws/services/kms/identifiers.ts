// Pure parsing of the five forms a KMS key can be named by, and the ARNs KMS writes.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MRK = /^mrk-[0-9a-f]{32}$/i;
const ALIAS_NAME = /^alias\/[a-zA-Z0-9:/_-]+$/;
const ACCOUNT = /^\d{12}$/;

/** A key ID as KMS issues them: a UUID, or `mrk-` and 32 hex digits for multi-Region keys. */
export const isKeyId = (value: string): boolean => UUID.test(value) || MRK.test(value);

export type KeyIdentifier =
  | { kind: 'key-id'; keyId: string }
  | { kind: 'alias-name'; aliasName: string }
  | { kind: 'key-arn'; partition: string; region: string; accountId: string; keyId: string }
  | { kind: 'alias-arn'; partition: string; region: string; accountId: string; aliasName: string }
  /** Looks like neither: KMS answers `Invalid keyId …` (or `Invalid arn …` for ARNs). */
  | { kind: 'invalid'; isArn: boolean };

/** Parses a KeyId member. Never throws: the caller decides what each form means. */
export function parseKeyIdentifier(value: string): KeyIdentifier {
  if (value.startsWith('arn:')) {
    // arn:PARTITION:kms:REGION:ACCOUNT:key/ID | alias/NAME (the resource may contain ':').
    const parts = value.split(':');
    if (parts.length < 6) return { kind: 'invalid', isArn: true };
    const [, partition = '', service, region = '', accountId = ''] = parts;
    const resource = parts.slice(5).join(':');
    if (service !== 'kms' || !partition || !region || !ACCOUNT.test(accountId))
      return { kind: 'invalid', isArn: true };
    if (resource.startsWith('key/')) {
      const keyId = resource.slice('key/'.length);
      if (!isKeyId(keyId)) return { kind: 'invalid', isArn: true };
      return { kind: 'key-arn', partition, region, accountId, keyId };
    }
    if (ALIAS_NAME.test(resource))
      return { kind: 'alias-arn', partition, region, accountId, aliasName: resource };
    return { kind: 'invalid', isArn: true };
  }
  if (value.startsWith('alias/')) return { kind: 'alias-name', aliasName: value };
  if (isKeyId(value)) return { kind: 'key-id', keyId: value };
  return { kind: 'invalid', isArn: false };
}

export const keyArn = (region: string, accountId: string, keyId: string): string =>
  `arn:aws:kms:${region}:${accountId}:key/${keyId}`;

export const aliasArn = (region: string, accountId: string, aliasName: string): string =>
  `arn:aws:kms:${region}:${accountId}:${aliasName}`;

export type AliasNameProblem =
  { kind: 'pattern' } | { kind: 'length' } | { kind: 'prefix' } | { kind: 'reserved' };

/** Checks an alias name a customer wants to create (`alias/aws/` is AWS's own). */
export function checkAliasName(name: string): AliasNameProblem | undefined {
  if (name.length < 1 || name.length > 256) return { kind: 'length' };
  if (!/^[a-zA-Z0-9:/_-]+$/.test(name)) return { kind: 'pattern' };
  if (!name.startsWith('alias/') || name === 'alias/') return { kind: 'prefix' };
  if (name.startsWith('alias/aws/')) return { kind: 'reserved' };
  return undefined;
}
