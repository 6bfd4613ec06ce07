// @ts-check
// Bundle the CLI and the language server (after tsc) with esbuild: one file to load instead of a
// hundred modules halves start-up, which every command pays. Code splitting keeps each
// command's code in its own chunk, loaded only when that command runs.
import { readFileSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { build } from 'esbuild';

/**
 * Node's built-in modules through `require`, not `import`: importing one as an ES module makes
 * Node build a facade of all its exports, reading every lazy property on the way (`fs.promises`
 * loads the promises API and readline, `process.report` the diagnostic report): about 10 ms of
 * every start-up. A CommonJS module that requires it serves default and named imports alike.
 * @type {import('esbuild').Plugin}
 */
const builtinsThroughRequire = {
  name: 'builtins-through-require',
  setup(build) {
    build.onResolve({ filter: /^[\w:/]+$/ }, (args) =>
      args.kind === 'import-statement' && isBuiltin(args.path) ? { path: args.path, namespace: 'builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * Commander requires child_process when it loads, for subcommands that run as executables of
 * their own; invite-lint has none. Loading it (and net, which it loads) costs every command
 * about 20 ms of start-up: commander is given a stand-in that loads it on first use.
 * @type {import('esbuild').Plugin}
 */
const childProcessOnFirstUse = {
  name: 'child-process-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.kind === 'require-call' && /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'on-first-use' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'on-first-use' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// Chunk names carry a content hash: without a clean start every build would leave its old chunks.
for (const outdir of ['packages/cli/dist/bundle', 'packages/language-server/dist/bundle']) rmSync(outdir, { recursive: true, force: true });

// The version is written into the bundle: the packed package (scripts/pack.js) has no
// @invite-lint/cli to read it from, and start-up reads one file less.
const { version } = JSON.parse(readFileSync('packages/cli/package.json', 'utf8'));

await build({
  // The audit's worker threads load a file of their own, beside the chunk that starts them (see
  // packages/cli/src/audit/assess-pool.ts); the code it shares with the CLI is in shared chunks.
  entryPoints: { cli: 'packages/cli/dist/main.js', 'assess-worker': 'packages/cli/dist/audit/assess-worker.js' },
  outdir: 'packages/cli/dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks beside the entry, not in a folder of their own: code that finds files shipped beside
  // the bundle (the template library, the rules' docs in the packed package) does so from
  // import.meta.url, which is the chunk's own address.
  chunkNames: '[name]-[hash]',
  define: { INVITE_LINT_VERSION: JSON.stringify(version) },
  // CommonJS dependencies (handlebars, namecase) call require: give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [childProcessOnFirstUse, builtinsThroughRequire],
  logLevel: 'warning',
});

// The language server, the same way: editors start it often, and wait for it.
await build({
  entryPoints: { server: 'packages/language-server/dist/main.js' },
  outdir: 'packages/language-server/dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [builtinsThroughRequire],
  logLevel: 'warning',
});
