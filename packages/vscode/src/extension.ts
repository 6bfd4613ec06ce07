import * as vscode from 'vscode';
import { REQUESTS, type LengthParams, type LengthReply, type RuleEntry, type TemplateEntry } from '@invite-lint/language-server/protocol';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';

const LINTED_FILES = '**/*.{txt,md,hbs,handlebars}';
const NEVER_LINTED = '**/{node_modules,dist,.git,coverage}/**';
const MAX_WORKSPACE_FILES = 2000;

let client: LanguageClient | undefined;

/** Start the bundled server; everything else (which files, which rules) is the server's business. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.mjs');
  // --no-regexp-tier-up, as the server's own bin passes it (see packages/language-server/bin).
  const options = { execArgv: ['--no-regexp-tier-up'] };
  const serverOptions: ServerOptions = { run: { module, transport: TransportKind.stdio, options }, debug: { module, transport: TransportKind.stdio, options } };
  const clientOptions: LanguageClientOptions = {
    // The server picks files by name and content, never by language: offer it every text file.
    documentSelector: [
      { scheme: 'file', pattern: LINTED_FILES },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions: { trustedWorkspace: vscode.workspace.isTrusted, locale: vscode.env.language },
  };
  client = new LanguageClient('invite-lint', 'invite-lint', serverOptions, clientOptions);
  await client.start();

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.name = 'invite-lint: length';
  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(() => void showLength(status)),
    vscode.languages.onDidChangeDiagnostics(() => void showLength(status)),
    // In a playbook the length is the note the cursor is in.
    vscode.window.onDidChangeTextEditorSelection(() => void showLength(status)),
    vscode.commands.registerCommand('invite-lint.lintWorkspace', lintWorkspace),
    vscode.commands.registerCommand('invite-lint.showRuleDocs', showRuleDocs),
    vscode.commands.registerCommand('invite-lint.insertTemplate', insertTemplate),
  );
  await showLength(status);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** "123 / 200" for the active note (in a playbook, the one under the cursor), from the server's last lint of it; hidden for other files. */
async function showLength(status: vscode.StatusBarItem): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const params: LengthParams | undefined = editor && { uri: editor.document.uri.toString(), position: editor.selection.active };
  const reply = params && client ? await client.sendRequest<LengthReply | null>(REQUESTS.length, params).catch(() => null) : null;
  if (!reply) {
    status.hide();
    return;
  }
  const over = reply.length > reply.limit || (reply.worst ?? 0) > reply.limit;
  status.text = `$(${over ? 'warning' : 'note'}) ${reply.length} / ${reply.limit}${reply.worst === undefined ? '' : ` (≤ ${reply.worst})`}`;
  status.tooltip = reply.worst === undefined ? 'invite-lint: characters / limit' : 'invite-lint: typical characters / limit (worst case)';
  status.show();
}

/** Open every candidate file so the server lints it: the results land in the Problems panel. */
async function lintWorkspace(): Promise<void> {
  const files = await vscode.workspace.findFiles(LINTED_FILES, NEVER_LINTED, MAX_WORKSPACE_FILES);
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'invite-lint: linting the workspace' }, async () => {
    for (const file of files) await vscode.workspace.openTextDocument(file);
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function showRuleDocs(): Promise<void> {
  if (!client) return;
  // With the open document, its config's plugin rules are listed too.
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const rules = await client.sendRequest<RuleEntry[]>(REQUESTS.rules, uri ? { uri } : {});
  const picked = await vscode.window.showQuickPick(
    rules.map((rule) => ({ label: rule.id, detail: rule.description, url: rule.url })),
    { placeHolder: 'Which rule?' },
  );
  // A plugin rule may have no docs link: nothing to open for it.
  if (picked?.url) await vscode.env.openExternal(vscode.Uri.parse(picked.url));
}

async function insertTemplate(): Promise<void> {
  if (!client) return;
  const templates = await client.sendRequest<TemplateEntry[]>(REQUESTS.templates);
  const picked = await vscode.window.showQuickPick(
    templates.map((template) => ({
      label: template.id,
      description: `${template.lang} · ${template.degree ? `degree ${template.degree}` : 'any degree'} · ${template.account}`,
      source: template.source,
    })),
    { placeHolder: 'Which template?' },
  );
  if (!picked) return;
  const editor = vscode.window.activeTextEditor;
  if (editor) await editor.insertSnippet(new vscode.SnippetString().appendText(picked.source));
  else await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'handlebars', content: picked.source }));
}
