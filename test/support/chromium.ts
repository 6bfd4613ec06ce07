import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, which .ci/run installs (playwright-core downloads no browser of its own). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Which of `paths` are missing, said on the console for a test file that is skipped for them;
 * under CI=true a missing one is an error, since .ci/run installs them.
 */
export function missingTools(testName: string, paths: readonly string[], hint: string): string[] {
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    const why = `${missing.join(' and ')} missing (${hint})`;
    if (process.env.CI) throw new Error(`${testName}: ${why}`);
    console.warn(`${testName}: skipped, ${why}.`);
  }
  return missing;
}

/** Headless, offline: the flags this machine's closed network needs (no background requests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
