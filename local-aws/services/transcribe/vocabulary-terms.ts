/**
 * The terms of custom vocabularies and vocabulary filters: each language's character set, and
 * the two file formats Transcribe reads (a list, one term per line; or a table with a header
 * of Phrase, IPA, SoundsLike, DisplayAs, tab separated).
 *
 * Character sets ("Character sets for custom vocabularies and vocabulary filters" in the
 * Transcribe developer guide, which the model's Phrases documentation points to): English's
 * is a–z, A–Z, apostrophe, hyphen and period. The other languages' sets are long tables of
 * their own letters; here they are any letter or combining mark of any script plus the same
 * three marks, which refuses what no set has (spaces, digits, other punctuation) without
 * copying the tables. A term never starts with a hyphen (words are joined by hyphens).
 */

const ENGLISH_TERM = /^[A-Za-z'.][A-Za-z'.-]*$/;
const ANY_SCRIPT_TERM = /^[\p{L}\p{M}'.][\p{L}\p{M}'.-]*$/u;

/** Whether a term (a phrase, a filter word, a SoundsLike) fits the language's character set. */
export function termFits(languageCode: string, term: string): boolean {
  return (languageCode.startsWith('en-') ? ENGLISH_TERM : ANY_SCRIPT_TERM).test(term);
}

export const TABLE_COLUMNS = ['Phrase', 'IPA', 'SoundsLike', 'DisplayAs'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

/** One entry of a vocabulary, as the table format has it. */
export type VocabularyRow = Partial<Record<TableColumn, string>> & { Phrase: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A file's text, or why it is not text: Transcribe reads UTF-8 only. */
export function decodeText(body: Buffer): Parsed<string> {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    if (text.includes('\u0000')) return { ok: false, problem: "it isn't a text file" };
    return { ok: true, value: text.replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, problem: "it isn't UTF-8 text" };
  }
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '');

/** A list file: one term per line. */
export function parseList(text: string, languageCode: string): Parsed<string[]> {
  const entries = lines(text);
  if (entries.length === 0) return { ok: false, problem: 'the file is empty' };
  const terms: string[] = [];
  for (const { line, number } of entries) {
    const term = line.trim();
    if (!termFits(languageCode, term))
      return {
        ok: false,
        problem: `line ${number} ("${term.slice(0, 50)}") has characters that ${languageCode} doesn't allow`,
      };
    terms.push(term);
  }
  return { ok: true, value: terms };
}

/** A vocabulary file in either format: a table when its first line is a header. */
export function parseVocabularyFile(text: string, languageCode: string): Parsed<VocabularyRow[]> {
  const entries = lines(text);
  const header = entries[0]?.line.split('\t').map((cell) => cell.trim()) ?? [];
  if (!header.includes('Phrase')) {
    const list = parseList(text, languageCode);
    return list.ok ? { ok: true, value: list.value.map((Phrase) => ({ Phrase })) } : list;
  }
  const unknown = header.find((name) => !(TABLE_COLUMNS as readonly string[]).includes(name));
  if (unknown !== undefined)
    return {
      ok: false,
      problem: `the header names a column "${unknown}": the columns are Phrase, IPA, SoundsLike and DisplayAs`,
    };
  if (new Set(header).size !== header.length)
    return { ok: false, problem: 'the header names a column twice' };
  const rows: VocabularyRow[] = [];
  for (const { line, number } of entries.slice(1)) {
    const cells = line.split('\t');
    if (cells.length > header.length)
      return {
        ok: false,
        problem: `line ${number} has ${cells.length} columns but the header has ${header.length}`,
      };
    const row = Object.fromEntries(
      header
        .map((name, i) => [name, cells[i]?.trim() ?? ''] as const)
        .filter(([, value]) => value !== ''),
    ) as VocabularyRow;
    if (!row.Phrase) return { ok: false, problem: `line ${number} has no Phrase` };
    if (!termFits(languageCode, row.Phrase))
      return {
        ok: false,
        problem: `line ${number} ("${row.Phrase.slice(0, 50)}") has characters that ${languageCode} doesn't allow`,
      };
    if (row.IPA && row.SoundsLike)
      return { ok: false, problem: `line ${number} has both IPA and SoundsLike: use one` };
    if (row.SoundsLike && !termFits(languageCode, row.SoundsLike))
      return {
        ok: false,
        problem: `line ${number} has a SoundsLike with characters that ${languageCode} doesn't allow`,
      };
    rows.push(row);
  }
  if (rows.length === 0) return { ok: false, problem: 'the table has a header but no rows' };
  return { ok: true, value: rows };
}

/** The stored form of a vocabulary, which its DownloadUri serves: always the table format. */
export function vocabularyTable(rows: readonly VocabularyRow[]): string {
  const body = rows.map((row) => TABLE_COLUMNS.map((column) => row[column] ?? '').join('\t'));
  return `${[TABLE_COLUMNS.join('\t'), ...body].join('\n')}\n`;
}

/** The stored form of a vocabulary filter: one word per line. */
export const wordList = (words: readonly string[]) => `${words.join('\n')}\n`;
