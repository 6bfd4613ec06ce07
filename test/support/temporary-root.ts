import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary file of the run (fixtures, CLI and server children,
 * browsers, editors) goes into one folder, removed when the run ends. Workers and the processes
 * they start inherit TMPDIR, which os.tmpdir() reads.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}
