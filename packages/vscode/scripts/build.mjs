// @ts-check
// Build what the .vsix ships: the extension (CommonJS, as VS Code loads it), the language
// server's bundle (one file with everything it imports, made by the workspace's build) and the
// template library beside it. Runs right after `pnpm install`; builds the workspace first if its
// output is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '../..');
const require = createRequire(import.meta.url);
const serverBundle = join(root, 'packages/language-server/dist/bundle/server.js');

if (!existsSync(serverBundle)) {
  const steps = [[join(root, 'node_modules/typescript/bin/tsc'), '-b', root], [join(root, 'scripts/bundle.js')]];
  for (const step of steps) {
    const built = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
}

const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  entryPoints: [join(here, 'src/extension.ts')],
  outfile: join(dist, 'extension.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});

// `.mjs`: the extension's package is not the server's, so the name must say ESM itself.
copyFileSync(serverBundle, join(dist, 'server.mjs'));
// The phrase words the build read ahead, which the server reads from beside itself (see scripts/phrase-words.js).
copyFileSync(join(dirname(serverBundle), 'phrase-words.txt'), join(dist, 'phrase-words.txt'));

// The server finds the library beside itself when no node_modules holds @invite-lint/templates.
cpSync(join(dirname(require.resolve('@invite-lint/templates/package.json')), 'library'), join(dist, 'library'), { recursive: true });
