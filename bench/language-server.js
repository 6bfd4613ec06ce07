// @ts-check
// The language server while typing: a 300-character note typed one keystroke at a time over
// stdio, the time from each didChange to its publishDiagnostics (p50 / p95 / max); an edit storm
// of 1,000 edits a second, to a note and to a template; then the server's memory after opening
// 1,000 documents. Numbers only; nothing here fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { record } from './fixtures/figures.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, 'examples');

/**
 * A server started and initialised, with `waiting`: what to call when diagnostics for a URI come.
 * @param {string} command @param {string[]} args
 */
async function connect(command, args) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  if (!child.stdout || !child.stdin) throw new Error('no stdio');
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** @type {Map<string, (version: number) => void>} */
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (/** @type {{ uri: string, version?: number }} */ params) => {
    waiting.get(params.uri)?.(params.version ?? 0);
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  return { child, connection, waiting };
}

/** @param {Awaited<ReturnType<typeof connect>>} started */
async function stop({ child, connection }) {
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit').catch(() => undefined);
  connection.dispose();
  child.kill();
}

/** @param {number[]} values @param {number} q */
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

const floorServer = await connect(process.execPath, [join(root, 'bench/fixtures/lsp-floor.js')]);
const languageServer = await connect(join(root, 'node_modules/.bin/invite-lint-language-server'), ['--stdio']);
const { child: server, connection, waiting } = languageServer;

const note = '---\ndegree: 2\n---\nHi Priya, Tomás Ortega mentioned you’re rebuilding the data platform at Finlo — I led a similar Snowflake migration last year and would be glad to compare notes on the cost model, the dbt layout and how you staff on-call for it. Would you be open to connecting?';

/**
 * Send a document's new text and wait for the diagnostics of that version.
 * @param {Awaited<ReturnType<typeof connect>>} to @param {string} uri @param {number} version @param {string} text
 */
function changeAndWait({ connection, waiting }, uri, version, text) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    waiting.set(uri, (published) => {
      if (published !== version) return;
      waiting.delete(uri);
      resolve(Number(process.hrtime.bigint() - start) / 1e6);
    });
    const change = version === 1 ? { textDocument: { uri, languageId: 'plaintext', version, text } } : { textDocument: { uri, version }, contentChanges: [{ text }] };
    void connection.sendNotification(version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange', change);
  });
}

/**
 * `text` typed from `typedFrom` on, one keystroke at a time, each waiting for its diagnostics.
 * `server` says whether the server has typed a note before (its code compiled and optimised).
 * @param {string} name @param {string} text @param {number} typedFrom @param {number} goal @param {string} server
 */
async function typing(name, text, typedFrom, goal, server) {
  const typedUri = pathToFileURL(join(folder, name)).href;
  /** @type {Record<'ours' | 'floor', number[]>} */
  const latencies = { ours: [], floor: [] };
  await changeAndWait(languageServer, typedUri, 1, text.slice(0, typedFrom));
  await changeAndWait(floorServer, typedUri, 1, text.slice(0, typedFrom));
  // Keystroke by keystroke, the floor's answer to the same edit right after ours.
  for (let end = typedFrom + 1, version = 2; end <= text.length; end++, version++) {
    latencies.ours.push(await changeAndWait(languageServer, typedUri, version, text.slice(0, end)));
    latencies.floor.push(await changeAndWait(floorServer, typedUri, version, text.slice(0, end)));
  }
  const [p50, p95] = [quantile(latencies.ours, 0.5).toFixed(2), quantile(latencies.ours, 0.95).toFixed(2)];
  const floor = `p50 ${quantile(latencies.floor, 0.5).toFixed(2)} ms, p95 ${quantile(latencies.floor, 0.95).toFixed(2)} ms`;
  console.log(`language server, ${server}, typing ${text.length - typedFrom} keystrokes into ${name} (${text.length} characters): didChange -> publishDiagnostics p50 ${p50} ms, p95 ${p95} ms, max ${Math.max(...latencies.ours).toFixed(2)} ms; a JSON-RPC server that lints nothing: ${floor} (goal: p95 <= ${goal} ms)`);
  record({ what: `editor, typing into a ${text.length}-character ${name.endsWith('.hbs') ? 'template' : 'note'}, ${server}`, measured: `p50 ${p50} ms, p95 ${p95} ms`, against: `an echo server on the same JSON-RPC: ${floor}`, goal: `p95 ≤ ${goal} ms` });
}
await typing('typing.invite.txt', note, note.indexOf('Hi Priya'), 2, 'a new server');
await typing('typing-again.invite.txt', note, note.indexOf('Hi Priya'), 2, 'a server that has typed before');
// A 5 KB template: a long front matter (every variable declared, described and sampled), then the note.
const variables = Array.from({ length: 45 }, (_, index) => `  field${index}: { description: "Column ${index} of the team's export, as the sales tool writes it", maxLength: 40, sample: "Sample ${index}" }`);
const template = `---\ndegree: 3\nvariables:\n${variables.join('\n')}\n---\nHi {{firstName}}, we met at {{field1}}{{#if field2}} with the {{field2}} team{{/if}}. {{default field3 "Your work"}} on data platforms is close to mine; I would be glad to compare notes on {{field4}}.`;
await typing('typing.invite.hbs', template, template.length - 100, 10, 'a server that has typed before');

