import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Where the search for a config stops, walking up from `folder`: the project root, the nearest
 * folder holding `.git` or `package.json`; without one, the folder the run started in (`cwd`),
 * or `folder` itself when it lies outside `cwd`. A config further up belongs to someone else's
 * project, and a JavaScript one there would run code nobody asked for.
 */
export function searchBoundary(folder: string, cwd: string, known: Map<string, string>): string {
  const cached = known.get(folder);
  if (cached !== undefined) return cached;
  let boundary: string | undefined;
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git')) || existsSync(join(dir, 'package.json'))) {
      boundary = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  if (boundary === undefined) {
    const fromCwd = relative(cwd, folder);
    boundary = fromCwd.startsWith('..') || fromCwd.startsWith('/') ? folder : cwd;
  }
  known.set(folder, boundary);
  return boundary;
}
