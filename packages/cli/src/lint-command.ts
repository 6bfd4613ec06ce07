import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint, toLintResult, unreadableResult, type LintResult, type NoteSettings } from '@invite-lint/core';
import { helperSpecs } from '@invite-lint/templates/specs';
import { discoverFiles } from './files.js';
import { formatters } from './formatters/index.js';
import { decodeNote, readNoteFile } from './read.js';
import { UsageError } from './usage-error.js';

export interface LintCommandOptions {
  format: string;
  outputFile?: string;
  stdin?: boolean;
  stdinFilename: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  settings: NoteSettings;
}

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  /** Standard output as a stream, for output large enough to need backpressure. */
  stdoutStream: NodeJS.WritableStream & import('node:stream').Writable;
  stderr: (text: string) => void;
  stderrIsTTY: boolean;
  readStdin: () => Promise<Uint8Array>;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** Lint the given paths (or standard input) and return the exit code: 0 clean, 1 problems, 2 bad usage. */
export async function lintCommand(patterns: string[], options: LintCommandOptions, io: Io): Promise<number> {
  const formatter = formatters[options.format];
  if (!formatter) throw new UsageError(`Unknown format "${options.format}". Use one of: ${Object.keys(formatters).join(', ')}.`);
  if (options.stdin && patterns.length > 0) throw new UsageError('Give either --stdin or files to lint, not both.');
  if (!options.stdin && patterns.length === 0) throw new UsageError('Nothing to lint: give files, folders or globs (e.g. `invite-lint notes/`), or --stdin.');

  const lintText = (text: string, filePath: string) =>
    toLintResult(lint(text, { filePath, settings: options.settings, templates: { helpers: helperSpecs } }), filePath);

  let results: LintResult[];
  let unmatched = false;
  if (options.stdin) {
    const filePath = resolve(io.cwd, options.stdinFilename);
    const read = decodeNote(await io.readStdin());
    results = [read.ok ? lintText(read.text, filePath) : unreadableResult(filePath, read.message)];
  } else {
    const discovery = await discoverFiles(patterns, io.cwd);
    for (const { pattern, reason } of discovery.unmatched) io.stderr(`invite-lint: "${pattern}": ${reason}.\n`);
    unmatched = discovery.unmatched.length > 0;
    results = discovery.files.map((filePath) => {
      const read = readNoteFile(filePath);
      return read.ok ? lintText(read.text, filePath) : unreadableResult(filePath, read.message);
    });
  }

  const shown = options.quiet ? results.map(onlyErrors) : results;
  const report = formatter(shown, { cwd: io.cwd, color: options.color && !options.outputFile });
  if (options.outputFile) writeFileSync(resolve(io.cwd, options.outputFile), report);
  else io.stdout(report);

  if (unmatched) return 2;
  const errors = shown.reduce((sum, result) => sum + result.errorCount, 0);
  // As in ESLint, --quiet drops warnings entirely, so they do not count against --max-warnings.
  const warnings = shown.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`invite-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
