import { languageName } from '@/lib/transcribe/languages';

/*
 * The terms of custom vocabularies (phrases) and vocabulary filters (words), checked as
 * Transcribe checks them: each language has a character set ("Character sets for custom
 * vocabularies and vocabulary filters", which the API model's Phrases documentation points
 * to). English's is a–z, A–Z, apostrophe, hyphen and period; the others are long tables of
 * their own letters, taken here as any letter of any script with the same three marks. No set
 * has spaces, digits or other punctuation, and a term never starts with a hyphen. local-aws
 * refuses the same terms (services/transcribe/vocabulary-terms.ts).
 */

export const MAX_TERM_LENGTH = 256;

const ENGLISH_LETTER = /^[A-Za-z'.-]$/;
const ANY_LETTER = /^[\p{L}\p{M}'.-]$/u;

export type TermKind = 'phrase' | 'word';

/** Why a phrase or word does not fit the language, or undefined when it does. */
export function termProblem(
  term: string,
  languageCode: string,
  kind: TermKind,
): string | undefined {
  if (!term) return `Enter a ${kind}, or remove the row.`;
  if (term.length > MAX_TERM_LENGTH)
    return `A ${kind} can be at most ${MAX_TERM_LENGTH} characters; this one has ${term.length}.`;
  if (/\s/.test(term))
    return kind === 'phrase'
      ? `"${term}" has a space. Join the words of a phrase with hyphens, such as Los-Angeles.`
      : `"${term}" has a space. Enter one word per row.`;
  const digit = /\d/.exec(term)?.[0];
  if (digit)
    return `"${term}" has the digit "${digit}". Write numbers as words, such as twenty-one.`;
  if (term.startsWith('-')) return `A ${kind} can't start with a hyphen.`;
  const english = languageCode.startsWith('en-');
  const bad = [...term].find((ch) => !(english ? ENGLISH_LETTER : ANY_LETTER).test(ch));
  if (bad !== undefined)
    return english
      ? `"${term}" has "${bad}", which ${languageName(languageCode)} doesn't allow. Use the letters a–z and A–Z, apostrophes ('), periods (.) and hyphens (-).`
      : `"${term}" has "${bad}", which ${languageName(languageCode)} doesn't allow. Use letters, apostrophes ('), periods (.) and hyphens (-).`;
  return undefined;
}

/** What the list editor says under its rows, for the chosen language. */
export function termsConstraint(languageCode: string, kind: TermKind): string {
  const letters = languageCode.startsWith('en-')
    ? 'the letters a–z and A–Z'
    : `letters of ${languageName(languageCode)}`;
  const join = kind === 'phrase' ? ' Join the words of a phrase with hyphens.' : '';
  return `Use ${letters}, apostrophes ('), periods (.) and hyphens (-); no spaces or digits.${join} Up to ${MAX_TERM_LENGTH} characters each.`;
}
