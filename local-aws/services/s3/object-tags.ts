import { AwsError } from '../../core/errors';
import { element } from '../../protocols/xml';
import { childrenNamed, parseXml, XmlSyntaxError } from '../../protocols/xml-reader';
import { invalidArgument, malformedXml } from './errors';
import type { ObjectTag } from './model';
import { document } from './xml';

// Object tags as S3 takes them (the `x-amz-tagging` header of a write, PutObjectTagging's XML)
// and returns them (GetObjectTagging's XML, HeadObject's `x-amz-tagging-count`).

/** An object holds at most 10 tags. */
export const MAX_OBJECT_TAGS = 10;

const MAX_TAGGING_XML = 64 * 1024;

/** Letters, numbers, spaces (any script) and `_ . : / = + - @`: what a tag may be made of. */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

const invalidTag = (message: string, tag: Partial<ObjectTag>) =>
  new AwsError('InvalidTag', message, 400, {
    ...(tag.Key === undefined ? {} : { TagKey: tag.Key }),
    ...(tag.Value === undefined ? {} : { TagValue: tag.Value }),
  });

/** S3's checks on a tag set, with its errors: count, lengths, characters, `aws:`, duplicates. */
export function checkObjectTags(tags: readonly ObjectTag[]): ObjectTag[] {
  if (tags.length > MAX_OBJECT_TAGS)
    throw new AwsError('BadRequest', 'Object tags cannot be greater than 10', 400);
  const seen = new Set<string>();
  for (const tag of tags) {
    if (tag.Key.length < 1 || !TAG_TEXT.test(tag.Key))
      throw invalidTag('The TagKey you have provided is invalid', { Key: tag.Key });
    if (tag.Key.length > 128)
      throw invalidTag('The TagKey you have provided is too long, max 128', { Key: tag.Key });
    if (!TAG_TEXT.test(tag.Value))
      throw invalidTag('The TagValue you have provided is invalid', tag);
    if (tag.Value.length > 256)
      throw invalidTag('The TagValue you have provided is too long, max 256', tag);
    if (tag.Key.startsWith('aws:'))
      throw invalidTag('Your TagKey cannot be prefixed with aws:', { Key: tag.Key });
    if (seen.has(tag.Key))
      throw invalidTag('Cannot provide multiple Tags with the same key', { Key: tag.Key });
    seen.add(tag.Key);
  }
  return [...tags];
}

/**
 * The `x-amz-tagging` header: URL query parameters (`a=1&b=`, a bare `a` is an empty value,
 * empty pairs are skipped). Anything S3 cannot read as that, or a name given twice, is the
 * header's InvalidArgument.
 */
export function parseTaggingHeader(header: string): ObjectTag[] {
  const refuse = () =>
    invalidArgument(
      "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates.",
      'x-amz-tagging',
      header,
    );
  const tags: ObjectTag[] = [];
  for (const pair of header.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [rawKey, rawValue] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    let tag: ObjectTag;
    try {
      tag = {
        Key: decodeURIComponent(rawKey.replace(/\+/g, ' ')),
        Value: decodeURIComponent(rawValue.replace(/\+/g, ' ')),
      };
    } catch {
      throw refuse();
    }
    if (!TAG_TEXT.test(tag.Key) || !TAG_TEXT.test(tag.Value)) throw refuse();
    if (tags.some((other) => other.Key === tag.Key)) throw refuse();
    tags.push(tag);
  }
  return checkObjectTags(tags);
}

/** PutObjectTagging's body: `<Tagging><TagSet><Tag><Key/><Value/></Tag>…</TagSet></Tagging>`. */
export function parseTaggingXml(xml: string): ObjectTag[] {
  // Ten tags fit in a few kilobytes; a larger body is not a tag set.
  if (xml.length > MAX_TAGGING_XML) throw malformedXml();
  let root;
  try {
    root = parseXml(xml, { maxLength: MAX_TAGGING_XML, maxDepth: 8 });
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw malformedXml();
    throw error;
  }
  const sets = childrenNamed(root, 'TagSet');
  if (!/^(?:\w+:)?Tagging$/.test(root.name) || sets.length !== 1) throw malformedXml();
  const tags: ObjectTag[] = [];
  for (const tag of sets[0]!.children) {
    const keys = childrenNamed(tag, 'Key');
    const values = childrenNamed(tag, 'Value');
    if (!/^(?:\w+:)?Tag$/.test(tag.name) || keys.length !== 1 || values.length !== 1)
      throw malformedXml();
    tags.push({ Key: keys[0]!.text, Value: values[0]!.text });
  }
  return checkObjectTags(tags);
}

/** GetObjectTagging's document. */
export function taggingDocument(tags: readonly ObjectTag[]): string {
  const set = tags
    .map((tag) => `<Tag>${element('Key', tag.Key)}${element('Value', tag.Value)}</Tag>`)
    .join('');
  return document('Tagging', `<TagSet>${set}</TagSet>`);
}