/**
 * An edit storm: `count` edits of one document, one a millisecond, each waiting for the first
 * diagnostics of its version or a newer one (a server that lints only the newest text answers
 * many edits at once). @param {string} name @param {string} text
 */
async function storm(name, text, count = 1000) {
  const stormUri = pathToFileURL(join(folder, name)).href;
  /** @type {{ version: number, sent: bigint, waited?: number }[]} */
  const edits = [];
  waiting.set(stormUri, (published) => {
    const now = process.hrtime.bigint();
    for (const edit of edits) if (edit.waited === undefined && edit.version <= published) edit.waited = Number(now - edit.sent) / 1e6;
  });
  void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: stormUri, languageId: 'plaintext', version: 1, text } });
  for (let version = 2; version < count + 2; version++) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    edits.push({ version, sent: process.hrtime.bigint() });
    void connection.sendNotification('textDocument/didChange', { textDocument: { uri: stormUri, version }, contentChanges: [{ text: `${text} ${version}` }] });
  }
  while (edits.some((edit) => edit.waited === undefined)) await new Promise((resolve) => setTimeout(resolve, 5));
  waiting.delete(stormUri);
  const waits = edits.map((edit) => edit.waited ?? 0);
  console.log(`language server, ${count} edits of ${name} a millisecond apart: edit -> diagnostics p50 ${quantile(waits, 0.5).toFixed(2)} ms, p95 ${quantile(waits, 0.95).toFixed(2)} ms (goal: p95 <= 20 ms)`);
  record({ what: `editor, ${count} edits a second to a ${name.endsWith('.hbs') ? 'template' : 'note'}`, measured: `p50 ${quantile(waits, 0.5).toFixed(2)} ms, p95 ${quantile(waits, 0.95).toFixed(2)} ms`, against: '', goal: 'p95 ≤ 20 ms' });
}
await storm('storm.invite.txt', note);
await storm('storm.invite.hbs', `---\ndegree: 3\nvariables:\n  event: { sample: KubeCon }\n---\nHi {{firstName}}, we met at {{event}}{{#if company}} with the {{company}} team{{/if}}. {{default position "Your work"}} on data platforms is close to mine.`);

const before = rssMegabytes();
for (let index = 0; index < 1000; index++) {
  const documentUri = pathToFileURL(join(folder, `open-${index}.invite.txt`)).href;
  await new Promise((resolve) => {
    waiting.set(documentUri, () => {
      waiting.delete(documentUri);
      resolve(undefined);
    });
    void connection.sendNotification('textDocument/didOpen', { textDocument: { uri: documentUri, languageId: 'plaintext', version: 1, text: note.replace('Priya', `Priya ${index}`) } });
  });
}
console.log(`language server memory: ${before.toFixed(0)} MB after start, ${rssMegabytes().toFixed(0)} MB with 1,000 documents open`);
record({ what: 'editor, memory', measured: `${before.toFixed(0)} MB after start, ${rssMegabytes().toFixed(0)} MB with 1,000 documents open`, against: '', goal: '' });

await stop(languageServer);
await stop(floorServer);

/** The server's resident memory (Linux /proc), in MB. */
function rssMegabytes() {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
