import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { recommended, type Rule, type RulesConfig } from '@invite-lint/core/internal';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { createSearcher, expand, loadConfigFile, type LoadOptions } from './load.js';
import { withPluginPhrases } from './plugins.js';
import { searchBoundary } from './project-root.js';
import type { LoadedBlock, ResolvedConfig } from './types.js';

export interface ResolverOptions extends LoadOptions {
  cwd: string;
  /** `-c FILE`: this config for every file, no search. */
  configFile?: string | undefined;
  /** `--no-config`: `recommended` only. */
  noConfig?: boolean | undefined;
  /** `--ignore-pattern`: gitignore-style patterns relative to cwd. */
  ignorePatterns?: string[] | undefined;
}

const IGNORE_FILE = '.invite-lintignore';
const NO_RULES: ReadonlyMap<string, Rule> = new Map();

/**
 * What applies to each file: `recommended`, then each config block whose `files` match and
 * whose `ignores` do not, in order. Configs are found by walking up from each file's folder to
 * the project root (see searchBoundary), no further.
 */
export class ConfigResolver {
  /** A searcher per project root (where each search stops). */
  private readonly searchers = new Map<string, ReturnType<typeof createSearcher>>();
  private readonly boundaries = new Map<string, string>();
  private explicit: Promise<LoadedBlock[]> | undefined;
  private readonly byConfig = new Map<string, Promise<LoadedBlock[]>>();
  /** `.invite-lintignore` and `--ignore-pattern`, or undefined when there are none to ask. */
  private readonly ignores: Ignore | undefined;

  constructor(private readonly options: ResolverOptions) {
    const ignoreFile = join(options.cwd, IGNORE_FILE);
    const patterns = [...(existsSync(ignoreFile) ? [readFileSync(ignoreFile, 'utf8')] : []), ...(options.ignorePatterns ?? [])];
    this.ignores = patterns.length > 0 ? ignore().add(patterns) : undefined;
  }

  async forFile(file: string): Promise<ResolvedConfig> {
    const path = resolve(this.options.cwd, file);
    const { blocks, configFile } = await this.blocksFor(path);
    const result: ResolvedConfig = {
      rules: { ...recommended } as RulesConfig,
      settings: {},
      ignored: this.isIgnored(path),
      matchedFiles: false,
      ...(configFile ? { configFile } : {}),
      extraRules: blocks[0]?.plugins.rules ?? NO_RULES,
    };
    for (const block of blocks) {
      const local = relative(block.base, path);
      const matches = (globs: string[] | undefined) => globs !== undefined && matcherFor(globs)(local);
      const onlyIgnores = block.ignores !== undefined && Object.keys(block).every((key) => ['ignores', 'base', 'source', 'plugins'].includes(key));
      if (onlyIgnores) {
        if (matches(block.ignores)) result.ignored = true;
        continue;
      }
      if (block.files !== undefined && !matches(block.files)) continue;
      if (matches(block.ignores)) continue;
      if (block.files !== undefined) result.matchedFiles = true;
      Object.assign(result.rules, block.rules);
      for (const key of ['account', 'limit', 'degree', 'lang'] as const) if (block[key] !== undefined) Object.assign(result.settings, { [key]: block[key] });
      if (block.variables) result.settings.variables = { ...result.settings.variables, ...block.variables };
      if (block.locale) result.locale = block.locale;
      if (block.reportUnusedDirectives) result.reportUnusedDirectives = block.reportUnusedDirectives;
    }
    const phrases = blocks[0]?.plugins.phrases;
    if (phrases) result.rules = withPluginPhrases(result.rules, phrases);
    return result;
  }

  /** Whether `.invite-lintignore` or `--ignore-pattern` leaves `path` out (paths outside cwd never are). */
  private isIgnored(path: string): boolean {
    if (this.ignores === undefined) return false;
    const fromCwd = relative(this.options.cwd, path);
    return !fromCwd.startsWith('..') && fromCwd !== '' && this.ignores.ignores(fromCwd);
  }

  private async blocksFor(path: string): Promise<{ blocks: LoadedBlock[]; configFile?: string }> {
    if (this.options.noConfig) return { blocks: [] };
    if (this.options.configFile) {
      const configFile = resolve(this.options.cwd, this.options.configFile);
      // Loaded on first use, so that a broken file is reported by the call that needs it.
      this.explicit ??= loadConfigFile(configFile, this.options);
      return { blocks: await this.explicit, configFile };
    }
    const folder = dirname(path);
    const stopDir = searchBoundary(folder, this.options.cwd, this.boundaries);
    let searcher = this.searchers.get(stopDir);
    if (!searcher) {
      searcher = createSearcher(this.options, stopDir);
      this.searchers.set(stopDir, searcher);
    }
    const found = await searcher.search(folder);
    if (!found || found.isEmpty || found.config === undefined) return { blocks: [] };
    let blocks = this.byConfig.get(found.filepath);
    if (!blocks) {
      blocks = expand(found.config, found.filepath, this.options);
      this.byConfig.set(found.filepath, blocks);
    }
    return { blocks: await blocks, configFile: found.filepath };
  }
}

// A block's globs, compiled once per run rather than once per file.
const matchers = new WeakMap<string[], (path: string) => boolean>();
function matcherFor(globs: string[]): (path: string) => boolean {
  let matcher = matchers.get(globs);
  if (!matcher) {
    matcher = picomatch(globs, { dot: true });
    matchers.set(globs, matcher);
  }
  return matcher;
}
