import { basename } from 'node:path';
import { isPlaybook, type MarkdownParser } from '@invite-lint/core/internal';

const NEVER = /(?:^|[\\/])(?:node_modules|dist|\.git|coverage)[\\/]/;

/**
 * Whether the server lints a document, and if not, whether the user may have meant it to be a
 * note: `optIn` for a plain .txt/.md/.hbs file that nothing marks as one.
 */
export type Verdict = 'lint' | 'skip' | 'optIn';

/**
 * Whether the server lints a document (DESIGN.md): by file name and content, never by the
 * client's languageId. Editors open every .txt and .hbs (requirements.txt, Ember templates),
 * so those need front matter or a config's `files` to count as notes; a Markdown file may
 * also be a playbook, read with `markdown`.
 */
export function lintVerdict(path: string, text: string, config: { ignored: boolean; matchedFiles: boolean }, markdown?: MarkdownParser): Verdict {
  if (NEVER.test(path) || config.ignored) return 'skip';
  const name = basename(path).toLowerCase();
  if (/\.invite\.(?:txt|md|hbs)$/.test(name)) return 'lint';
  if (!/\.(?:txt|md|markdown|hbs|handlebars)$/.test(name)) return 'skip';
  if (/^\uFEFF?---\r?\n/.test(text) || config.matchedFiles) return 'lint';
  if (markdown !== undefined && /\.(?:md|markdown)$/.test(name) && isPlaybook(text, markdown)) return 'lint';
  return 'optIn';
}
