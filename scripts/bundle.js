// @ts-check
// Bundle the CLI and the language server (after tsc) with esbuild: one file to load instead of a
// hundred modules halves start-up, which every command pays. Then V8's code cache for the CLI
// (scripts/code-cache.js).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { build } from 'esbuild';
import { toAscii } from './ascii.js';

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

/**
 * A script loaded with V8's code cache runs a dynamic import only through a callback Node 20
 * calls experimental (it warns on every use). The CLI's one dynamic import, of a user's
 * JavaScript config or plugin, calls the `importModule` its loader hands the bundle instead
 * (packages/cli/bin/load-bundle.js): Node's own loader, from a CommonJS module.
 * @type {import('esbuild').Plugin}
 */
const importThroughLoader = {
  name: 'import-through-loader',
  setup(build) {
    build.onLoad({ filter: /[\\/]config[\\/]dist[\\/]import-file\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const calls = source.match(/\bimport\(/g) ?? [];
      if (calls.length !== 1) throw new Error(`${args.path}: expected one dynamic import, found ${calls.length}`);
      return { contents: source.replace(/\bimport\(/, 'importModule('), loader: 'js' };
    });
  },
};

/**
 * franc-min builds its trigram tables for 82 languages when it loads: about 11 ms of every
 * start-up, for statistics a note needs only when its language is asked for and not declared
 * (rarely: the rules read the function words' guess). The core's one import of it becomes a
 * require on first use, which esbuild turns into loading the module then.
 * @type {import('esbuild').Plugin}
 */
const trigramsOnFirstUse = {
  name: 'trigrams-on-first-use',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]dist[\\/]language\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const imports = source.match(/^import \{ francAll \} from 'franc-min';$/gm) ?? [];
      if (imports.length !== 1) throw new Error(`${args.path}: expected one import of franc-min, found ${imports.length}`);
      return { contents: source.replace(imports[0], "const francAll = (...args) => require('franc-min').francAll(...args);"), loader: 'js' };
    });
  },
};

/**
 * What every bundle is built with. Minified and in ASCII: a command's start-up reads and hashes
 * the whole bundle, and a source in ASCII is read straight into a one-byte string, where one with
 * a single character past it is decoded as UTF-8 and kept in two bytes a character. Together
 * about 50 ms off every command (2.6 MB instead of 4.6 MB, read without decoding; a run over one
 * note 0.34 s against 0.39 s, taking turns). Stack traces then name the bundle's short names: run
 * `node packages/cli/dist/main.js` (tsc's output, not bundled) to read one.
 * @type {import('esbuild').BuildOptions}
 */
const shared = { bundle: true, platform: 'node', target: 'node20', minify: true, charset: 'ascii', logLevel: 'warning' };

/**
 * esbuild writes strings and names in ASCII but leaves regular expression literals as written
 * (`/['’]/`): their characters past ASCII become `\uXXXX` escapes, which mean the same unit in
 * every pattern, with or without the u flag (a surrogate pair's two escapes are its one code
 * point under u, as the pair itself is). Comments may hold such characters too; escaping there
 * changes nothing.
 * @param {string} file
 */
function escapeToAscii(file) {
  const source = readFileSync(file, 'utf8');
  const escaped = toAscii(source);
  if (escaped !== source) writeFileSync(file, escaped);
}

// A clean start: nothing of an earlier build (its code cache, files of other names) stays behind.
for (const outdir of ['packages/cli/dist/bundle', 'packages/language-server/dist/bundle']) rmSync(outdir, { recursive: true, force: true });

// The version is written into the bundle: the packed package (scripts/pack.js) has no
// @invite-lint/cli to read it from, and start-up reads one file less.
const { version } = JSON.parse(readFileSync('packages/cli/package.json', 'utf8'));

// The CLI as one CommonJS file, so that it can be loaded with V8's code cache (see
// packages/cli/bin/load-bundle.js and scripts/code-cache.js): Node 20 keeps no cache for ES
// modules. Each command's code is still run only when that command runs: esbuild wraps what is
// reached through a dynamic import in a function called on first use, and the cache holds
// compiled code only for what a lint runs.
await build({
  entryPoints: ['packages/cli/dist/main.js'],
  outfile: 'packages/cli/dist/bundle/cli.cjs',
  ...shared,
  format: 'cjs',
  // Code that finds files shipped beside the bundle (the template library, the rules' docs in
  // the packed package, the audit's worker) does so from import.meta.url: the bundle's own address.
  define: { INVITE_LINT_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [childProcessOnFirstUse, importThroughLoader, trigramsOnFirstUse],
});

// The audit's worker threads load a file of their own, beside the CLI's bundle (see
// packages/cli/src/audit/assess-pool.ts).
await build({
  entryPoints: { 'assess-worker': 'packages/cli/dist/audit/assess-worker.js' },
  outdir: 'packages/cli/dist/bundle',
  ...shared,
  format: 'esm',
  // CommonJS dependencies call require: give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [builtinsThroughRequire, trigramsOnFirstUse],
});

// The language server as one ES module: editors start it often, and wait for it.
await build({
  entryPoints: { server: 'packages/language-server/dist/main.js' },
  outdir: 'packages/language-server/dist/bundle',
  ...shared,
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [builtinsThroughRequire, trigramsOnFirstUse],
});

for (const file of ['packages/cli/dist/bundle/cli.cjs', 'packages/cli/dist/bundle/assess-worker.js', 'packages/language-server/dist/bundle/server.js']) escapeToAscii(file);

await import('./phrase-words.js');
await import('./code-cache.js');
