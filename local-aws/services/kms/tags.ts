import type { Tag } from '@aws-sdk/client-kms';
import { type Checks, constraint } from '../../core/validation';
import { tagError } from './errors';

// Tags on a KMS key, shared by CreateKey, TagResource, UntagResource and ListResourceTags.

export type KeyTag = { TagKey: string; TagValue: string };

/** A key holds at most 50 tags. */
export const MAX_TAGS = 50;

/** The model's checks on a Tags list (`tags.1.member.tagKey`: list members count from 1). */
export function checkTags(checks: Checks, tags: Tag[] | undefined): Checks {
  (tags ?? []).forEach((tag, i) => {
    const at = `tags.${i + 1}.member`;
    checks
      .required(`${at}.tagKey`, tag.TagKey)
      .length(`${at}.tagKey`, tag.TagKey, 1, 128)
      .required(`${at}.tagValue`, tag.TagValue)
      .length(`${at}.tagValue`, tag.TagValue, 0, 256);
  });
  return checks;
}

/** The model's checks on UntagResource's TagKeys: a list of 1–128 character strings. */
export function checkTagKeys(checks: Checks, keys: string[] | undefined): Checks {
  checks.required('tagKeys', keys);
  for (const key of keys ?? []) checks.type('tagKeys', key, 'string');
  if (keys?.some((key) => key.length < 1 || key.length > 128))
    checks.add({
      member: 'tagKeys',
      value: keys,
      constraint: constraint.eachMember([constraint.maxLength(128), constraint.minLength(1)]),
    });
  return checks;
}

/**
 * The key's tags after adding `added` (a new value replaces the old in place, new keys come
 * last), with KMS's TagExceptions: a key given twice, an `aws:` key (any case), more than 50.
 */
export function mergeTags(existing: readonly KeyTag[], added: readonly Tag[]): KeyTag[] {
  const keys = added.map((tag) => tag.TagKey ?? '');
  if (new Set(keys).size !== keys.length) throw tagError('Duplicate tag keys');
  if (keys.some((key) => key.toLowerCase().startsWith('aws:')))
    throw tagError('Tags beginning with aws: are reserved');
  const merged = existing.map((tag) => ({ ...tag }));
  for (const tag of added) {
    const value = { TagKey: tag.TagKey ?? '', TagValue: tag.TagValue ?? '' };
    const at = merged.findIndex((old) => old.TagKey === value.TagKey);
    if (at >= 0) merged[at] = value;
    else merged.push(value);
  }
  if (merged.length > MAX_TAGS) throw tagError('Too many tags');
  return merged;
}
