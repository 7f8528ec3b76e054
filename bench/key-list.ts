import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KMSClient, type ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { e2eConfig } from '../e2e/local-aws-url';
import type { ServerProcess } from '../scripts/server-process';
import { type KmsSender, loadKeyOptions } from '../src/lib/kms-key/api/list-key-options';
import { adminCredentials, type BenchResult, median, ratio, spawnLocalAws, table } from './lib';
import { startPreview } from './preview';

interface LoggedRequest {
  service: string;
  operation: string;
}

/** Key counts of the growth table; the first is the reference the others are compared with. */
const COUNTS = [100, 1_000, 10_000];
/** The filter keystroke at the largest count may take this many times the reference's. */
const KEYSTROKE_RATIO_BUDGET = 1.5;
/** Typed into the filter, cleared and typed again: 28 keystrokes per count. */
const FILTER = 'generated-0009';
const KEYSTROKE_ROUNDS = 2;

/** A seed with exactly `count` customer-visible keys and as many aliases (the seed has 8 and 7 of its own). */
function seedFile(count: number): string {
  const path = join(tmpdir(), `key-list-bench-${count}.json`);
  writeFileSync(path, JSON.stringify({ generatedKeys: count - 8, generatedExtraAliases: 1 }));
  return path;
}

async function requestLog(url: string): Promise<LoggedRequest[]> {
  return ((await (await fetch(`${url}/_local/requests`)).json()) as { requests: LoggedRequest[] })
    .requests;
}

interface Measured {
  count: number;
  options: number;
  firstOptions: number;
  firstKeys: number;
  firstAliases: number;
  keys: number;
  aliases: number;
  describes: number;
  firstMs: number;
  fullMs: number;
  /** In the page: from opening the select to "N keys" shown. */
  pageMs: number;
  keystrokes: number[];
}

/**
 * Round trips and time of the console's own key-list loader, with a real KMS client: one
 * warm-up load (connections, code paths), then the median of three, the last one counted.
 */
async function roundTrips(url: string, count: number) {
  const kms = new KMSClient({ region: 'us-east-1', endpoint: url, credentials: adminCredentials });
  await loadKeyOptions(kms);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await loadOnce(kms, url, count));
  kms.destroy();
  const last = runs.at(-1)!;
  return {
    ...last,
    firstMs: median(runs.map((r) => r.firstMs)),
    fullMs: median(runs.map((r) => r.fullMs)),
  };
}

async function loadOnce(kms: KMSClient, url: string, count: number) {
  await fetch(`${url}/_local/requests`, { method: 'DELETE' });
  // Calls answered so far, by operation: read when the first options are reported, exactly.
  const answered = { ListKeys: 0, ListAliases: 0 };
  const counting: KmsSender = {
    send: (async (
      command: ListKeysCommand | ListAliasesCommand,
      options?: { abortSignal?: AbortSignal },
    ) => {
      const output = await kms.send(command as ListKeysCommand, options);
      answered[command instanceof ListKeysCommand ? 'ListKeys' : 'ListAliases']++;
      return output;
    }) as KmsSender['send'],
  };
  let firstAnswered: typeof answered | undefined;
  let firstOptions = 0;
  let firstMs = 0;
  const started = performance.now();
  const options = await loadKeyOptions(counting, (progress) => {
    if (firstAnswered) return;
    firstMs = performance.now() - started;
    firstOptions = progress.options.length;
    firstAnswered = { ...answered };
  });
  const fullMs = performance.now() - started;
  // The totals from local-aws's own request log, which also shows any DescribeKey.
  const log = (await requestLog(url)).filter((r) => r.service === 'kms');
  const countOf = (op: string) => log.filter((r) => r.operation === op).length;
  return {
    count,
    options: options.length,
    firstOptions,
    firstKeys: firstAnswered?.ListKeys ?? 0,
    firstAliases: firstAnswered?.ListAliases ?? 0,
    keys: countOf('ListKeys'),
    aliases: countOf('ListAliases'),
    describes: countOf('DescribeKey'),
    firstMs,
    fullMs,
  };
}

/**
 * In Chromium, signed in on the create form: the time from opening "KMS key ID" to "N keys"
 * shown, and the page left with the filter focused, ready for keystrokes.
 */
async function openKeyList(
  context: BrowserContext,
  appUrl: string,
  localAwsUrl: string,
  count: number,
) {
  const page = await context.newPage();
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: e2eConfig(localAwsUrl),
    }),
  );
  await page.goto(`${appUrl}/signin?returnTo=%2Fjobs%2Fcreate`);
  await page.getByLabel('Username').fill('analyst');
  await page.getByLabel('Password', { exact: true }).fill('Analyst-Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/jobs\/create$/);
  await page.getByRole('checkbox', { name: 'Encryption' }).check();
  const opened = performance.now();
  await page.getByRole('button', { name: /KMS key ID/ }).click();
  await page.getByText(`${count - 1} keys`, { exact: true }).waitFor({ timeout: 120_000 });
  const pageMs = performance.now() - opened;
  await page.getByRole('combobox', { name: /Find a key/ }).focus();
  return { page, pageMs };
}

