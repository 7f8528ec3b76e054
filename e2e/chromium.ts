import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Playwright's own Chromium if installed, else CHROMIUM_PATH, else Debian's. */
export function findChromium(): string | undefined {
  const candidates = [
    safe(() => chromium.executablePath()),
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

function safe(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** Flags this machine needs: root has no sandbox, and the closed network refuses Google's hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
