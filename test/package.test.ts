import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root } from './support/cli.js';
import { Client } from './support/lsp-client.js';
import { connectMcp, structured } from './support/mcp.js';

const stock = "---\ndegree: 2\n---\nHi Jordan,\n\nI'd like to add you to my professional network on LinkedIn.\n";
const good = '---\ndegree: 3\n---\nHi Jordan, we met at PyCon ES after your talk on type hints. I would like to keep in touch and hear how the migration goes.\n';

/** The code block of the README that follows `after`. */
function readmeBlock(after: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('```', readme.indexOf(after));
  const body = readme.indexOf('\n', start) + 1;
  return readme.slice(body, readme.indexOf('```', body));
}

/**
 * What a user has after `pnpm run pack` and `npm install -g` of the tarball on a machine where no
 * registry answers: a prefix of its own, an empty npm cache, a HOME with no config, and every run
 * in folders outside the repository.
 */
describe('the packed package, installed with no registry reachable', () => {
  const work = fixture({
    'notes/stock.invite.txt': stock,
    'notes/good.invite.txt': good,
    'elsewhere/contacts.csv': 'First Name,Event,Topic\r\nAna,PyCon ES,type hints\r\n',
  });
  const prefix = join(work, 'prefix');
  const elsewhere = join(work, 'elsewhere');
  const env: NodeJS.ProcessEnv = {
    PATH: [join(prefix, 'bin'), process.env.PATH].join(delimiter),
    HOME: join(work, 'home'),
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    npm_config_registry: 'http://127.0.0.1:9',
    npm_config_cache: join(work, 'npm-cache'),
    npm_config_prefix: prefix,
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const inShell = (command: string, cwd: string, more: NodeJS.ProcessEnv = {}) => spawnSync('sh', ['-c', command], { cwd, env: { ...env, ...more }, encoding: 'utf8' });
  let tarball = '';
  let install: SpawnSyncReturns<string>;

  beforeAll(() => {
    mkdirSync(env.HOME as string);
    // The step of `pnpm run pack` after the build (which the suite has run), into a folder of the test's.
    const packed = spawnSync(process.execPath, [join(root, 'scripts/pack.js'), join(work, 'dist')], { encoding: 'utf8' });
    expect(packed.stderr).toBe('');
    tarball = packed.stdout.trim();
    install = inShell(`npm install -g --offline "${tarball}"`, elsewhere);
  }, 120_000);

  it('is one tarball, invite-lint-<version>.tgz, that installs alone with nothing to fetch', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')) as { version: string };
    expect(tarball).toBe(join(work, 'dist', `invite-lint-${version}.tgz`));
    expect(install.status, install.stderr).toBe(0);
    // Nothing but the package itself: no dependency, so no test or benchmark tool either.
    const installed = join(prefix, 'lib/node_modules');
    expect(readdirSync(installed)).toEqual(['invite-lint']);
    expect(existsSync(join(installed, 'invite-lint/node_modules'))).toBe(false);
  });

  it('has a manifest ready to publish', () => {
    const manifest = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/invite-lint/package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'invite-lint',
      license: 'MIT',
      type: 'module',
      engines: { node: '>=20.19' },
      bin: { 'invite-lint': './bin/invite-lint.js', 'invite-lint-language-server': './bin/invite-lint-language-server.js' },
      files: ['bin', 'dist'],
      repository: { type: 'git', url: expect.stringMatching(/^git\+https:\/\//) },
    });
    expect(manifest.description).toMatch(/LinkedIn/);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['linkedin', 'linter']));
    expect(manifest).not.toHaveProperty('dependencies');
    expect(manifest).not.toHaveProperty('private');
  });

  it('lints a folder given from another folder', () => {
    const run = inShell('invite-lint ../notes', elsewhere);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('stock.invite.txt');
    expect(run.stdout).toMatch(/error\s+.*no-default-text/);
    expect(run.stdout).not.toContain('good.invite.txt');
  });

  it('generates from the library, lists and shows templates, and explains rules, from its own files', () => {
    const generated = inShell('invite-lint generate --template event/en-1 --csv contacts.csv --map Event=event --map Topic=topic', elsewhere);
    expect(generated.status, generated.stderr).toBe(0);
    expect(JSON.parse(generated.stdout)).toMatchObject({ row: 1, status: 'ok', note: expect.stringMatching(/^Hi Ana, we met at PyCon ES and talked about type hints\./) });
    expect(inShell('invite-lint templates', elsewhere).stdout).toMatch(/^mutual-contact\/es-free\s+mutual-contact\s+es\s+2\s+free/m);
    expect(inShell('invite-lint templates show mutual-contact/en-1', elsewhere).stdout).toContain('You add: mutualContact, topic,');
    expect(inShell('invite-lint explain max-length', elsewhere).stdout).toMatch(/^# max-length\n/);
    expect(inShell('invite-lint --version', elsewhere).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('serves MCP from its own files: the library and the rules’ docs beside the bundle', async () => {
    const mcp = await connectMcp({ command: join(prefix, 'bin/invite-lint'), cwd: elsewhere, env: { PATH: env.PATH as string, HOME: env.HOME as string } });
    try {
      expect((await structured<{ templates: unknown[] }>(mcp, 'list_templates', { scenario: 'event' })).templates.length).toBeGreaterThan(0);
      expect((await structured<{ docs: string }>(mcp, 'explain_rule', { rule: 'max-length' })).docs).toMatch(/^# max-length\n/);
    } finally {
      await mcp.close();
    }
  });

  describe('its language server', () => {
    let client: Client;
    beforeAll(async () => {
      client = new Client([join(prefix, 'bin/invite-lint-language-server')]);
      await client.initialize(join(work, 'notes'));
    });
    afterAll(() => client.stop());

    it('publishes diagnostics', async () => {
      const uri = client.open(join(work, 'notes/stock.invite.txt'), stock);
      expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toContain('no-default-text');
    });
  });

  it("runs as the README's pre-commit hook in a repository of its own", () => {
    const project = join(work, 'project');
    mkdirSync(project);
    const git = (command: string) => inShell(`git -c user.name=Test -c user.email=test@example.com ${command}`, project);
    expect(git('init -q').status).toBe(0);
    const hook = join(project, '.git/hooks/pre-commit');
    writeFileSync(hook, readmeBlock('A pre-commit hook'));
    chmodSync(hook, 0o755);

    writeFileSync(join(project, 'draft.invite.txt'), stock);
    git('add draft.invite.txt');
    const refused = git('commit -q -m draft');
    expect(refused.status).not.toBe(0);
    // Git hands a hook's output to standard error.
    expect(refused.stderr).toContain('no-default-text');

    writeFileSync(join(project, 'draft.invite.txt'), good);
    git('add draft.invite.txt');
    const committed = git('commit -q -m draft');
    expect(committed.status, committed.stdout + committed.stderr).toBe(0);
  });

  it("runs the README's CI steps after the install step", () => {
    const project = fixture({ 'templates/offer.hbs': '---\ndegree: 3\n---\nHi {{firstName}}, I would like to add you to my professional network.\n' });
    const steps = [...readmeBlock('A GitHub Actions job').matchAll(/^ {6}- run: (invite-lint .*)$/gm)].map((match) => match[1] as string);
    expect(steps).toHaveLength(2);
    const [sarif, github] = steps.map((step) => inShell(step, project));
    expect(sarif?.status).toBe(0);
    const report = JSON.parse(readFileSync(join(project, 'invite-lint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(report.runs[0]?.results.map((result) => result.ruleId)).toContain('require-reason');
    expect(github?.status).toBe(1);
    expect(github?.stdout).toMatch(/^::error file=templates\/offer\.hbs,/m);
  });
});
