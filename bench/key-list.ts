import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KMSClient } from '@aws-sdk/client-kms';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/chromium';
import { e2eConfig } from '../e2e/local-aws-url';
import { loadKeyOptions } from '../src/lib/kms-key/api/list-key-options';
import { adminCredentials, type BenchResult, spawnLocalAws } from './lib';
import { startPreview } from './preview';

interface LoggedRequest {
  service: string;
  operation: string;
}

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

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Round trips of the console's own key-list loader, and filter keystrokes in the page. */
export async function benchKeyList(): Promise<BenchResult> {
  const lines: string[] = [];
  const failures: string[] = [];
  const keystrokes: Record<number, number> = {};

  for (const count of [10_000, 100]) {
    const server = await spawnLocalAws(['--seed', seedFile(count)]);
    try {
      // Round trips, through the same function the page uses, with a real KMS client.
      if (count === 10_000) {
        await fetch(`${server.url}/_local/requests`, { method: 'DELETE' });
        const kms = new KMSClient({
          region: 'us-east-1',
          endpoint: server.url,
          credentials: adminCredentials,
        });
        let atFirstOptions: LoggedRequest[] | undefined;
        let firstOptions = 0;
        const started = performance.now();
        let firstMs = 0;
        const options = await loadKeyOptions(kms, (progress) => {
          if (atFirstOptions) return;
          firstMs = performance.now() - started;
          firstOptions = progress.options.length;
          atFirstOptions = [];
          void requestLog(server.url).then((log) => atFirstOptions!.push(...log));
        });
        const fullMs = performance.now() - started;
        const log = (await requestLog(server.url)).filter((r) => r.service === 'kms');
        const countOf = (op: string, entries: LoggedRequest[]) =>
          entries.filter((r) => r.operation === op).length;
        const firstKeys = countOf('ListKeys', atFirstOptions ?? []);
        const firstAliases = countOf('ListAliases', atFirstOptions ?? []);
        const keys = countOf('ListKeys', log);
        const aliases = countOf('ListAliases', log);
        const describes = countOf('DescribeKey', log);
        const minimum = Math.ceil(count / 1000) + Math.ceil(count / 100);
        lines.push(
          `${count} keys + ${count} aliases: first ${firstOptions} options after ${firstKeys} ListKeys + ${firstAliases} ListAliases answered (${firstMs.toFixed(0)} ms)`,
          `  full list: ${options.length} options after ${keys} ListKeys + ${aliases} ListAliases = ${keys + aliases} round trips (minimum ${minimum}), ${describes} DescribeKey (${fullMs.toFixed(0)} ms)`,
        );
        if (Math.min(firstKeys, firstAliases) !== 1)
          failures.push(`first options waited for more than the first page of each list`);
        if (keys + aliases > minimum)
          failures.push(`full list took ${keys + aliases} round trips > ${minimum}`);
        if (describes > 0) failures.push(`${describes} DescribeKey calls to build the list`);
        if (options.length !== count - 1)
          failures.push(`expected ${count - 1} customer managed keys, got ${options.length}`);
      }

      // Filter keystrokes in Chromium: from the input event to the second frame after it.
      const preview = await startPreview();
      const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
      try {
        const page = await browser.newPage();
        await page.route('**/config.json', (route) =>
          route.fulfill({
            json: e2eConfig(server.url),
          }),
        );
        await page.goto(`${preview.url}/signin?returnTo=%2Fjobs%2Fcreate`);
        await page.getByLabel('Username').fill('analyst');
        await page.getByLabel('Password', { exact: true }).fill('Analyst-Passw0rd!');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.waitForURL(/\/jobs\/create$/);
        await page.getByRole('checkbox', { name: 'Encryption' }).check();
        await page.getByRole('button', { name: /KMS key ID/ }).click();
        await page.getByText(`${count - 1} keys`, { exact: true }).waitFor({ timeout: 120_000 });
        await page.getByRole('combobox', { name: /Find a key/ }).focus();
        // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
        const times = (await page.evaluate(`(async (chars) => {
          const input = document.activeElement;
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const result = [];
          for (const ch of chars) {
            const start = performance.now();
            setValue.call(input, input.value + ch);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await frame();
            await frame();
            result.push(performance.now() - start);
          }
          return result;
        })('generated-0009')`)) as number[];
        keystrokes[count] = median(times);
        lines.push(
          `filter keystroke at ${count} options: median ${median(times).toFixed(0)} ms (each: ${times.map((t) => t.toFixed(0)).join(' ')})`,
        );
      } finally {
        await browser.close();
        preview.stop();
      }
    } finally {
      await server.stop();
    }
  }
  if ((keystrokes[10_000] ?? 0) > 50)
    failures.push(
      `filter keystroke at 10,000 options ${keystrokes[10_000]!.toFixed(0)} ms > 50 ms`,
    );
  return { name: 'KMS key list at scale', lines, failures };
}
