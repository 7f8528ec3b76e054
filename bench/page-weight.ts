import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { e2eConfig } from '../e2e/local-aws-url';
import { type BenchResult, builtAssetsDir, kib, spawnLocalAws } from './lib';
import { startPreview } from './preview';
import { bytesBySource, sourcesOf } from './source-map';

/** Budgets in gzip bytes of JS + CSS loaded for a page (first visit, empty cache). */
const budgets: Record<string, number> = {
  '/signin': 300 * 1024,
  '/jobs/create': 550 * 1024,
};

/** What the sign-in page must not load: the signed-in shell and the SDK clients. */
const notOnSignIn = [
  /\/src\/app\/shell\.tsx$/,
  /\/src\/lib\/aws\/clients\.ts$/,
  /@aws-sdk\/client-/,
];

interface Loaded {
  file: string;
  type: 'js' | 'css' | 'font';
  gzipBytes: number;
  body: Buffer;
}

/** Records every JS, CSS and font file the page loads, with its gzip size. */
function recordAssets(page: Page): { loaded: Loaded[]; pending: Promise<unknown>[] } {
  const loaded: Loaded[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    const type = /\.m?js$/.test(url.pathname)
      ? 'js'
      : url.pathname.endsWith('.css')
        ? 'css'
        : /\.(woff2?|ttf|otf)$/.test(url.pathname)
          ? 'font'
          : undefined;
    if (!type || !url.pathname.startsWith('/assets/')) return;
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) =>
          loaded.push({
            file: url.pathname.slice('/assets/'.length),
            type,
            // Font files are compressed already: their size is what travels.
            gzipBytes: type === 'font' ? body.length : gzipSync(body).length,
            body,
          }),
        ),
    );
  });
  return { loaded, pending };
}

/** The three largest owners of a chunk's bytes, from its source map. */
function topSources(file: string): string {
  try {
    const bytes = [...bytesBySource(join(builtAssetsDir(), file))];
    const total = bytes.reduce((n, [, b]) => n + b, 0);
    return bytes
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([owner, b]) => `${owner} ${((100 * b) / total).toFixed(0)}%`)
      .join(', ');
  } catch {
    return '';
  }
}

/** gzip bytes of JS and CSS loaded for /signin and /jobs/create, per chunk, against budgets. */
export async function benchPageWeight(): Promise<BenchResult> {
  const localAws = await spawnLocalAws();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const lines: string[] = [];
  const failures: string[] = [];
  try {
    const config = e2eConfig(localAws.url);

    const measure = async (path: string, prepare?: (page: Page) => Promise<void>) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route('**/config.json', (route) => route.fulfill({ json: config }));
      if (prepare) await prepare(page);
      const { loaded, pending } = recordAssets(page);
      await page.goto(`${preview.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      await context.close();
      // A file fetched twice (a font asked for again while the first request was cut short)
      // counts once, at its full size.
      const byFile = new Map<string, Loaded>();
      for (const l of loaded)
        if ((byFile.get(l.file)?.gzipBytes ?? -1) < l.gzipBytes) byFile.set(l.file, l);
      loaded.splice(0, loaded.length, ...byFile.values());

      const sum = (type: Loaded['type']) =>
        loaded.filter((l) => l.type === type).reduce((n, l) => n + l.gzipBytes, 0);
      const [js, css, fonts] = [sum('js'), sum('css'), sum('font')];
      const budget = budgets[path]!;
      lines.push(
        `${path}: ${kib(js + css)} (JS ${kib(js)} + CSS ${kib(css)}) gzip in ${loaded.length - loaded.filter((l) => l.type === 'font').length} files, budget ${kib(budget)}; fonts ${kib(fonts)} in ${loaded.filter((l) => l.type === 'font').length} files`,
      );
      for (const l of loaded.sort((a, b) => b.gzipBytes - a.gzipBytes)) {
        const top = l.type === 'js' ? topSources(l.file) : '';
        lines.push(
          `    ${l.type.padEnd(4)} ${kib(l.gzipBytes).padStart(10)}  ${l.file}${top ? `  (${top})` : ''}`,
        );
      }
      if (js + css > budget) failures.push(`${path} JS + CSS ${kib(js + css)} > ${kib(budget)}`);
      const inlined = loaded.filter((l) => l.type === 'css' && l.body.includes('data:font/'));
      for (const l of inlined) failures.push(`${path}: ${l.file} inlines fonts as data: URLs`);
      return loaded;
    };

    const signInAssets = await measure('/signin');
    for (const l of signInAssets.filter((a) => a.type === 'js')) {
      let sources: string[] = [];
      try {
        sources = sourcesOf(join(builtAssetsDir(), l.file));
      } catch {
        failures.push(`/signin: no source map for ${l.file}, so what it holds is unknown`);
      }
      for (const source of sources.filter((s) => notOnSignIn.some((re) => re.test(s))))
        failures.push(`/signin loads ${source.replace(/^(\.\.\/)+/, '')} (in ${l.file})`);
    }

    // /jobs/create needs a session: sign in first in the same context, then measure a fresh load.
    await measure('/jobs/create', async (page) => {
      await page.goto(`${preview.url}/signin`);
      await page.getByLabel('Username').fill('analyst');
      await page.getByLabel('Password', { exact: true }).fill('Analyst-Passw0rd!');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/jobs$/);
      await page.getByRole('heading', { level: 1, name: 'Transcription jobs' }).waitFor();
      // Measure with an empty HTTP cache but the session kept.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
    });
  } finally {
    await browser.close();
    await preview.stop();
    await localAws.stop();
  }
  return { name: 'Page weight (gzip, first load, empty cache)', lines, failures };
}
