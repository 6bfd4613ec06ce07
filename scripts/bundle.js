// @ts-check
// Bundle the CLI and the language server (after tsc) with esbuild: one file to load instead of a
// hundred modules halves start-up, which every command pays. Code splitting keeps each
// command's code in its own chunk, loaded only when that command runs.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * `import process from 'node:process'` (vfile does) makes Node build a module facade of every
 * property of `process`, which loads the diagnostic-report machinery: 5 ms of every start-up.
 * The global is the same object; as a CommonJS module it serves default and named imports alike.
 * @type {import('esbuild').Plugin}
 */
const processGlobal = {
  name: 'process-global',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, () => ({ path: 'process', namespace: 'process-global' }));
    build.onLoad({ filter: /.*/, namespace: 'process-global' }, () => ({ contents: 'module.exports = process;', loader: 'js' }));
  },
};

// Chunk names carry a content hash: without a clean start every build would leave its old chunks.
for (const outdir of ['packages/cli/dist/bundle', 'packages/language-server/dist/bundle']) rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { cli: 'packages/cli/dist/main.js' },
  outdir: 'packages/cli/dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (handlebars, namecase) call require: give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [processGlobal],
  logLevel: 'warning',
});

// The language server, the same way: editors start it often, and wait for it.
await build({
  entryPoints: { server: 'packages/language-server/dist/server.js' },
  outdir: 'packages/language-server/dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [processGlobal],
  logLevel: 'warning',
});
