// `npm run bench [name…]`: a report in counts, bytes and ratios (this machine's timings are
// noisy). Exits non-zero when a budget is exceeded. Names pick benches: key-list, page-weight,
// create-form, local-aws, store, hostile-input, transcript-preview.
import { stopOnSignalUnderWay, stopServersOnSignals } from '../scripts/server-process';
import type { BenchResult } from './lib';

// An interrupted bench stops the servers it started (each in a process group of its own).
stopServersOnSignals();

// Each bench is imported when it runs: one bench alone does not load the others' libraries.
const benches: Record<string, () => Promise<BenchResult>> = {
  'key-list': async () => (await import('./key-list')).benchKeyList(),
  'page-weight': async () => (await import('./page-weight')).benchPageWeight(),
  'create-form': async () => (await import('./create-form-time')).benchCreateFormTime(),
  'local-aws': async () => (await import('./local-aws-throughput')).benchLocalAwsThroughput(),
  store: async () => (await import('./store')).benchStore(),
  'hostile-input': async () => (await import('./hostile-input')).benchHostileInput(),
  'transcript-preview': async () => (await import('./transcript-preview')).benchTranscriptPreview(),
};

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(
    `unknown bench ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}`,
  );
  process.exit(2);
}

let failed = false;
for (const name of names.length > 0 ? names : Object.keys(benches)) {
  const result = await benches[name]!().catch(async (error: unknown) => {
    // A bench whose servers a signal just stopped fails; the exit code is the signal's.
    await stopOnSignalUnderWay();
    throw error;
  });
  console.log(`\n## ${result.name}`);
  for (const line of result.lines) console.log(`  ${line}`);
  for (const failure of result.failures) {
    failed = true;
    console.log(`  OVER BUDGET: ${failure}`);
  }
}
process.exit(failed ? 1 : 0);
