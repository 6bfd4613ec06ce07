import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The bin pnpm links at the workspace root: the one users run. */
export const bin = join(root, 'node_modules/.bin/invite-lint');
/** The built CLI itself, for runs in folders outside the workspace. */
export const builtCli = join(root, 'packages/cli/bin/invite-lint.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; command?: string } = {}): CliRun {
  const result = spawnSync(options.command ?? bin, args, {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    // Messages follow LANG: pin it, so the suite reads the same on any machine.
    env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding `files` (path → content). */
export function fixture(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}
