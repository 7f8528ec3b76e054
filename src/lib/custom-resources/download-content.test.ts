import { describe, expect, it } from 'vitest';
import { parseDownloadContent } from './download-content';

describe("a DownloadUri's content", () => {
  it('reads the table format under its own header', () => {
    expect(
      parseDownloadContent(
        'Phrase\tIPA\tSoundsLike\tDisplayAs\nLos-Angeles\t\t\tLos Angeles\n',
        'Word',
      ),
    ).toEqual({
      columns: ['Phrase', 'IPA', 'SoundsLike', 'DisplayAs'],
      rows: [['Los-Angeles', '', '', 'Los Angeles']],
    });
  });

  it('reads a list as one term per line, blank lines skipped', () => {
    expect(parseDownloadContent('darn\r\n\r\nheck\n', 'Word')).toEqual({
      columns: ['Word'],
      rows: [['darn'], ['heck']],
    });
  });
});
