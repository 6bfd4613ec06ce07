import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_NAMES, ConfigError, ConfigResolver } from '@invite-lint/config';
import { environmentLocale, formatOf, localeOfTag, LOCALES, lint, loadMarkdownParser, noteAt, type Account, type LintData, type Locale } from '@invite-lint/core/internal';
import { helperSpecs } from '@invite-lint/templates/specs';
import { createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DiagnosticSeverity, MessageType, ProposedFeatures, ShowMessageNotification, TextDocumentSyncKind, TextDocuments, type InitializeParams, type Position } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, OPEN_DOCS_COMMAND } from './actions.js';
import { completions } from './completion.js';
import { frameChecker } from './frames.js';
import { brokenFrame, optInMessage } from './messages.js';
import { toDiagnostics } from './diagnostics.js';
import { hoverText } from './hover.js';
import { REQUESTS } from './protocol.js';
import { lengthReply, rulesReply, templatesReply } from './requests.js';
import { lintVerdict } from './select.js';
import { warmUp } from './warm-up.js';

/** What the client may say in `initializationOptions`. */
export interface InitializationOptions {
  /** JavaScript configs run code: they are loaded only when the client says the workspace is trusted. */
  trustedWorkspace?: boolean;
  /** Messages' language; else the client's locale (`es-ES` → es), else English. */
  locale?: string;
}

/** The `invite-lint` section of the client's settings (the VS Code extension's, say). */
export interface ClientSettings {
  enable?: boolean;
  account?: Account;
  limit?: number;
  locale?: string;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const lintData = new Map<string, LintData>();
let root = process.cwd();
let trusted = false;
let locale: Locale = 'en';
let resolver = newResolver();
let clientHasConfiguration = false;
let clientWatchesDynamically = false;
let clientSettings = new Map<string, Promise<ClientSettings>>();

/** The client's settings for a document; `null` (or no support) means the defaults. */
function settingsFor(uri: string): Promise<ClientSettings> {
  if (!clientHasConfiguration) return Promise.resolve({});
  let settings = clientSettings.get(uri);
  if (!settings) {
    settings = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'invite-lint' })
      .then((value: unknown) => (value && typeof value === 'object' ? (value as ClientSettings) : {}))
      .catch(() => ({}));
    clientSettings.set(uri, settings);
  }
  return settings;
}

function newResolver(): ConfigResolver {
  return new ConfigResolver({ cwd: root, trustJs: trusted, ignorePatterns: [] });
}

function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : decodeURIComponent(uri.replace(/^[a-z]+:/, ''));
}

connection.onInitialize((params: InitializeParams) => {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder) root = pathOf(folder);
  trusted = options.trustedWorkspace === true;
  clientHasConfiguration = params.capabilities.workspace?.configuration === true;
  clientWatchesDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  locale = localeOfTag(options.locale ?? params.locale) ?? LOCALES[0];
  resolver = newResolver();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['{', ' '] },
      executeCommandProvider: { commands: [OPEN_DOCS_COMMAND] },
    },
    serverInfo: { name: 'invite-lint-language-server' },
  };
});

// Ask the client to tell us when config files change, and when its settings do.
connection.onInitialized(() => {
  if (clientWatchesDynamically) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [...CONFIG_NAMES.map((name) => ({ globPattern: `**/${name}` })), { globPattern: '**/.invite-lintignore' }],
    });
  }
  if (clientHasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  // The phrase lists compile on first use: done now, not on the user's first keystrokes.
  warmUp();
});

connection.onDidChangeConfiguration(() => {
  clientSettings = new Map();
  for (const document of documents.all()) schedule(document.uri);
});

const scheduled = new Set<string>();

/**
 * Lint a document once the messages already received are handled: an edit storm queues one run
 * per document, which reads the newest text, instead of one lint per keystroke.
 */
function schedule(uri: string): void {
  if (scheduled.has(uri)) return;
  scheduled.add(uri);
  setImmediate(() => {
    scheduled.delete(uri);
    const document = documents.get(uri);
    if (document) void validate(document);
  });
}

