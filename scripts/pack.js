// @ts-check
// `pnpm run pack`: the one package users install, `invite-lint`, as dist/invite-lint-<version>.tgz
// (or in the folder given as the first argument). It holds the bundles the build made (every
// dependency inside them), the bins' stubs, the template library and the rules' docs, and
// declares no dependency: `npm install -g` of it needs no registry. Run after the build.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const destination = resolve(process.argv[2] ?? join(root, 'dist'));

/** @param {string} path */
const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const workspace = readJson('package.json');
const cli = readJson('packages/cli/package.json');
const server = readJson('packages/language-server/package.json');

const bundles = ['packages/cli/dist/bundle/cli.cjs', 'packages/language-server/dist/bundle/server.js'];
for (const bundle of bundles) {
  if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: build first (pnpm run build).`);
}

// What the publishable manifest says of the project comes from the workspace's; the bins are
// the CLI's and the server's, under the same names.
const manifest = {
  name: 'invite-lint',
  version: cli.version,
  description: workspace.description,
  keywords: workspace.keywords,
  homepage: workspace.homepage,
  repository: workspace.repository,
  bugs: workspace.bugs,
  license: workspace.license,
  type: 'module',
  engines: workspace.engines,
  bin: { ...cli.bin, ...server.bin },
  files: ['bin', 'dist'],
};

const stage = mkdtempSync(join(tmpdir(), 'invite-lint-pack-'));
try {
  const bundle = join(stage, 'dist/bundle');
  mkdirSync(bundle, { recursive: true });
  // The bin stubs load ../dist/bundle/: the same layout as in the workspace's packages.
  cpSync(join(root, 'packages/cli/bin'), join(stage, 'bin'), { recursive: true });
  cpSync(join(root, 'packages/language-server/bin'), join(stage, 'bin'), { recursive: true });
  cpSync(join(root, 'packages/cli/dist/bundle'), bundle, { recursive: true });
  copyFileSync(join(root, 'packages/language-server/dist/bundle/server.js'), join(bundle, 'server.js'));
  // Files the code reads at run time, where it looks for them when no node_modules holds the
  // workspace's packages: beside the bundle (packages/templates/src/library.ts, explain-command.ts).
  cpSync(join(root, 'packages/templates/library'), join(bundle, 'library'), { recursive: true });
  const rules = join(root, 'packages/core/src/rules');
  for (const rule of readdirSync(rules, { withFileTypes: true })) {
    const docs = join(rules, rule.name, 'README.md');
    if (!rule.isDirectory() || !existsSync(docs)) continue;
    mkdirSync(join(bundle, 'rules', rule.name), { recursive: true });
    copyFileSync(docs, join(bundle, 'rules', rule.name, 'README.md'));
  }
  copyFileSync(join(root, 'README.md'), join(stage, 'README.md'));
  copyFileSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  mkdirSync(destination, { recursive: true });
  // npm's own packer: the tarball is what `npm publish` would upload, file modes and all.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = spawnSync(npm, ['pack', stage, '--pack-destination', destination, '--json', '--silent'], { encoding: 'utf8', shell: process.platform === 'win32' });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [{ filename }] = JSON.parse(packed.stdout);
  console.log(join(destination, filename));
} finally {
  rmSync(stage, { recursive: true, force: true });
}
