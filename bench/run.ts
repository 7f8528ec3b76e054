// `npm run bench`: a report in counts and bytes where possible (this machine's timings are noisy).
// Exits non-zero when a budget is exceeded.
import { benchLocalAwsThroughput } from './local-aws-throughput';
import { benchHostileInput } from './hostile-input';
import { benchKeyList } from './key-list';
import { benchPageWeight } from './page-weight';
import type { BenchResult } from './lib';

const benches: (() => Promise<BenchResult>)[] = [
  benchKeyList,
  benchPageWeight,
  benchLocalAwsThroughput,
  benchHostileInput,
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
