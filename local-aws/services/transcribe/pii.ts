import type { PiiEntityType } from '@aws-sdk/client-transcribe';

/**
 * A small PII recogniser for the emulated redaction. It recognises no speech and no language:
 * it finds, in the text the media object declares, the shapes Transcribe's batch redaction
 * names (developer guide, "Redacting PII in your batch job"): names from a short list,
 * numbers shaped like phone, card, bank account and social security numbers, e-mail
 * addresses and street addresses. Enough for a reader of the redacted format to get real
 * `[PII]` items with their entity types; nothing like a real model.
 */

/** An entity found in the text: `[start, end)` character offsets. */
export interface PiiSpan {
  start: number;
  end: number;
  type: PiiEntityType;
}

/** First names and surnames the recogniser knows (names are the hardest entity to fake). */
const NAMES = [
  'Alice',
  'Bob',
  'Carlos',
  'Chen',
  'Garcia',
  'Jane',
  'John',
  'Johnson',
  'Kim',
  'Lee',
  'Maria',
  'Nguyen',
  'Patel',
  'Sam',
  'Smith',
  'Sofia',
] as const;

const NAME = `(?:${NAMES.join('|')})`;
const STREET = '(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct)';

/**
 * Each recognised shape, most specific first: a span taken by an earlier pattern is not
 * looked at again (a card number is not also an account number).
 */
const PATTERNS: readonly { type: PiiEntityType; pattern: RegExp }[] = [
  { type: 'EMAIL', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  { type: 'SSN', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { type: 'CREDIT_DEBIT_NUMBER', pattern: /\b\d{4}(?:[ -]\d{4}){3}\b|\b\d{16}\b/g },
  { type: 'PHONE', pattern: /(?:\(\d{3}\) ?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b/g },
  { type: 'BANK_ACCOUNT_NUMBER', pattern: /\b\d{10,12}\b/g },
  { type: 'ADDRESS', pattern: new RegExp(`\\b\\d{1,6}(?: [A-Z][a-z]+)+ ${STREET}\\b`, 'g') },
  { type: 'NAME', pattern: new RegExp(`\\b${NAME}(?: ${NAME})*\\b`, 'g') },
];

/** Every entity type the recogniser can find. */
export const RECOGNISED_PII_TYPES: readonly PiiEntityType[] = PATTERNS.map((p) => p.type);

/**
 * The entities of the wanted types in `text`, in order, never overlapping. `types` is the
 * request's PiiEntityTypes: absent, empty or with `ALL` means every type.
 */
export function findPii(text: string, types?: readonly PiiEntityType[]): PiiSpan[] {
  const all = !types || types.length === 0 || types.includes('ALL');
  const taken: PiiSpan[] = [];
  const overlaps = (start: number, end: number) =>
    taken.some((span) => start < span.end && span.start < end);
  for (const { type, pattern } of PATTERNS) {
    // A span of an unwanted type is still taken, so that it is not redacted as another type
    // (a card number is never redacted as a bank account number).
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!overlaps(start, end)) taken.push({ start, end, type });
    }
  }
  return taken.filter((span) => all || types.includes(span.type)).sort((a, b) => a.start - b.start);
}
