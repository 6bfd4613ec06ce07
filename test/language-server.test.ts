import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver-protocol';
import { fixture, root } from './support/cli.js';
import { Client } from './support/lsp-client.js';

const stock = '---\ndegree: 2\n---\nHi Jordan,\n\nI\'d like to add you to my professional network on LinkedIn.\n';

describe('the language server over stdio', () => {
  const folder = fixture({ 'invite-lint.config.yaml': 'rules:\n  near-max-length: warn\n' });
  const client = new Client();
  beforeAll(() => client.initialize(folder));
  afterAll(() => client.stop());

  it('publishes diagnostics on open, with source, code, docs and exact ranges', async () => {
    const uri = client.open(join(folder, 'draft.invite.txt'), stock);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-default-text', 'require-reason', 'require-shared-contact']);
    expect(diagnostics[0]).toMatchObject({
      source: 'invite-lint',
      severity: 1,
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 59 } },
      codeDescription: { href: expect.stringMatching(/rules\/no-default-text\/README\.md$/) },
    });
  });

  it('lists what a judgement rests on as related information in the document', async () => {
    const uri = client.open(join(folder, 'unnamed.invite.txt'), '---\ndegree: 3\n---\nHi Elena, great meeting you at the conference!\n');
    const [diagnostic] = await client.diagnostics(uri);
    expect(diagnostic?.code).toBe('require-context');
    expect(diagnostic?.relatedInformation).toEqual([
      { location: { uri, range: { start: { line: 3, character: 10 }, end: { line: 3, character: 45 } } }, message: '"great meeting you at the conference"' },
    ]);
  });

  it('republishes after every change, an empty list included', async () => {
    const uri = client.open(join(folder, 'edit.invite.txt'), stock);
    expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toContain('no-default-text');
    client.change(uri, '---\ndegree: 2\n---\nHi Jordan, Dana Ruiz suggested I reach out about your warehouse robotics pilot in Ohio.\n');
    expect(await client.diagnostics(uri, 1)).toEqual([]);
  });

  it('chooses files by name and content, never by languageId', async () => {
    const requirements = client.open(join(folder, 'requirements.txt'), 'vitest==4\n', 'pip-requirements');
    expect(await client.diagnostics(requirements)).toEqual([]);
    const note = client.open(join(folder, 'note.txt'), stock, 'text');
    expect((await client.diagnostics(note)).length).toBe(3);
    const ember = client.open(join(folder, 'component.hbs'), '<div>{{shout name}}</div>\n', 'handlebars');
    expect(await client.diagnostics(ember)).toEqual([]);
  });

  it('says once, as information, why a plain text file is not linted and how to opt it in', async () => {
    for (const name of ['todo.txt', 'ideas.md']) {
      const uri = client.open(join(folder, name), 'Buy milk\n');
      expect(await client.diagnostics(uri)).toEqual([]);
    }
    // requirements.txt, opened by the test before, was the first.
    expect(client.shown).toHaveLength(1);
    expect(client.shown[0]).toEqual({
      type: 3,
      message: expect.stringMatching(/^invite-lint does not check (requirements|todo)\.txt: .*front matter \(---\).*\*\.invite\.txt.*`files` in invite-lint\.config\.json\.$/),
    });
  });

  it('never crashes on bad documents and keeps answering', async () => {
    const half = client.open(join(folder, 'half.invite.txt'), '---\ndeg');
    expect((await client.diagnostics(half))[0]?.message).toContain('never closed');
    const junk = client.open(join(folder, 'junk.invite.txt'), '\u0000\u0001\uFFFD'.repeat(100));
    await client.diagnostics(junk);
    const mustaches = client.open(join(folder, 'broken.invite.hbs'), 'Hi {{#if firstName}}{{firstName}');
    expect((await client.diagnostics(mustaches))[0]?.message).toContain('Template syntax error');
    const paste = client.open(join(folder, 'paste.invite.txt'), 'We met at PyCon in Bilbao. '.repeat(8000));
    expect((await client.diagnostics(paste)).some((diagnostic) => diagnostic.code === 'max-length')).toBe(true);
    const closing = client.open(join(folder, 'closing.invite.txt'), stock);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closing } });
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: half }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  });

  it('offers quick fixes: suggestions, turning the rule off, and its docs', async () => {
    const uri = client.open(join(folder, 'fixes.invite.txt'), stock);
    const diagnostics = await client.diagnostics(uri);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics: [diagnostics[0]] },
    });
    const titles = actions.map((action) => action.title);
    expect(titles).toContain('Replace it with: [Name of the person you both know] suggested I reach out about [topic].');
    expect(titles).toContain('Disable no-default-text for this file');
    expect(titles).toContain('Show the documentation of no-default-text');
    const disable = actions.find((action) => action.title === 'Disable no-default-text for this file');
    expect(disable?.edit?.changes?.[uri]?.[0]).toEqual({ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: 'disable: [no-default-text]\n' });
  });

  it('turns a template placeholder into its variable with the rule fix', async () => {
    const uri = client.open(join(folder, 't.invite.hbs'), '---\ndegree: 3\n---\nHi {firstName}, we met at PyCon ES.\n');
    const diagnostics = await client.diagnostics(uri);
    const target = diagnostics.find((diagnostic) => diagnostic.code === 'no-placeholder-left')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    expect(actions[0]).toMatchObject({ title: 'Fix: no-placeholder-left', isPreferred: true, edit: { changes: { [uri]: [{ newText: '{{firstName}}' }] } } });
    expect(actions.some((action) => action.title === 'Disable no-placeholder-left for this line')).toBe(true);
  });

  it('hovers with the length against the limit, and a template preview', async () => {
    const note = client.open(join(folder, 'length.invite.txt'), '---\naccount: free\n---\nHi Ana, Dana Ruiz suggested I write.\n');
    await client.diagnostics(note);
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: note }, position: { line: 3, character: 2 } });
    expect(hover.contents).toEqual({ kind: 'markdown', value: '**36 / 200 characters** (164 left)' });
    const template = client.open(join(folder, 'preview.invite.hbs'), '---\ndegree: 3\nvariables:\n  event: { maxLength: 40, sample: PyCon ES, required: true }\n---\nHi {{firstName}}, we met at {{event}}.\n');
    await client.diagnostics(template);
    const preview = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: template }, position: { line: 5, character: 2 } });
    expect((preview.contents as { value: string }).value).toContain('worst case **76** (event ≤ 40, firstName ≤ 20)');
    expect((preview.contents as { value: string }).value).toContain('> Hi [firstName], we met at PyCon ES.');
  });

  it('completes variables and helpers inside {{ }}', async () => {
    const uri = client.open(join(folder, 'complete.invite.hbs'), '---\ndegree: 3\nvariables:\n  event: { description: Where you met, maxLength: 40 }\n---\nHi {{\n');
    await client.diagnostics(uri);
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 5 } });
    const labels = items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['event', 'firstName', 'company', 'default', 'nameCase']));
    expect(items.find((item) => item.label === 'event')?.detail).toBe('Where you met');
  });

  it('reads configs again when they change', async () => {
    const uri = client.open(join(folder, 'config.invite.txt'), 'Hi Sam, let us connect!\n');
    expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toEqual(['require-reason']);
    writeFileSync(join(folder, 'invite-lint.config.yaml'), 'rules:\n  require-reason: off\n');
    const before = client.publishedCount(uri);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(folder, 'invite-lint.config.yaml')).href, type: 2 }] });
    expect(await client.diagnostics(uri, before)).toEqual([]);
  });
});

