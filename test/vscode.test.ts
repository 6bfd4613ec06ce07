import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root } from './support/cli.js';
import { Client } from './support/lsp-client.js';

const extension = join(root, 'packages/vscode');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as { name: string; version: string; engines: { vscode: string }; main: string; devDependencies: Record<string, string> };
const vsce = join(extension, 'node_modules/@vscode/vsce/vsce');

/** The package command's two steps, run as the package script runs them (no pnpm needed here). */
function packageExtension() {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: extension, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const pack = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository'], { cwd: extension, encoding: 'utf8' });
  expect(pack.status, pack.stderr + pack.stdout).toBe(0);
  return pack;
}

describe('the VS Code extension package', () => {
  let shipped: string;
  beforeAll(() => {
    packageExtension();
    // What the .vsix carries, away from the workspace's node_modules: it must run on its own.
    shipped = mkdtempSync(join(tmpdir(), 'invite-lint-vsix-'));
    cpSync(join(extension, 'dist'), join(shipped, 'dist'), { recursive: true });
  }, 60_000);

  it('writes packages/vscode/invite-lint-<version>.vsix for VS Code 1.100, with @types/vscode no newer', () => {
    const vsix = join(extension, `invite-lint-${manifest.version}.vsix`);
    expect(existsSync(vsix)).toBe(true);
    expect(statSync(vsix).size).toBeGreaterThan(10_000);
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.devDependencies['@types/vscode']).toBe('1.100.0');
  });

  it('ships the extension, the bundled server and the template library, and no sources', () => {
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: extension, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    const files = listed.stdout.split('\n').filter(Boolean);
    expect(files).toEqual(expect.arrayContaining(['dist/extension.cjs', 'dist/server.mjs', 'dist/library/event/en-1.hbs', 'LICENSE', 'README.md', 'package.json']));
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('node_modules/') || file.endsWith('.ts'))).toEqual([]);
  });

  describe('its server, started from the shipped files alone', () => {
    const folder = fixture({});
    let client: Client;
    beforeAll(async () => {
      client = new Client([process.execPath, join(shipped, 'dist/server.mjs')]);
      await client.initialize(folder);
    });
    afterAll(() => client.stop());

    it('lints a note', async () => {
      const uri = client.open(join(folder, 'draft.invite.txt'), "Hi Jordan,\n\nI'd like to add you to my professional network on LinkedIn.\n");
      const diagnostics = await client.diagnostics(uri);
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-default-text', 'require-reason']);
    });

    it('answers the status bar and the commands: length, rules, library templates', async () => {
      const uri = client.open(join(folder, 'short.invite.txt'), 'Hi Jordan, Dana Ruiz suggested I reach out about your robotics pilot.\n');
      await client.diagnostics(uri);
      expect(await client.connection.sendRequest('invite-lint/length', { uri })).toEqual({ length: 69, limit: 300 });
      expect(await client.connection.sendRequest('invite-lint/length', { uri: 'file:///nowhere.txt' })).toBeNull();
      const rules = (await client.connection.sendRequest('invite-lint/rules')) as { id: string; url: string }[];
      expect(rules.map((rule) => rule.id)).toContain('require-shared-contact');
      const templates = (await client.connection.sendRequest('invite-lint/templates')) as { id: string; source: string }[];
      expect(templates).toHaveLength(30);
      expect(templates.find((template) => template.id === 'event/en-1')?.source).toMatch(/^---\n/);
    });
  });
});
