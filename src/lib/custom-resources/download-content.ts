/**
 * A DownloadUri's content as a table: a vocabulary comes back in the table format (a header
 * of Phrase, IPA, SoundsLike, DisplayAs, tab separated); a filter as one word per line.
 */
export interface DownloadTableContent {
  columns: string[];
  rows: string[][];
}

export function parseDownloadContent(text: string, listColumn: string): DownloadTableContent {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0]?.split('\t') ?? [];
  if (header.includes('Phrase'))
    return {
      columns: header,
      rows: lines.slice(1).map((line) => header.map((_, i) => line.split('\t')[i] ?? '')),
    };
  return { columns: [listColumn], rows: lines.map((line) => [line.trim()]) };
}
