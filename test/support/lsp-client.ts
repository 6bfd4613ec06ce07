import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { root } from './cli.js';

/** A real client over stdio: the server as a subprocess, JSON-RPC both ways. */
export class Client {
  private readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiting: (() => void)[] = [];
  private version = 1;

  /** The messages the server asked the editor to show (window/showMessage), in order. */
  readonly shown: { type: number; message: string }[] = [];

  /** What the client answers to workspace/configuration (the server asks for the `invite-lint` section). */
  settings: unknown = null;

  /** `command`: the server to start; the workspace's linked bin unless told. */
  constructor(command: string[] = [join(root, 'node_modules/.bin/invite-lint-language-server')]) {
    const [program, ...args] = command;
    this.process = spawn(program!, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params]);
      for (const wake of this.waiting.splice(0)) wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.shown.push(params);
    });
    this.connection.onRequest('window/showDocument', () => ({ success: true }));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(folder: string, options: { locale?: string; initializationOptions?: object } = {}) {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'notes' }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      locale: options.locale,
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(path: string, text: string, languageId = 'plaintext') {
    const uri = pathToFileURL(path).href;
    this.published.delete(uri);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: this.version++, text } });
    return uri;
  }

  change(uri: string, text: string) {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: this.version++ }, contentChanges: [{ text }] });
  }

  /** The next diagnostics published for `uri` after `count` earlier ones. */
  async diagnostics(uri: string, count = 0): Promise<Diagnostic[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const list = this.published.get(uri) ?? [];
      if (list.length > count) return list[list.length - 1]!.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`);
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  publishedCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  async stop() {
    // The server may already be gone: a write to a closed stream is not a test failure here.
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.process.kill();
  }
}
