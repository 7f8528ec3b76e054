import type { Plugin } from 'vite';

const inlineFont = /url\((['"]?)data:font\/(woff2?|ttf|otf);base64,([A-Za-z0-9+/=]+)\1\)/g;

/** "open-sans-700-italic", from the @font-face rule around `offset`. */
function faceName(css: string, offset: number): string {
  const start = css.lastIndexOf('@font-face', offset);
  const rule = start === -1 ? '' : css.slice(start, offset);
  const value = (property: string) =>
    new RegExp(`${property}\\s*:\\s*['"]?([^;'"]+)`).exec(rule)?.[1]?.trim() ?? '';
  const name = [value('font-family'), value('font-weight'), value('font-style')]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return name || 'font';
}

/**
 * Fonts inlined into CSS as base64 become font files of their own in the build.
 *
 * Cloudscape's global stylesheet carries its eight Open Sans faces inline: about 135 KiB of
 * gzip CSS on every first load, before anything renders, used or not. As files, a face is
 * fetched only when the page uses it, in parallel with the rest, and cached on its own. The
 * CSS is otherwise unchanged (same @font-face rules), so the page looks the same.
 */
export function fontFiles(): Plugin {
  return {
    name: 'font-files',
    apply: 'build',
    // Before Vite's own CSS plugin, which resolves and hashes the asset placeholders below.
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.css') || !code.includes('data:font/')) return null;
      const css = code.replace(
        inlineFont,
        (_match, _quote, format: string, data: string, offset: number) => {
          const referenceId = this.emitFile({
            type: 'asset',
            name: `${faceName(code, offset)}.${format}`,
            source: Buffer.from(data, 'base64'),
          });
          // Vite's placeholder for an emitted asset in CSS: replaced by the file's URL (with base).
          return `url(__VITE_ASSET__${referenceId}__)`;
        },
      );
      return { code: css, map: null };
    },
  };
}
