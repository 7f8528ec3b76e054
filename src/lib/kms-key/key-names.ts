import { parse as parseArn, validate as looksLikeArn } from '@aws-sdk/util-arn-parser';

/** An alias the analyst chose or typed for a key, and the key it was resolved to, if known. */
export interface KnownKeyAlias {
  /** `alias/NAME`, or an alias ARN. */
  alias: string;
  /** As it was sent or resolved: a key ID, key ARN or alias ARN. */
  keyRef?: string;
}

const keyIdOf = (ref: string): string | undefined => {
  if (!looksLikeArn(ref)) return /^alias\//.test(ref) ? undefined : ref;
  const { resource } = parseArn(ref);
  return resource.startsWith('key/') ? resource.slice('key/'.length) : undefined;
};

/** The account of a key ARN, or nothing for anything else. */
export function keyAccountOf(keyArn: string): string | undefined {
  if (!looksLikeArn(keyArn)) return undefined;
  const { service, accountId, resource } = parseArn(keyArn);
  return service === 'kms' && resource.startsWith('key/') ? accountId : undefined;
}

/** `alias/NAME` for an alias ARN, the name as is otherwise. */
export function aliasNameOf(alias: string): string {
  if (!looksLikeArn(alias)) return alias;
  return parseArn(alias).resource;
}

/**
 * The alias to show beside a key ARN, and whether to ask ListAliases: a known alias serves
 * when it was given for this very key (or for an alias ARN, whose key only KMS knows); a key
 * of the analyst's own account can be looked up; another account's cannot.
 */
export function aliasOfKey(
  keyArn: string,
  accountId: string | undefined,
  known?: KnownKeyAlias,
): { alias?: string; lookUp: boolean } {
  const keyId = keyIdOf(keyArn);
  const knownKeyId = known?.keyRef ? keyIdOf(known.keyRef) : undefined;
  if (known && (knownKeyId === undefined || knownKeyId === keyId))
    return { alias: known.alias, lookUp: false };
  const owner = keyAccountOf(keyArn);
  return { lookUp: owner !== undefined && owner === accountId };
}

const KEY_ARN_IN_TEXT = /arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-z-]+/g;

/** The key ARNs a text names (a job's failure reason), each once, in order. */
export function keyArnsIn(text: string): string[] {
  return [...new Set(text.match(KEY_ARN_IN_TEXT) ?? [])];
}

/** The text cut around each of the key ARNs, for showing an alias beside each one. */
export function splitAtKeyArns(text: string): ({ text: string } | { keyArn: string })[] {
  const parts: ({ text: string } | { keyArn: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(KEY_ARN_IN_TEXT)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ keyArn: match[0] });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