describe('the language server, in Spanish and in an untrusted workspace', () => {
  const folder = fixture({ 'invite-lint.config.mjs': "export default { rules: { 'require-reason': 'off' } };" });
  const client = new Client();
  beforeAll(() => client.initialize(folder, { locale: 'es-ES' }));
  afterAll(() => client.stop());

  it("speaks the client's locale and refuses to run a JavaScript config it was not told to trust", async () => {
    const uri = client.open(join(folder, 'nota.invite.txt'), 'Hola Sam, ¡conectemos!\n');
    const [diagnostic] = await client.diagnostics(uri);
    expect(diagnostic?.message).toContain('is a JavaScript config, which runs code: it is loaded only in a trusted workspace');
  });
});

describe('the language server in Spanish', () => {
  const folder = fixture({ 'invite-lint.config.json': '{}' });
  const client = new Client();
  beforeAll(() => client.initialize(folder, { locale: 'es-ES' }));
  afterAll(() => client.stop());

  it('says in Spanish why a plain text file is not linted', async () => {
    const uri = client.open(join(folder, 'lista.txt'), 'Comprar pan\n');
    expect(await client.diagnostics(uri)).toEqual([]);
    expect(client.shown).toEqual([{ type: 3, message: expect.stringMatching(/^invite-lint no revisa lista\.txt: .*front matter/) }]);
  });
});