/**
 * One filter keystroke in the focused input: from the input event to the second frame after
 * it. A string, not a function: tsx's name-keeping helpers do not exist inside the page.
 */
async function keystroke(page: Page, char: string): Promise<number> {
  return (await page.evaluate(`(async (ch) => {
    const input = document.activeElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const start = performance.now();
    setValue.call(input, ch === '' ? '' : input.value + ch);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    await frame();
    return performance.now() - start;
  })(${JSON.stringify(char)})`)) as number;
}

/** Round trips, time and filter keystrokes of the KMS key list at 100, 1,000 and 10,000 keys. */
export async function benchKeyList(): Promise<BenchResult> {
  const lines: string[] = [];
  const failures: string[] = [];
  const rows: Measured[] = [];
  const pages: Page[] = [];
  const servers: ServerProcess[] = [];
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    for (const count of COUNTS) {
      const server = await spawnLocalAws(['--seed', seedFile(count)]);
      servers.push(server);
      const trips = await roundTrips(server.url, count);
      const { page, pageMs } = await openKeyList(
        await browser.newContext(),
        preview.url,
        server.url,
        count,
      );
      pages.push(page);
      rows.push({ ...trips, pageMs, keystrokes: [] });
    }
    // Keystrokes in turn on every page, so that the machine's load, which comes and goes,
    // weighs on each count alike: the ratios compare moments, not minutes apart.
    for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
      for (const page of pages) await keystroke(page, '');
      for (const char of FILTER) {
        for (const [i, page] of pages.entries())
          rows[i]!.keystrokes.push(await keystroke(page, char));
      }
    }
  } finally {
    await browser.close();
    await preview.stop();
    await Promise.all(servers.map((server) => server.stop()));
  }

  const reference = rows[0]!;
  lines.push(
    ...table(
      [
        'keys',
        'ListKeys',
        'ListAliases',
        'round trips (min)',
        'DescribeKey',
        'first options',
        'full list',
        `× ${reference.count}`,
        'in the page',
        `× ${reference.count}`,
      ],
      rows.map((row) => [
        row.count.toLocaleString('en-US'),
        String(row.keys),
        String(row.aliases),
        `${row.keys + row.aliases} (${minimumRoundTrips(row.count)})`,
        String(row.describes),
        `${row.firstOptions} after ${row.firstKeys}+${row.firstAliases}, ${row.firstMs.toFixed(0)} ms`,
        `${row.fullMs.toFixed(0)} ms`,
        ratio(row.fullMs, reference.fullMs),
        `${row.pageMs.toFixed(0)} ms`,
        ratio(row.pageMs, reference.pageMs),
      ]),
    ),
    'filter keystroke (input event to the second frame after it, counts in turn), median:',
    ...rows.map(
      (row) =>
        `  ${row.count.toLocaleString('en-US').padStart(6)} options: ${median(row.keystrokes).toFixed(0)} ms, ${ratio(median(row.keystrokes), median(reference.keystrokes))} the ${reference.count}-option figure (each: ${row.keystrokes.map((t) => t.toFixed(0)).join(' ')})`,
    ),
  );

  for (const row of rows) {
    if (Math.min(row.firstKeys, row.firstAliases) !== 1)
      failures.push(
        `${row.count} keys: first options waited for more than the first page of each list`,
      );
    if (row.keys + row.aliases > minimumRoundTrips(row.count))
      failures.push(
        `${row.count} keys: the full list took ${row.keys + row.aliases} round trips > ${minimumRoundTrips(row.count)}`,
      );
    if (row.describes > 0)
      failures.push(`${row.count} keys: ${row.describes} DescribeKey calls to build the list`);
    if (row.options !== row.count - 1)
      failures.push(
        `${row.count} keys: expected ${row.count - 1} customer managed keys, got ${row.options}`,
      );
  }
  const largest = rows.at(-1)!;
  const keystrokeRatio = median(largest.keystrokes) / median(reference.keystrokes);
  if (keystrokeRatio > KEYSTROKE_RATIO_BUDGET)
    failures.push(
      `filter keystroke at ${largest.count} options ${keystrokeRatio.toFixed(2)}× the ${reference.count}-option figure > ${KEYSTROKE_RATIO_BUDGET}×`,
    );
  return { name: 'KMS key list at scale', lines, failures };
}

/** The fewest requests the page sizes allow: ListKeys pages of 1,000, ListAliases pages of 100. */
function minimumRoundTrips(count: number): number {
  return Math.ceil(count / 1000) + Math.ceil(count / 100);
}
