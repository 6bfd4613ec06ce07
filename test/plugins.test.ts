import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, root, runCli } from './support/cli.js';
import { Client } from './support/lsp-client.js';
import { connectMcp, structured } from './support/mcp.js';

/** examples/plugin copied outside the repository: its own package.json makes it the project root. */
function copyOfExample(extra: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-plugin-'));
  cpSync(join(root, 'examples/plugin'), folder, { recursive: true });
  for (const [path, content] of Object.entries(extra)) writeFileSync(join(folder, path), content);
  return folder;
}

const lintIn = (cwd: string, args: string[]) => runCli(args, { cwd, command: builtCli });

describe('examples/plugin, copied outside the repository', () => {
  const folder = copyOfExample();

  it('reports the house rules under their prefix, with their docs link and fix', () => {
    const run = lintIn(folder, ['--format', 'json', 'notes']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; fix?: unknown }[] }[];
    const messages = results.flatMap((result) => result.messages.map((message) => ({ file: result.filePath.slice(folder.length), ...message })));
    expect(messages.map((message) => [message.file, message.ruleId])).toEqual([
      ['/notes/emoji.invite.txt', 'house/no-emoji'],
      ['/notes/product-name.invite.txt', 'house/product-name'],
    ]);
    expect(messages[1]).toMatchObject({ severity: 1, fix: { text: 'Acme Cloud' } });
  });

  it('turns a house rule off with --rule, and refuses one the plugin does not have', () => {
    expect(lintIn(folder, ['--rule', 'house/no-emoji: off', 'notes/emoji.invite.txt'])).toMatchObject({ code: 0, stdout: '' });
    const wrong = lintIn(folder, ['--rule', 'house/no-emojis: off', 'notes/emoji.invite.txt']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('`rules.house/no-emojis` is not a rule of the plugin "house" (did you mean `house/no-emoji`?');
  });

  it("gives the plugin's language data to the built-in rules", () => {
    writeFileSync(join(folder, 'opener.invite.txt'), 'Hi Sam, Acme is always looking to connect with great people like you.\n');
    const ids = (args: string[]) => (JSON.parse(lintIn(folder, ['--format', 'json', ...args, 'opener.invite.txt']).stdout) as { messages: { ruleId: string }[] }[])[0]?.messages.map((message) => message.ruleId);
    expect(ids([])).toEqual(['no-default-text', 'require-reason']);
    expect(ids(['--no-config'])).toEqual(['require-reason']);
    const printed = JSON.parse(lintIn(folder, ['--print-config', 'opener.invite.txt']).stdout) as { rules: Record<string, unknown> };
    expect(printed.rules['require-reason']).toEqual([2, { reasons: ['Acme Builders Program'] }]);
  });

  it('describes the house rule in SARIF, with its docs link', () => {
    const sarif = JSON.parse(lintIn(folder, ['--format', 'sarif', 'notes/emoji.invite.txt']).stdout) as { runs: { tool: { driver: { rules: unknown[] } } }[] };
    expect(sarif.runs[0]?.tool.driver.rules).toEqual([{ id: 'house/no-emoji', shortDescription: { text: 'The note has an emoji; our notes are plain text.' }, helpUri: 'https://example.com/house-rules#no-emoji' }]);
  });

  it('obeys front matter that turns a house rule off', () => {
    writeFileSync(join(folder, 'quiet.invite.txt'), '---\ndegree: 3\ndisable: house/no-emoji\n---\nHi Priya 👋 your talk on schema migrations at DataConf Lisbon made me rethink our rollout plan.\n');
    expect(lintIn(folder, ['quiet.invite.txt'])).toMatchObject({ code: 0, stdout: '' });
  });

  it('obeys an inline directive naming a house rule', () => {
    const note = '---\ndegree: 3\n---\n<!-- invite-lint-disable house/no-emoji -- our launch post -->\nHi Priya 🚀 your talk on schema migrations at DataConf Lisbon made me rethink our rollout plan. Glad to connect.\n';
    writeFileSync(join(folder, 'launch.invite.md'), note);
    expect(lintIn(folder, ['launch.invite.md'])).toMatchObject({ code: 0, stdout: '' });
    writeFileSync(join(folder, 'launch.invite.md'), note.replace(/<!--.*-->\n/, ''));
    expect(lintIn(folder, ['launch.invite.md']).stdout).toContain('house/no-emoji');
  });

  it('lists the house rules and explains them, in English and Spanish', () => {
    const listed = lintIn(folder, ['--list-rules']);
    expect(listed.stdout).toMatch(/^house\/no-emoji +error +The note has an emoji/m);
    expect(listed.stdout).toMatch(/^house\/product-name +warn /m);
    const explained = lintIn(folder, ['explain', 'house/no-emoji']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('A rule of the plugin "house"');
    expect(explained.stdout).toContain('https://example.com/house-rules#no-emoji');
    expect(lintIn(folder, ['explain', 'house/no-emoji', '--locale', 'es']).stdout).toContain('Emoji … en la nota');
  });
});

describe('the MCP server and a plugin', () => {
  it('explains a house rule of the folder it serves', async () => {
    const client = await connectMcp({ command: builtCli, cwd: copyOfExample() });
    try {
      const explained = await structured<{ id: string; url: string; says: string[] }>(client, 'explain_rule', { rule: 'house/no-emoji', locale: 'es' });
      expect(explained).toMatchObject({ id: 'house/no-emoji', url: 'https://example.com/house-rules#no-emoji', says: ['Emoji … en la nota: dilo con palabras o quítalo.'] });
    } finally {
      await client.close();
    }
  });
});

describe('a plugin installed as a package', () => {
  it('is found from the config\'s folder by its package name', () => {
    const folder = copyOfExample({ 'invite-lint.config.json': JSON.stringify({ plugins: { house: 'invite-lint-plugin-house' }, rules: { 'house/no-emoji': 'warn' } }) });
    cpSync(join(root, 'examples/plugin'), join(folder, 'node_modules/invite-lint-plugin-house'), { recursive: true });
    writeFileSync(join(folder, 'node_modules/invite-lint-plugin-house/package.json'), JSON.stringify({ name: 'invite-lint-plugin-house', type: 'module', main: './house-plugin.js' }));
    expect(lintIn(folder, ['notes/emoji.invite.txt']).stdout).toMatch(/warning +Emoji 👋 in the note.+house\/no-emoji/);
  });
});

describe('the language server and a plugin', () => {
  const folder = copyOfExample();
  const note = '---\ndegree: 3\n---\nHi Priya 👋 your talk on schema migrations at DataConf Lisbon made me rethink our rollout plan.\n';

  describe('in a trusted workspace', () => {
    const client = new Client();
    beforeAll(() => client.initialize(folder, { initializationOptions: { trustedWorkspace: true } }));
    afterAll(() => client.stop());

    it('shows the house rules with their prefix and docs', async () => {
      const diagnostics = await client.diagnostics(client.open(join(folder, 'notes/new.invite.txt'), note));
      expect(diagnostics).toMatchObject([{ code: 'house/no-emoji', source: 'invite-lint', codeDescription: { href: 'https://example.com/house-rules#no-emoji' } }]);
    });

    it("lists the house rules among a document's rules", async () => {
      const listed = (await client.connection.sendRequest('invite-lint/rules', { uri: pathToFileURL(join(folder, 'notes/new.invite.txt')).href })) as { id: string }[];
      expect(listed.map((rule) => rule.id)).toEqual(expect.arrayContaining(['max-length', 'house/no-emoji', 'house/product-name']));
    });
  });

  describe('in an untrusted workspace', () => {
    const client = new Client();
    beforeAll(() => client.initialize(folder));
    afterAll(() => client.stop());

    it('refuses to load the plugin, and says why', async () => {
      const [diagnostic] = await client.diagnostics(client.open(join(folder, 'notes/new.invite.txt'), note));
      expect(diagnostic?.message).toContain('`plugins.house` loads "./house-plugin.js", and a plugin runs code: plugins are loaded only in a trusted workspace');
    });
  });
});

describe('a broken plugin setup exits 2, naming the config, the plugin and the cause', () => {
  const config = (plugins: Record<string, string>, extra: object = {}) => JSON.stringify({ plugins, ...extra });
  it.each([
    ['a plugin that cannot be found', { 'invite-lint.config.json': config({ house: './missing.js' }) }, '`plugins.house` names "./missing.js", which cannot be found'],
    ['a package that is not installed', { 'invite-lint.config.json': config({ house: 'invite-lint-plugin-nowhere' }) }, '`plugins.house` names "invite-lint-plugin-nowhere", which is neither a path'],
    ['a plugin that throws on import', { 'invite-lint.config.json': config({ house: './broken.js' }), 'broken.js': "throw new Error('no network here');\n" }, '`plugins.house` threw while loading'],
    ['a rule without meta', { 'invite-lint.config.json': config({ house: './bare.js' }), 'bare.js': 'export const rules = { shout: { check() {} } };\n' }, '`plugins.house` has a rule "shout" that has no `meta` object.'],
    ['a rule without check', { 'invite-lint.config.json': config({ house: './bare.js' }), 'bare.js': "export const rules = { shout: { meta: { messages: { loud: 'Too loud.' } } } };\n" }, '`plugins.house` has a rule "shout" that has no `check(context)` function.'],
    [
      'two plugins under one prefix',
      { 'invite-lint.config.json': JSON.stringify([{ plugins: { house: './house-plugin.js' } }, { plugins: { house: './other.js' } }]), 'other.js': 'export const rules = {};\n' },
      'the prefix "house" is already taken by',
    ],
    ['a prefix that is a built-in rule id', { 'invite-lint.config.json': config({ 'max-length': './house-plugin.js' }) }, '`plugins.max-length` is the id of a built-in rule'],
    ['a rule id that is a built-in one', { 'invite-lint.config.json': config({ house: './own.js' }), 'own.js': "export const rules = { 'max-length': { meta: { messages: {} }, check() {} } };\n" }, 'has a rule named "max-length", as a built-in rule is'],
    ['a rule whose options schema has no properties', { 'invite-lint.config.json': config({ house: './bare.js' }), 'bare.js': "export const rules = { shout: { meta: { schema: { type: 'object' }, messages: {} }, check() {} } };\n" }, 'has a rule "shout" that has a `meta.schema` without `properties`'],
    ['an option the plugin rule does not declare', { 'invite-lint.config.json': JSON.stringify({ plugins: { house: './house-plugin.js' }, rules: { 'house/product-name': ['warn', { product: 'Acme' }] } }) }, '`rules.house/product-name.product` is not an option of house/product-name (options: name).'],
    ['language data it cannot use', { 'invite-lint.config.json': config({ house: './words.js' }), 'words.js': "export const rules = {}; export const languages = { en: { cues: { event: ['meetup'] } } };\n" }, "exports `languages.en.cues`; a plugin's language data supports `stock`, `reasons` only."],
    ['a rule no plugin declares', { 'invite-lint.config.json': JSON.stringify({ rules: { 'team/no-emoji': 'error' } }) }, '`rules.team/no-emoji` names the plugin prefix "team", which no `plugins` entry of this config declares.'],
  ])('%s', (_name, files, cause) => {
    const folder = copyOfExample(files);
    const run = lintIn(folder, ['notes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(join(folder, 'invite-lint.config.json'));
    expect(run.stderr).toContain(cause);
  });
});
