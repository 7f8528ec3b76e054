// `npm run bench`: a report in counts and bytes where possible (this machine's timings are noisy).
// Exits non-zero when a budget is exceeded.
import { benchLocalAwsThroughput } from './local-aws-throughput';
import { benchKeyList } from './key-list';
import { benchPageWeight } from './page-weight';
import { benchStore } from './store';
import type { BenchResult } from './lib';

const benches: (() => Promise<BenchResult>)[] = [
  benchKeyList,
  benchPageWeight,
  benchLocalAwsThroughput,
  benchStore,
];

let failed = false;
for (const bench of benches) {
  const result = await bench();
  console.log(`\n## ${result.name}`);
  for (const line of result.lines) console.log(`  ${line}`);
  for (const failure of result.failures) {
    failed = true;
    console.log(`  OVER BUDGET: ${failure}`);
  }
}
process.exit(failed ? 1 : 0);
