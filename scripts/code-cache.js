// @ts-check
// V8's code cache for the CLI's bundle, written beside it as cli.cjs.cache: made by linting the
// bundled examples (the main job) in a process started with the bin's own V8 flags (V8 sets a
// cache aside when the flags differ), after which it holds every function that run compiled.
// Run by scripts/bundle.js; `node scripts/code-cache.js --make` is the process that makes it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../packages/cli/bin/load-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}packages/cli/dist/bundle/cli.cjs`;
const bin = `${root}packages/cli/bin/invite-lint.js`;

if (process.argv[2] === '--make') {
  const { exports, script } = loadBundle(bundle);
  // Findings are expected (the examples show what the rules catch): only a crash stops the build.
  await exports.run(['--format', 'json', `${root}examples`]);
  writeFileSync(`${bundle}.cache`, script.createCachedData());
} else {
  rmSync(`${bundle}.cache`, { force: true });
  // The flags after `node` on the bin's first line (#!/usr/bin/env -S node --no-regexp-tier-up).
  const flags = (readFileSync(bin, 'utf8').split('\n', 1)[0] ?? '').split(/\s+/).slice(3);
  const made = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--make'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (made.status !== 0) throw new Error(`writing the CLI's code cache failed (exit ${made.status})`);
}
