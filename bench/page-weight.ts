import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { e2eConfig } from '../e2e/local-aws-url';
import { type BenchResult, spawnLocalAws } from './lib';
import { startPreview } from './preview';

/** Budgets in gzip bytes of JS + CSS loaded for a page (first visit, empty cache). */
const budgets: Record<string, { js: number; css: number }> = {
  '/signin': { js: 450_000, css: 230_000 },
  '/jobs/create': { js: 750_000, css: 260_000 },
};

interface Loaded {
  url: string;
  type: 'js' | 'css';
  gzipBytes: number;
}

/** Records every JS and CSS response the page loads, with its gzip size. */
function recordAssets(page: Page): Loaded[] {
  const loaded: Loaded[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    const type = url.endsWith('.js') ? 'js' : url.endsWith('.css') ? 'css' : undefined;
    if (!type || !url.includes('/assets/')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    loaded.push({ url: url.replace(/^.*\/assets\//, ''), type, gzipBytes: gzipSync(body).length });
  });
  return loaded;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** gzip bytes of JS and CSS loaded for /signin and /jobs/create, per chunk, against budgets. */
export async function benchPageWeight(): Promise<BenchResult> {
  const localAws = await spawnLocalAws();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const lines: string[] = [];
  const failures: string[] = [];
  try {
    const config = e2eConfig(localAws.url);
    const base = preview.url;

    const measure = async (path: string, prepare?: (page: Page) => Promise<void>) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.route('**/config.json', (route) => route.fulfill({ json: config }));
      if (prepare) await prepare(page);
      const loaded = recordAssets(page);
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await context.close();
      const js = loaded.filter((l) => l.type === 'js').reduce((n, l) => n + l.gzipBytes, 0);
      const css = loaded.filter((l) => l.type === 'css').reduce((n, l) => n + l.gzipBytes, 0);
      lines.push(`${path}: JS ${kb(js)} + CSS ${kb(css)} gzip in ${loaded.length} files`);
      for (const l of loaded.sort((a, b) => b.gzipBytes - a.gzipBytes))
        lines.push(`    ${l.type.padEnd(3)} ${kb(l.gzipBytes).padStart(10)}  ${l.url}`);
      const budget = budgets[path]!;
      if (js > budget.js) failures.push(`${path} JS ${kb(js)} > ${kb(budget.js)}`);
      if (css > budget.css) failures.push(`${path} CSS ${kb(css)} > ${kb(budget.css)}`);
    };

    await measure('/signin');
    // /jobs/create needs a session: sign in first in the same context, then measure a fresh load.
    await measure('/jobs/create', async (page) => {
      await page.goto(`${base}/signin`);
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
