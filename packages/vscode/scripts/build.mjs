// @ts-check
// Build what the .vsix ships: the extension (CommonJS, as VS Code loads it), the language
// server bundled into one file with everything it imports, and the template library beside
// it. Runs right after `pnpm install`; builds the workspace first if its output is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '../..');
const require = createRequire(import.meta.url);
const serverEntry = join(root, 'packages/language-server/dist/server.js');

if (!existsSync(serverEntry)) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const built = spawnSync(process.execPath, [tsc, '-b', root], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
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

await build({
  entryPoints: [serverEntry],
  outfile: join(dist, 'server.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (handlebars) call require: give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The server finds the library beside itself when no node_modules holds @invite-lint/templates.
cpSync(join(dirname(require.resolve('@invite-lint/templates/package.json')), 'library'), join(dist, 'library'), { recursive: true });
