import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { fixture } from './support/cli.js';
import { Client } from './support/lsp-client.js';
import { english, spanish } from './support/playbooks.js';

const placed = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`);

describe('the language server in a Markdown playbook', () => {
  const folder = fixture({ 'invite-lint.config.yaml': 'account: free\n' });
  const client = new Client();
  beforeAll(() => client.initialize(folder));
  afterAll(() => client.stop());
  const conference = english.notes[1]!;
  const mutual = english.notes[2]!;

  it("shows each note's findings on its lines as you type", async () => {
    const uri = client.open(join(folder, 'playbooks', 'en.md'), english.source, 'markdown');
    const first = await client.diagnostics(uri);
    expect(placed(first)).toEqual([
      `${conference.firstLine - 1}:12 require-context`,
      `${english.notes[3]!.firstLine - 1}:200 max-length`,
      `${english.notes[4]!.firstLine - 1}:8 no-default-text`,
      `${english.notes[4]!.firstLine - 1}:8 require-reason`,
      `${english.notes[4]!.firstLine - 1}:8 require-context`,
    ]);
    // Name the event: that note's finding goes, the others stay where they were.
    client.change(uri, english.source.replace('at the conference last week', 'at ProMat in Chicago last week'));
    expect(placed(await client.diagnostics(uri, 1))).toEqual(placed(first).slice(1));
  });

  it('lints a Spanish playbook found by its headings, and says nothing in a README that holds code', async () => {
    const uri = client.open(join(folder, 'playbooks', 'es.md'), spanish.source, 'markdown');
    expect(placed(await client.diagnostics(uri))).toContain(`${spanish.notes[2]!.firstLine - 1}:14 require-shared-contact`);
    const readme = client.open(join(folder, 'README.md'), '# Tool\n\n## Notes\n\n```\nnpm install\n```\n\n> Keep it short.\n', 'markdown');
    expect(await client.diagnostics(readme)).toEqual([]);
  });

  it('hovers with the length of the note under the cursor, and answers the length request for it', async () => {
    const uri = client.open(join(folder, 'hover.md'), english.source, 'markdown');
    await client.diagnostics(uri);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: mutual.firstLine - 1, character: 4 } });
    expect(hover?.contents).toEqual({ kind: 'markdown', value: `**${mutual.text.length} / 200 characters** (${200 - mutual.text.length} left)` });
    const between = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(between).toBeNull();
    const length = await client.connection.sendRequest('invite-lint/length', { uri, position: { line: mutual.firstLine, character: 3 } });
    expect(length).toEqual({ length: mutual.text.length, limit: 200 });
  });

  it('turns a rule off around the note, never inside its block', async () => {
    const uri = client.open(join(folder, 'actions.md'), english.source, 'markdown');
    const diagnostics = await client.diagnostics(uri);
    const target = diagnostics.find((diagnostic) => diagnostic.code === 'require-context')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    const titles = actions.map((action) => action.title);
    expect(titles).not.toContain('Disable require-context for this line');
    const around = actions.find((action) => action.title === 'Disable require-context for this note');
    expect(around?.edit?.changes?.[uri]).toEqual([
      { range: { start: { line: conference.firstLine - 1, character: 0 }, end: { line: conference.firstLine - 1, character: 0 } }, newText: '<!-- invite-lint-disable require-context -->\n' },
      { range: { start: { line: conference.lastLine, character: 0 }, end: { line: conference.lastLine, character: 0 } }, newText: '<!-- invite-lint-enable require-context -->\n' },
    ]);
  });
});
