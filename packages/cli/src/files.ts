import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { MessageId } from './messages.js';

const NOTE_EXTENSIONS = '{txt,md,markdown,hbs,handlebars}';
export const NEVER_ENTERED = ['**/node_modules/**', '**/dist/**', '**/.git/**', '**/coverage/**'];
const NOT_NOTES = /^(?:readme|changelog|license|licence|notice)(?:\.|$)/i;

export interface Discovery {
  /** Absolute paths, in the order given, each pattern's matches sorted, no duplicates. */
  files: string[];
  /** The files named on the command line (not found in a folder or by a glob). */
  named: Set<string>;
  /** Patterns that matched nothing, with why. */
  unmatched: { pattern: string; reason: MessageId }[];
}

/**
 * Whether a Markdown file found in a folder or glob, with no front matter, is to be linted all
 * the same: the caller knows the config (its `files` may name it) and reads playbooks.
 */
export type MarkdownCheck = (path: string) => Promise<boolean>;

/**
 * Turn command-line paths, folders and globs into files to lint (DESIGN.md's table): a file
 * named directly is always linted; in a folder or glob, `.txt`/`.hbs` except README-like files,
 * and `.md` when it is `*.invite.md`, starts with front matter, or passes `markdownCheck`.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string, markdownCheck: MarkdownCheck = async () => false): Promise<Discovery> {
  const files = new Set<string>();
  const named = new Set<string>();
  // Symbolic links (loops included) can show one file under many paths: lint it once.
  const realPaths = new Set<string>();
  const isNew = (path: string) => {
    let real = path;
    try {
      real = realpathSync.native(path);
    } catch {
      // Unreadable: keep the path; reading it will say why.
    }
    if (realPaths.has(real)) return false;
    realPaths.add(real);
    return true;
  };
  const unmatched: Discovery['unmatched'] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const kind = pathKind(absolute);
    if (kind === 'file') {
      if (isNew(absolute)) files.add(absolute);
      named.add(absolute);
      continue;
    }
    if (kind === undefined && !isDynamicPattern(pattern)) {
      unmatched.push({ pattern, reason: 'noSuchPath' });
      continue;
    }
    const found = await glob(kind === 'folder' ? `**/*.${NOTE_EXTENSIONS}` : pattern, {
      cwd: kind === 'folder' ? absolute : cwd,
      absolute: true,
      ignore: NEVER_ENTERED,
      dot: false,
      followSymbolicLinks: true,
    });
    const notes: string[] = [];
    for (const path of found) if (await isNoteInCollection(path, markdownCheck)) notes.push(path);
    notes.sort();
    if (notes.length === 0) {
      unmatched.push({ pattern, reason: kind === 'folder' ? 'emptyFolder' : 'globMatchesNothing' });
    }
    for (const note of notes) if (isNew(note)) files.add(note);
  }
  return { files: [...files], named, unmatched };
}

function pathKind(path: string): 'file' | 'folder' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

async function isNoteInCollection(path: string, markdownCheck: MarkdownCheck): Promise<boolean> {
  const name = basename(path).toLowerCase();
  if (/\.invite\.(?:txt|md|hbs)$/.test(name)) return true;
  if (/\.(?:md|markdown)$/.test(name)) return startsWithFrontMatter(path) || markdownCheck(path);
  if (/\.(?:txt|hbs|handlebars)$/.test(name)) return !NOT_NOTES.test(name);
  return false;
}

function startsWithFrontMatter(path: string): boolean {
  const buffer = Buffer.alloc(5);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, buffer, 0, 5, 0);
    return /^---\r?\n/.test(buffer.toString('utf8', 0, read));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
