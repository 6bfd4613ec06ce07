import { basename } from 'node:path';

const NEVER = /(?:^|[\\/])(?:node_modules|dist|\.git|coverage)[\\/]/;

/**
 * Whether the server lints a document (DESIGN.md): by file name and content, never by the
 * client's languageId. Editors open every .txt and .hbs (requirements.txt, Ember templates),
 * so those need front matter or a config's `files` to count as notes.
 */
export function isLintable(path: string, text: string, config: { ignored: boolean; matchedFiles: boolean }): boolean {
  if (NEVER.test(path) || config.ignored) return false;
  const name = basename(path).toLowerCase();
  if (/\.invite\.(?:txt|md|hbs)$/.test(name)) return true;
  if (!/\.(?:txt|md|markdown|hbs|handlebars)$/.test(name)) return false;
  return /^\uFEFF?---\r?\n/.test(text) || config.matchedFiles;
}
