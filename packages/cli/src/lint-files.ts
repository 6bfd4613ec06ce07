import { lstatSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { checkPluginRules, ConfigError, ConfigResolver, loadPhraseWords, type ResolvedConfig } from '@invite-lint/config';
import { fileResult, formatOf, isPlaybook, lint, lintAndFix, loadMarkdownParser, toLintResult, unreadableResult, type LintResult, type Locale, type NoteSettings, type Rule, type RulesConfig } from '@invite-lint/core/internal';
import { helperSpecs } from '@invite-lint/templates/specs';
import { localeFrom, say } from './messages.js';
import { readNoteFile, type ReadOutcome } from './read.js';
import { UsageError } from './usage-error.js';

/** Everything linting a file needs: plain data, so that a worker thread can be given it too. */
export interface FileLintOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  configFile?: string | undefined;
  noConfig?: boolean | undefined;
  ignorePatterns: string[];
  settings: NoteSettings;
  rules: RulesConfig;
  locale?: string | undefined;
  fix?: boolean | undefined;
  fixDryRun?: boolean | undefined;
  /** Whether a JavaScript config may run (it runs code): yes on the command line, unless told. */
  trustJs?: boolean | undefined;
}

export type LintFile = (filePath: string, named: boolean, read?: () => ReadOutcome | Promise<ReadOutcome>) => Promise<LintResult | undefined>;

/**
 * Lint one file at a time: its config, its text, the rules, and --fix if asked. `pluginRules`
 * gathers the plugin rules of every config the run used, for formatters that describe rules.
 */
export function createFileLinter(options: FileLintOptions): { resolver: ConfigResolver; lintFile: LintFile; pluginRules: Map<string, Rule> } {
  loadPhraseWords();
  const pluginRules = new Map<string, Rule>();
  const resolver = new ConfigResolver({ cwd: options.cwd, configFile: options.configFile, noConfig: options.noConfig, ignorePatterns: options.ignorePatterns, trustJs: options.trustJs ?? true });
  // Each read of process.env crosses into C++: read it once a run, not three times a file.
  const runLocale = localeFrom(options.locale, undefined, options.env);
  const lintFile: LintFile = async (filePath, named, read = () => readNoteFile(filePath)) => {
    const config = await configFor(resolver, filePath, options.rules);
    for (const [id, rule] of config.extraRules) pluginRules.set(id, rule);
    const locale: Locale = config.locale ? localeFrom(options.locale, config.locale, {}) : runLocale;
    // Named on the command line but ignored: say so rather than skip it silently (as ESLint does).
    if (config.ignored) return named ? fileResult(filePath, say(locale, 'ignored'), 1, false) : undefined;
    const outcome = await read();
    if (!outcome.ok) return unreadableResult(filePath, say(locale, outcome.message, outcome.data));
    const lintOptions = {
      filePath,
      // A Markdown file may be a playbook of many notes: its parser is loaded with the first one.
      markdown: formatOf(filePath) === 'md' ? await loadMarkdownParser() : undefined,
      settings: { ...config.settings, ...options.settings },
      rules: { ...config.rules, ...options.rules },
      extraRules: config.extraRules,
      locale,
      reportUnusedDirectives: config.reportUnusedDirectives,
      templates: { helpers: helperSpecs },
      reportBlank: true,
    };
    if (!options.fix && !options.fixDryRun) return toLintResult(lint(outcome.text, lintOptions), filePath);
    const fixed = lintAndFix(outcome.text, lintOptions);
    const result = toLintResult(fixed.file, filePath);
    if (!fixed.fixed) return result;
    if (options.fix) {
      const real = leadsAway(filePath, options.cwd);
      if (real !== undefined) return withMessage(result, say(locale, 'notFixedLink', { real }));
      writeFileSync(filePath, fixed.output);
    }
    return { ...result, output: fixed.output };
  };
  return { resolver, lintFile, pluginRules };
}

/**
 * Where a file's path leads when --fix must not write there: the file is a symbolic link, or a
 * linked folder takes a path inside the folder the run started in to a file outside it.
 */
function leadsAway(filePath: string, cwd: string): string | undefined {
  const real = realpathSync.native(filePath);
  if (lstatSync(filePath).isSymbolicLink()) return real;
  return isInside(filePath, cwd) && !isInside(real, realpathSync.native(cwd)) ? real : undefined;
}

/** Whether `path` is `folder` or lies below it (both absolute; no link is followed). */
export function isInside(path: string, folder: string): boolean {
  const way = relative(folder, path);
  return way !== '..' && !way.startsWith(`..${sep}`) && !isAbsolute(way);
}

/** `result` with one more warning about the file as a whole. */
function withMessage(result: LintResult, message: string): LintResult {
  return { ...result, messages: [...result.messages, { ruleId: null, severity: 1, message, line: 1, column: 1 }], warningCount: result.warningCount + 1 };
}

/**
 * Whether a Markdown file without front matter, found in a folder or glob, is linted: when the
 * config's `files` name it, or it is a playbook (DESIGN.md's file table). A file that cannot be
 * read is left out, as one without front matter always was.
 */
export function markdownCheck(resolver: ConfigResolver): (path: string) => Promise<boolean> {
  return async (path) => {
    if ((await configFor(resolver, path)).matchedFiles) return true;
    const outcome = readNoteFile(path);
    return outcome.ok && isPlaybook(outcome.text, await loadMarkdownParser());
  };
}

// Which sets of plugin rules each run's `--rule` entries were checked against.
const flagsChecked = new WeakMap<RulesConfig, WeakSet<ReadonlyMap<string, Rule>>>();

/**
 * A broken config is a usage problem (exit 2) that names the file and the key; so is a `--rule`
 * naming a plugin rule the file's config does not load (checked once per set of plugins).
 */
export async function configFor(resolver: ConfigResolver, filePath: string, ruleFlags?: RulesConfig): Promise<ResolvedConfig> {
  try {
    const config = await resolver.forFile(filePath);
    if (ruleFlags) {
      const checked = flagsChecked.get(ruleFlags) ?? new WeakSet();
      flagsChecked.set(ruleFlags, checked);
      if (!checked.has(config.extraRules)) checkPluginRules(ruleFlags, '--rule', config.extraRules);
      checked.add(config.extraRules);
    }
    return config;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