describe('the language server in a trusted workspace', () => {
  const folder = fixture({ 'invite-lint.config.mjs': "export default { locale: 'es', rules: { 'require-shared-contact': 'off' } };" });
  const client = new Client();
  beforeAll(() => client.initialize(folder, { initializationOptions: { trustedWorkspace: true } }));
  afterAll(() => client.stop());

  it('loads a JavaScript config when trusted', async () => {
    const uri = client.open(join(folder, 'nota.invite.txt'), '---\ndegree: 2\n---\nHola Sam, ¡conectemos!\n');
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['require-reason']);
    expect(diagnostics[0]?.message).toMatch(/^La nota no dice por qué/);
  });
});

describe("the language server with the client's settings", () => {
  const folder = fixture({});
  const client = new Client();
  beforeAll(() => client.initialize(folder));
  afterAll(() => client.stop());
  const note = `Hi Ana, Dana Ruiz suggested I reach out about your warehouse robotics pilot.${' We compared costs.'.repeat(7)}\n`;

  it('takes a null answer as the defaults', async () => {
    client.settings = null;
    const uri = client.open(join(folder, 'a.invite.txt'), note);
    expect(await client.diagnostics(uri)).toEqual([]);
  });

  it('uses the account and locale set in the editor, and can be switched off', async () => {
    client.settings = { account: 'free', locale: 'es' };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = client.open(join(folder, 'b.invite.txt'), note);
    const diagnostics = await client.diagnostics(uri);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['max-length']);
    expect(diagnostics[0]?.message).toMatch(/^La nota tiene \d+ caracteres, \d+ más que el límite de 200 caracteres de las cuentas gratuitas/);
    client.settings = { enable: false };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const off = client.open(join(folder, 'c.invite.txt'), 'Hi Sam, let us connect!\n');
    expect(await client.diagnostics(off)).toEqual([]);
  });
});

describe('the language server outside a session', () => {
  const server = join(root, 'node_modules/.bin/invite-lint-language-server');
  const environment = (lang: string) => ({ ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' });

  it('prints its usage with --help and exits 0, in Spanish when LANG says so', () => {
    const english = spawnSync(server, ['--help'], { encoding: 'utf8', env: environment('C.UTF-8') });
    expect({ code: english.status, stderr: english.stderr }).toEqual({ code: 0, stderr: '' });
    expect(english.stdout).toMatch(/^Usage: invite-lint-language-server --stdio\n/);
    expect(english.stdout).toContain('--stdio');
    const spanish = spawnSync(server, ['-h'], { encoding: 'utf8', env: environment('es_ES.UTF-8') });
    expect(spanish.status).toBe(0);
    expect(spanish.stdout).toMatch(/^Uso: invite-lint-language-server --stdio\n/);
  });

  it('says how to start it, exit 2, when given no way to talk to an editor', () => {
    const run = spawnSync(server, [], { encoding: 'utf8', env: environment('C.UTF-8') });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: invite-lint-language-server --stdio\n/);
  });

  /** Send `bytes` over stdio and keep the pipe open: a broken frame must end the server, not leave it waiting. */
  const exitAfter = (bytes: string) =>
    new Promise<{ code: number | null; stderr: string }>((settle, fail) => {
      const child = spawn(server, ['--stdio'], { env: environment('C.UTF-8') });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => {
        child.kill();
        fail(new Error(`still running after a broken frame; stderr: ${stderr}`));
      }, 5000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        settle({ code, stderr });
      });
      child.stdin.write(bytes);
    });

  it.each([
    ['a length that is not a number', 'Content-Length: abc\r\n\r\n{}', 'Content-Length "abc" is not a number of bytes'],
    ['no length', 'Content-Type: application/json\r\n\r\n{}', 'no Content-Length header'],
    ['a length over 64 MB', 'Content-Length: 99999999999\r\n\r\n{', 'Content-Length 99999999999 is over the 64 MB a message may have'],
    ['a header that never ends', `Content-Length: 2${' '.repeat(9000)}`, 'a header of over 8192 bytes, never ended by a blank line'],
  ])('stops with a clear message on a broken frame: %s', async (_, frame, problem) => {
    const { code, stderr } = await exitAfter(frame);
    expect(code).toBe(1);
    expect(stderr).toBe(`invite-lint-language-server: stopping: the editor sent a message the server cannot read (${problem}), and nothing after it can be read either.\n`);
  });

  it('stops on a broken frame after good ones', async () => {
    const initialize = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const { code, stderr } = await exitAfter(`Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}Content-Length: -1\r\n\r\n`);
    expect(code).toBe(1);
    expect(stderr).toContain('(Content-Length "-1" is not a number of bytes)');
  });
});
