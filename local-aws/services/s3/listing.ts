import { element } from '../../protocols/xml';
import { invalidArgument } from './errors';
import { canonicalUserId, type S3ObjectDetails } from './model';

/** One entry of a listing page: an object's key, or a common prefix that stands for many. */
export type ListingEntry = { kind: 'object'; key: string } | { kind: 'prefix'; prefix: string };

export interface ListingPage {
  entries: ListingEntry[];
  truncated: boolean;
  /** The last entry returned, to resume after. */
  last?: ListingEntry;
}

/**
 * S3's listing walk over keys in UTF-8 order: keys after `after`, under `prefix`, grouped
 * at the first `delimiter` after the prefix; `maxKeys` counts objects and prefixes alike.
 * When `after` is a common prefix the walk skips every key under it.
 */
export function listPage(
  keys: string[],
  options: { prefix: string; delimiter: string; maxKeys: number; after?: string },
): ListingPage {
  const { prefix, delimiter, maxKeys, after } = options;
  const afterBytes = after === undefined ? undefined : Buffer.from(after);
  const entries: ListingEntry[] = [];
  let lastPrefix: string | undefined;
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    if (after !== undefined && afterBytes) {
      if (Buffer.compare(Buffer.from(key), afterBytes) <= 0) continue;
      if (delimiter && after.endsWith(delimiter) && key.startsWith(after)) continue;
    }
    let entry: ListingEntry = { kind: 'object', key };
    if (delimiter) {
      const cut = key.indexOf(delimiter, prefix.length);
      if (cut >= 0) {
        const common = key.slice(0, cut + delimiter.length);
        if (common === lastPrefix) continue;
        entry = { kind: 'prefix', prefix: common };
      }
    }
    if (entries.length >= maxKeys) return { entries, truncated: true, last: entries.at(-1) };
    entries.push(entry);
    if (entry.kind === 'prefix') lastPrefix = entry.prefix;
  }
  return { entries, truncated: false, last: entries.at(-1) };
}

export const entryName = (entry: ListingEntry) =>
  entry.kind === 'object' ? entry.key : entry.prefix;

/** S3's `encoding-type=url`: form encoding (space as `+`), keeping `/`. */
export function encodeS3Url(text: string): string {
  return encodeURIComponent(text)
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Checks the parameters both listing versions share; returns the page size to use. */
export function listingLimits(q: Record<string, string>): number {
  if (q['max-keys'] !== undefined && !/^\d+$/.test(q['max-keys']))
    throw invalidArgument(
      'Provided max-keys not an integer or within integer range',
      'max-keys',
      q['max-keys'],
    );
  if (q['encoding-type'] !== undefined && q['encoding-type'] !== 'url')
    throw invalidArgument(
      'Invalid Encoding Method specified in Request',
      'encoding-type',
      q['encoding-type'],
    );
  return Math.min(q['max-keys'] === undefined ? 1000 : Number(q['max-keys']), 1000);
}

/** The `<Contents>` and `<CommonPrefixes>` of a page, S3's order: objects, then prefixes. */
export function entriesXml(
  page: ListingPage,
  options: {
    encode: (text: string) => string;
    owner?: string;
    /** Describes a listed key (only the page's keys are looked up). */
    describe: (key: string) => S3ObjectDetails | undefined;
  },
): string {
  const owner = options.owner
    ? `<Owner>${element('ID', canonicalUserId(options.owner))}</Owner>`
    : '';
  const contents = page.entries
    .flatMap((e) => (e.kind === 'object' ? [options.describe(e.key)] : []))
    .filter((object): object is S3ObjectDetails => object !== undefined)
    .map(
      (object) =>
        `<Contents>${element('Key', options.encode(object.key))}${element('LastModified', object.lastModified.toISOString())}${element('ETag', object.etag)}${element('ChecksumAlgorithm', object.checksum.algorithm)}${element('ChecksumType', object.checksum.type ?? 'FULL_OBJECT')}${element('Size', object.size)}${owner}${element('StorageClass', 'STANDARD')}</Contents>`,
    )
    .join('');
  const prefixes = page.entries
    .filter((e): e is Extract<ListingEntry, { kind: 'prefix' }> => e.kind === 'prefix')
    .map((e) => `<CommonPrefixes>${element('Prefix', options.encode(e.prefix))}</CommonPrefixes>`)
    .join('');
  return contents + prefixes;
}
