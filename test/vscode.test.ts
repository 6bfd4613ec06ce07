import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, missingTools } from './support/chromium.js';
import { fixture, root } from './support/cli.js';
import { Client } from './support/lsp-client.js';
import { CONFIG_NAMES } from '../packages/config/src/load.js';

const extension = join(root, 'packages/vscode');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as { name: string; version: string; engines: { vscode: string }; main: string; devDependencies: Record<string, string> };
const vsce = join(extension, 'node_modules/@vscode/vsce/vsce');
/** Where the first block packages the extension and the second installs it from. */
const vsix = join(mkdtempSync(join(tmpdir(), 'invite-lint-vsix-')), `invite-lint-${manifest.version}.vsix`);

/** The package command's two steps, run as the package script runs them (no pnpm needed here), the .vsix written to `vsix`, outside the source tree. */
function packageExtension(vsix: string) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: extension, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const pack = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: extension, encoding: 'utf8' });
  expect(pack.status, pack.stderr + pack.stdout).toBe(0);
  return pack;
}

describe('the VS Code extension package', () => {
  it('activates only on config files the loader reads', () => {
    const events = (JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as { activationEvents: string[] }).activationEvents;
    const configGlobs = events.filter((event) => event.startsWith('workspaceContains:') && !event.includes('.invite.'));
    expect(configGlobs.length).toBeGreaterThan(0);
    for (const glob of configGlobs) {
      const names = glob.replace('workspaceContains:**/', '').replace(/\{(.*)\}/, (_, list: string) => `(${list.split(',').join('|')})`).replace(/\./g, '\\.');
      expect(CONFIG_NAMES.some((name) => new RegExp(`^${names}$`).test(name)), glob).toBe(true);
    }
  });

  let shipped: string;
  beforeAll(() => {
    packageExtension(vsix);
    // What the .vsix carries, away from the workspace's node_modules: it must run on its own.
    shipped = mkdtempSync(join(tmpdir(), 'invite-lint-vsix-'));
    cpSync(join(extension, 'dist'), join(shipped, 'dist'), { recursive: true });
  }, 60_000);

  it('packages invite-lint-<version>.vsix for VS Code 1.100, with @types/vscode no newer', () => {
    expect(existsSync(vsix)).toBe(true);
    expect(statSync(vsix).size).toBeGreaterThan(10_000);
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.devDependencies['@types/vscode']).toBe('1.100.0');
  });

  it('ships the extension, the bundled server with its phrase words and the template library, and no sources', () => {
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: extension, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    const files = listed.stdout.split('\n').filter(Boolean);
    expect(files).toEqual(expect.arrayContaining(['dist/extension.cjs', 'dist/server.mjs', 'dist/phrase-words.txt', 'dist/library/event/en-1.hbs', 'LICENSE', 'README.md', 'package.json']));
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

// code-server (VS Code in a browser) and Debian's chromium, both installed by .ci/run.
const CODE_SERVER = process.env.CODE_SERVER_PATH ?? join(root, '.ci/.cache/code-server/bin/code-server');
const missing = missingTools('vscode-e2e', [CODE_SERVER, CHROMIUM], 'bash .ci/install-code-server.sh .ci/.cache/code-server installs code-server');

const STOCK = "Hi Jordan,\n\nI'd like to add you to my professional network on LinkedIn.\n";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForHttp(url: string, deadline: number): Promise<void> {
  for (;;) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`code-server did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(missing.length > 0)('the packaged extension in a real VS Code (code-server 4.100.3)', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'invite-lint-code-server-'));
  const folder = fixture({ 'draft.invite.txt': STOCK });
  // code-server writes under HOME and the XDG folders even when told where its data goes.
  const env = { ...process.env, HOME: sandbox, XDG_CONFIG_HOME: join(sandbox, 'config'), XDG_DATA_HOME: join(sandbox, 'share') };
  const dirs = ['--user-data-dir', join(sandbox, 'data'), '--extensions-dir', join(sandbox, 'extensions')];
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let port: number;

  beforeAll(async () => {
    mkdirSync(join(sandbox, 'config'), { recursive: true });
    // The .vsix the first describe block packaged (the blocks of a file run in order).
    const install = spawnSync(CODE_SERVER, ['--install-extension', vsix, ...dirs], { env, encoding: 'utf8' });
    expect(install.status, install.stderr + install.stdout).toBe(0);

    port = await freePort();
    server = spawn(
      CODE_SERVER,
      ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--config', join(sandbox, 'config.yaml'), ...dirs, folder],
      { env, stdio: 'ignore' },
    );
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, Date.now() + 60_000);

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Nothing but the local code-server: no gallery, no fonts, no telemetry.
    await context.route('**/*', (route) => {
      const { hostname, protocol } = new URL(route.request().url());
      return hostname === '127.0.0.1' || hostname === 'localhost' || protocol === 'data:' || protocol === 'blob:' ? route.continue() : route.abort();
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('shows the no-default-text problem of a stock note, applies a quick fix, and shows the length', async () => {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.invite.txt' }).click({ timeout: 30_000 });
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'professional network' }).waitFor({ timeout: 30_000 });

    await page.locator('#status\\.problems').click();
    const problems = page.locator('.markers-panel');
    await problems.getByText(/stock invitation text/).first().waitFor({ timeout: 60_000 });
    await expect(problems.getByText('no-default-text').count()).resolves.toBeGreaterThan(0);

    // The status bar item the extension adds: the note's length against its limit.
    await page.locator('.statusbar-item', { hasText: /\d+ \/ \d+/ }).first().waitFor({ timeout: 30_000 });

    await editor.locator('.view-line', { hasText: 'professional network' }).click();
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget').getByText('Replace it with: We met at [event] and talked about [topic].');
    await fix.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(sandbox, 'quick-fix.png') });
    // The menu keeps animating for Playwright's stability check: click where it is.
    const box = await fix.boundingBox();
    await page.mouse.click(box!.x + 10, box!.y + box!.height / 2);
    await editor.locator('.view-line', { hasText: 'We met at [event] and talked about [topic].' }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => problems.getByText(/stock invitation text/).count(), { timeout: 30_000 })
      .toBe(0);
    await page.screenshot({ path: join(sandbox, 'fixed.png') });
    console.log(`vscode-e2e: screenshots in ${sandbox} (quick-fix.png, fixed.png)`);
  }, 180_000);
});
