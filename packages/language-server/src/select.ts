import { basename } from 'node:path';
import { isPlaybook, type MarkdownParser } from '@invite-lint/core';

const NEVER = /(?:^|[\\/])(?:node_modules|dist|\.git|coverage)[\\/]/;

/**
 * Whether the server lints a document (DESIGN.md): by file name and content, never by the
 * client's languageId. Editors open every .txt and .hbs (requirements.txt, Ember templates),
 * so those need front matter or a config's `files` to count as notes; a Markdown file may
 * also be a playbook, read with `markdown`.
 */
export function isLintable(path: string, text: string, config: { ignored: boolean; matchedFiles: boolean }, markdown?: MarkdownParser): boolean {
  if (NEVER.test(path) || config.ignored) return false;
  const name = basename(path).toLowerCase();
  if (/\.invite\.(?:txt|md|hbs)$/.test(name)) return true;
  if (!/\.(?:txt|md|markdown|hbs|handlebars)$/.test(name)) return false;
  if (/^\uFEFF?---\r?\n/.test(text) || config.matchedFiles) return true;
  return markdown !== undefined && /\.(?:md|markdown)$/.test(name) && isPlaybook(text, markdown);
}
