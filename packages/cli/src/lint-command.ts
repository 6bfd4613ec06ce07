import { join, resolve } from 'node:path';
import { readNeedsAtOnce, rules, type LintResult, type NoteSettings, type RulesConfig } from '@invite-lint/core/internal';
import { configFor, createFileLinter, markdownCheck, type FileLintOptions } from './lint-files.js';
import { localeFrom, say } from './messages.js';
import { discoverFiles } from './files.js';
import { formatters } from './formatters/index.js';
import { FORMATTER_NAMES, type FormatterName } from './formatters/names.js';
import { openOutput } from './output.js';
import { checkStdinSize, decodeNote } from './read.js';
import { UsageError } from './usage-error.js';
import type { Io } from './io.js';

/**
 * Notes a run must lint for it to read phrases' needed words at once (see readNeedsAtOnce): over
 * 100 and 200 notes that took 0.9x and 0.8x the time, over 20 a little more.
 */
const MANY_NOTES = 50;

export interface LintCommandOptions {
  format: string;
  outputFile?: string | undefined;
  stdin?: boolean | undefined;
  stdinFilename: string;
  maxWarnings?: number | undefined;
  quiet?: boolean | undefined;
  color: boolean;
  settings: NoteSettings;
  /** `--rule` entries, on top of the config. */
  rules: RulesConfig;
  configFile?: string | undefined;
  noConfig?: boolean | undefined;
  ignorePatterns: string[];
  /** Apply unambiguous fixes and write them back. */
  fix?: boolean | undefined;
  /** Apply them in memory only: the JSON result's `output` holds the fixed text. */
  fixDryRun?: boolean | undefined;
  /** `--locale`: the language of messages, over the config's and the environment's. */
  locale?: string | undefined;
}

/** Lint the given paths (or standard input) and return the exit code: 0 clean, 1 problems, 2 bad usage. */
export async function lintCommand(patterns: string[], options: LintCommandOptions, io: Io): Promise<number> {
  if (!Object.hasOwn(formatters, options.format)) throw new UsageError(`Unknown format "${options.format}". Use one of: ${FORMATTER_NAMES.join(', ')}.`);
  const formatter = formatters[options.format as FormatterName];
  if (options.stdin && patterns.length > 0) throw new UsageError('Give either --stdin or files to lint, not both.');
  if (!options.stdin && patterns.length === 0) throw new UsageError('Nothing to lint: give files, folders or globs (e.g. `invite-lint notes/`), or --stdin.');
  if (options.stdin && options.fix) throw new UsageError('--fix writes files: with --stdin use --fix-dry-run, which puts the fixed text in the JSON output.');

  const fileOptions: FileLintOptions = {
    cwd: io.cwd,
    env: io.env,
    configFile: options.configFile,
    noConfig: options.noConfig,
    ignorePatterns: options.ignorePatterns,
    settings: options.settings,
    rules: options.rules,
    locale: options.locale,
    fix: options.fix,
    fixDryRun: options.fixDryRun,
  };
  const { resolver, lintFile, pluginRules } = createFileLinter(fileOptions);
  // The run's own words (summary, errors) follow the config that applies where it runs.
  const runLocale = localeFrom(options.locale, (await configFor(resolver, join(io.cwd, 'note.txt'))).locale, io.env);

  const results: LintResult[] = [];
  let unmatched = false;
  if (options.stdin) {
    const filePath = resolve(io.cwd, options.stdinFilename);
    const bytes = checkStdinSize(await io.readStdin(), runLocale);
    const result = await lintFile(filePath, true, () => decodeNote(bytes));
    if (result) results.push(result);
  } else {
    const discovery = await discoverFiles(patterns, io.cwd, markdownCheck(resolver));
    for (const { pattern, reason } of discovery.unmatched) io.stderr(`invite-lint: "${pattern}": ${say(runLocale, reason)}.\n`);
    unmatched = discovery.unmatched.length > 0;
    // Over many notes, reading what each phrase needs before trying it costs less than compiling
    // the phrases it rules out (see readNeedsAtOnce); over a few, the other way round.
    if (discovery.files.length >= MANY_NOTES) readNeedsAtOnce();
    for (const filePath of discovery.files) {
      const result = await lintFile(filePath, discovery.named.has(filePath));
      if (result) results.push(result);
    }
  }

  const shown = options.quiet ? results.map(onlyErrors) : results;
  const ruleInfo = [...rules, ...pluginRules.values()].map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: rule.meta.docs.url }));
  const report = formatter(shown, { cwd: io.cwd, color: options.color && !options.outputFile, rules: ruleInfo, version: io.version, locale: runLocale });
  // Standard output takes the report, whole already, in one write with nothing to wait for: a
  // reader that stops early (`| head`) then leaves the exit code as the findings set it.
  if (options.outputFile === undefined) io.stdout(report);
  else {
    const output = openOutput(options.outputFile, io, runLocale);
    await output.write(report);
    await output.close();
  }

  if (unmatched) return 2;
  const errors = shown.reduce((sum, result) => sum + result.errorCount, 0);
  // As in ESLint, --quiet drops warnings entirely, so they do not count against --max-warnings.
  const warnings = shown.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`${say(runLocale, 'tooManyWarnings', { max: options.maxWarnings ?? 0 })}\n`);
  }
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}
