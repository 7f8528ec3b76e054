import { type Browser, chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { e2eConfig } from '../e2e/local-aws-url';
import { type BenchResult, kib, median, ratio, spawnLocalAws, table } from './lib';
import { startPreview } from './preview';

/** Chromium's network emulation: 10 Mbit/s each way, 40 ms round trip. */
const THROTTLED = {
  offline: false,
  latency: 40,
  downloadThroughput: 10_000_000 / 8,
  uploadThroughput: 10_000_000 / 8,
};
const ROUNDS = 3;

/**
 * Recorded in the page from its first script on: the time (from navigation start) of the
 * first frame in which the create form can be used, its heading shown, "Name" editable and
 * "Create job" enabled. A string: tsx's helpers do not exist inside the page.
 */
const WATCH_FOR_USABLE_FORM = `(() => {
  const usable = () => {
    if (![...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === 'Create transcription job')) return false;
    const name = [...document.querySelectorAll('input')].find((input) =>
      [...(input.labels ?? [])].some((label) => label.textContent.trim() === 'Name'));
    const submit = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Create job');
    return Boolean(name && !name.disabled && !name.readOnly && submit && !submit.disabled);
  };
  const check = () => {
    if (usable()) window.__reportUsable(performance.now());
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

interface Load {
  ms: number;
  requests: number;
  bytes: number;
}

/** A signed-in user opens /jobs/create with an empty cache; throttled or not. */
async function loadCreateForm(
  browser: Browser,
  appUrl: string,
  localAwsUrl: string,
  throttled: boolean,
): Promise<Load> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Routing config.json also turns off Chromium's HTTP cache for the context: every load is
    // an empty-cache load. config.json itself is answered here, without the emulated network.
    await page.route('**/config.json', (route) => route.fulfill({ json: e2eConfig(localAwsUrl) }));
    await page.goto(`${appUrl}/signin`);
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password', { exact: true }).fill('Analyst-Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Transcription jobs' }).waitFor();

    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    if (throttled) await cdp.send('Network.emulateNetworkConditions', THROTTLED);
    let requests = 0;
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', () => requests++);
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));

    let reportUsable: (ms: number) => void = () => {};
    const usableAt = new Promise<number>((resolveMs) => (reportUsable = resolveMs));
    await page.exposeFunction('__reportUsable', (ms: number) => reportUsable(ms));
    await page.addInitScript(WATCH_FOR_USABLE_FORM);
    await page.goto(`${appUrl}/jobs/create`);
    const ms = await usableAt;
    // What the form still loads once usable (the account ID, fonts) counts as transferred.
    await page.waitForLoadState('networkidle');
    return { ms, requests, bytes };
  } finally {
    await context.close();
  }
}

/**
 * Time to a usable create form for a signed-in user with an empty cache, on Chromium's
 * emulated 10 Mbit/s, 40 ms network beside the same load without throttling.
 */
export async function benchCreateFormTime(): Promise<BenchResult> {
  const localAws = await spawnLocalAws();
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const loads: Record<'plain' | 'throttled', Load[]> = { plain: [], throttled: [] };
  try {
    // In turn, so that the machine's load weighs on both alike.
    for (let round = 0; round < ROUNDS; round++) {
      loads.plain.push(await loadCreateForm(browser, preview.url, localAws.url, false));
      loads.throttled.push(await loadCreateForm(browser, preview.url, localAws.url, true));
    }
  } finally {
    await browser.close();
    await preview.stop();
    await localAws.stop();
  }
  const ms = (kind: 'plain' | 'throttled') => median(loads[kind].map((l) => l.ms));
  const row = (label: string, kind: 'plain' | 'throttled') => [
    label,
    `${ms(kind).toFixed(0)} ms`,
    ratio(ms(kind), ms('plain')),
    loads[kind].map((l) => l.ms.toFixed(0)).join(' '),
    String(median(loads[kind].map((l) => l.requests))),
    kib(median(loads[kind].map((l) => l.bytes))),
  ];
  const throttledBytes = median(loads.throttled.map((l) => l.bytes));
  return {
    name: 'Time to a usable create form (signed in, empty cache)',
    lines: [
      ...table(
        ['network', 'median', '× plain', 'each', 'requests', 'transferred'],
        [row('loopback, no throttling', 'plain'), row('10 Mbit/s, 40 ms RTT', 'throttled')],
      ),
      `at 10 Mbit/s the ${kib(throttledBytes)} transferred take ${((throttledBytes * 8) / 10_000).toFixed(0)} ms on the wire alone; the rest is round trips (40 ms each, in chains of imports and calls) and the page's own work`,
    ],
    failures: [],
  };
}