/** Lint a document and publish its diagnostics (an empty list too); never throw. */
async function validate(document: TextDocument): Promise<void> {
  const { uri, version } = document;
  try {
    const path = pathOf(uri);
    const text = document.getText();
    const [config, client, markdown] = await Promise.all([resolver.forFile(path), settingsFor(uri), formatOf(path) === 'md' ? loadMarkdownParser() : undefined]);
    // Typing goes on while a config loads: drop a result for a text that has moved on.
    if (documents.get(uri)?.version !== version) return;
    const verdict = client.enable === false ? 'skip' : lintVerdict(path, text, config, markdown);
    if (verdict !== 'lint') {
      if (verdict === 'optIn') explainOptInOnce(path);
      lintData.delete(uri);
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    // The client's account and limit are defaults under the project's config, like CLI flags.
    const clientDefaults = { ...(client.account ? { account: client.account } : {}), ...(client.limit ? { limit: client.limit } : {}) };
    const clientLocale = localeOfTag(client.locale);
    const file = lint(text, {
      filePath: path,
      settings: { ...clientDefaults, ...config.settings },
      rules: config.rules,
      extraRules: config.extraRules,
      locale: config.locale ?? clientLocale ?? locale,
      reportUnusedDirectives: config.reportUnusedDirectives,
      templates: { helpers: helperSpecs },
      markdown,
    });
    if (file.data.inviteLint) lintData.set(uri, file.data.inviteLint);
    await connection.sendDiagnostics({ uri, version, diagnostics: toDiagnostics(file, uri) });
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `invite-lint could not lint this document: ${error instanceof Error ? error.message : String(error)}`;
    connection.console.error(message);
    const diagnostics = error instanceof ConfigError ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: 'invite-lint', message }] : [];
    await connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }
}

let optInExplained = false;

/**
 * The CLI lints every .txt/.md in a folder it is given; the editor opens every such file, so it
 * lints only those marked as notes. Said once a session, so that a silent file is not a mystery.
 */
function explainOptInOnce(path: string): void {
  if (optInExplained) return;
  optInExplained = true;
  // A notification, not showInformationMessage's request: nothing to wait for, nothing to fail.
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: optInMessage(locale, basename(path)) });
}

documents.onDidChangeContent(({ document }) => schedule(document.uri));
documents.onDidClose(({ document }) => {
  lintData.delete(document.uri);
  clientSettings.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

// A config file changed (the client watches them): read configs afresh, lint every open document again.
connection.onDidChangeWatchedFiles(() => {
  resolver = newResolver();
  for (const document of documents.all()) schedule(document.uri);
});

connection.onCodeAction(({ textDocument, context }) => {
  const document = documents.get(textDocument.uri);
  return document ? codeActions(document, pathOf(document.uri), context.diagnostics, locale, lintData.get(textDocument.uri)) : [];
});

connection.onExecuteCommand(async ({ command, arguments: args }) => {
  if (command === OPEN_DOCS_COMMAND && typeof args?.[0] === 'string') await connection.window.showDocument({ uri: args[0], external: true });
});

/** The note a position is in: in a playbook, the one whose block holds it. */
function noteAtPosition(uri: string, position: Position | undefined) {
  const data = lintData.get(uri);
  const document = documents.get(uri);
  if (!data) return undefined;
  if (!data.notes) return data;
  return position && document ? noteAt(data, document.offsetAt(position)) : undefined;
}

connection.onHover(({ textDocument, position }) => {
  const note = noteAtPosition(textDocument.uri, position);
  const text = note ? hoverText(note, locale) : undefined;
  return text ? { contents: { kind: 'markdown', value: text } } : null;
});

connection.onCompletion(({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  if (!document || !pathOf(document.uri).match(/\.(?:hbs|handlebars)$/)) return [];
  const lineBefore = document.getText({ start: { line: position.line, character: 0 }, end: position });
  return completions(lintData.get(textDocument.uri), lineBefore);
});

connection.onRequest(REQUESTS.length, (params: { uri?: unknown; position?: Position }) =>
  typeof params?.uri === 'string' ? lengthReply(noteAtPosition(params.uri, params.position)) : null,
);
connection.onRequest(REQUESTS.rules, async (params?: { uri?: unknown }) => {
  if (typeof params?.uri !== 'string') return rulesReply();
  // A config that cannot load (or may not, untrusted) leaves the built-in rules: its diagnostic says why.
  const config = await resolver.forFile(pathOf(params.uri)).catch(() => undefined);
  return rulesReply(config?.extraRules);
});
connection.onRequest(REQUESTS.templates, () => templatesReply());

documents.listen(connection);
connection.listen();
// A broken frame ends the server with a line on stderr, where it would otherwise live on deaf.
// Checked ahead of the JSON-RPC reader, chunk by chunk: prependListener puts the check first
// and, unlike on('data'), does not start the stream, which listen() has just started.
if (process.argv.includes('--stdio')) {
  process.stdin.prependListener(
    'data',
    frameChecker((problem) => {
      process.stderr.write(`${brokenFrame(environmentLocale(process.env), problem)}\n`);
      process.exit(1);
    }),
  );
}
