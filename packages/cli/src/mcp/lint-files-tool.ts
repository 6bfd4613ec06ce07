import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { unreadableResult, type LintResult, type Locale } from '@invite-lint/core/internal';
import * as z from 'zod';
import { discoverFiles } from '../files.js';
import { createFileLinter, isInside, markdownCheck } from '../lint-files.js';
import { say } from '../messages.js';
import { UsageError } from '../usage-error.js';
import { visible } from '../visible.js';
import { lintResult, locale, MAX_PATHS, paths } from './schemas.js';
import { defineTool, type ToolContext } from './tool.js';

const input = z.strictObject({
  paths: paths.describe(
    `Up to ${MAX_PATHS} files, folders or globs, relative to the folder the server runs in (absolute paths must lie under it too). A folder is searched as the command line does: notes (.txt), templates (.hbs) and Markdown playbooks, never node_modules or dist.`,
  ),
  locale: locale.optional(),
});

const output = z.looseObject({
  results: z.array(lintResult).describe("One entry a file, as `invite-lint --format json` prints it (ESLint's shape)."),
  errorCount: z.number(),
  warningCount: z.number(),
  unmatched: z.array(z.looseObject({ path: z.string(), message: z.string() })).describe('The paths that matched no file, and why.'),
});

export const lintFilesTool = defineTool({
  name: 'lint_files',
  title: 'Check note and template files',
  description:
    "Check invitation notes, templates and playbooks saved in files under the folder this server runs in, as `invite-lint --format json` does, with the project's invite-lint config (JSON or YAML; a JavaScript config is not run). Reads only: it never changes a file. A path that leads outside the folder, through .. or a symbolic link, is refused.",
  input,
  output,
  async run(args, callLocale, context) {
    const { cwd } = context;
    const staysInside = insideTest(cwd);
    // A path given that leads out, by .. or through a link, is refused whole: nothing of the call is done.
    for (const path of args.paths) {
      const absolute = resolve(cwd, path);
      if (!isInside(absolute, cwd) || !staysInside(absolute)) throw new UsageError(say(callLocale, 'mcpOutside', { path: visible(path), cwd }));
    }
    const results = await lintUnder(cwd, args.paths, staysInside, callLocale, context, args.locale);
    const unmatched = results.unmatched.map(({ pattern, reason }) => ({ path: pattern, message: say(callLocale, reason) }));
    if (results.linted.length === 0 && unmatched.length > 0) {
      throw new UsageError(say(callLocale, 'mcpNothingLinted', { problems: unmatched.map(({ path, message }) => `"${visible(path)}": ${message}`).join('; ') }));
    }
    return {
      results: results.linted,
      errorCount: results.linted.reduce((sum, result) => sum + result.errorCount, 0),
      warningCount: results.linted.reduce((sum, result) => sum + result.warningCount, 0),
      unmatched,
    };
  },
});

/** Whether a path's real place, links followed, is under `cwd`'s (a path that does not exist: where it is written). */
function insideTest(cwd: string): (path: string) => boolean {
  const realCwd = realpathSync.native(cwd);
  return (path) => {
    try {
      return isInside(realpathSync.native(path), realCwd);
    } catch {
      return isInside(path, cwd);
    }
  };
}

/**
 * Lint what `patterns` find with the command line's own code, reading nothing whose real place
 * is outside `cwd`: a file found through a link that leads out is reported unread, and one a
 * glob found outside (`{..,notes}/*.txt`) is left out without a word, as it is none of ours.
 */
async function lintUnder(cwd: string, patterns: readonly string[], staysInside: (path: string) => boolean, locale: Locale, context: ToolContext, asked: string | undefined) {
  const { resolver, lintFile } = createFileLinter({ cwd, env: context.env, ignorePatterns: [], settings: {}, rules: {}, locale: asked ?? context.locale, trustJs: false });
  const isPlaybook = markdownCheck(resolver);
  const discovery = await discoverFiles(patterns, cwd, async (path) => staysInside(path) && isPlaybook(path));
  const linted: LintResult[] = [];
  for (const filePath of discovery.files) {
    if (!isInside(filePath, cwd)) continue;
    if (!staysInside(filePath)) {
      linted.push(unreadableResult(filePath, say(locale, 'mcpLeadsOutside')));
      continue;
    }
    const result = await lintFile(filePath, discovery.named.has(filePath));
    if (result) linted.push(result);
  }
  return { linted, unmatched: discovery.unmatched };
}
