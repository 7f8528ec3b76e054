// Makes sure a Chromium exists for Playwright, without ever downloading Playwright's own.
import { execFileSync } from 'node:child_process';
import { findChromium } from '../e2e/chromium';

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium with apt-get…");
  execFileSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'],
    {
      stdio: 'inherit',
    },
  );
  const installed = findChromium();
  if (installed) {
    console.log(`Chromium: ${installed}`);
    process.exit(0);
  }
}

console.error(
  [
    'No Chromium found for the end-to-end tests.',
    'Install one and run npm test again:',
    '  sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
