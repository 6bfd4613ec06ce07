import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support/cli.js';

/** The packages' source files (tests and declarations aside). */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Each file's relative imports and re-exports, type-only ones included. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  return new Map(
    files.map((file) => {
      const imports = [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)]
        .map((match) => resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts')))
        .filter((path) => existsSync(path));
      return [file, imports];
    }),
  );
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (stack.includes(next)) found.push([...stack.slice(stack.indexOf(next)), next].map((path) => relative(root, path)).join(' -> '));
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return found;
}

describe('the source', () => {
  it('has no import cycle, type-only imports included', () => {
    const packages = join(root, 'packages');
    const files = readdirSync(packages).flatMap((name) => (existsSync(join(packages, name, 'src')) ? sourceFiles(join(packages, name, 'src')) : []));
    expect(files.length).toBeGreaterThan(100);
    expect(cycles(importGraph(files))).toEqual([]);
  });
});
