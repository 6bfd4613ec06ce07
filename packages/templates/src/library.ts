import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NoteDocument, type Account, type Degree, type VariableSpec } from '@invite-lint/core/internal';
import { closest } from 'fastest-levenshtein';
import { compileTemplate } from './render.js';
import { sampleRow } from './sample-row.js';

export { sampleRow };

export const SCENARIOS = ['event', 'alumni', 'comment', 'mutual-contact', 'value-offer'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface LibraryTemplate {
  /** `event/en-1`: the scenario folder and the file name. */
  id: string;
  path: string;
  source: string;
  scenario: string;
  lang: string;
  degree: Degree | undefined;
  account: Account;
  variables: Record<string, VariableSpec>;
}

/**
 * A bundle shipped without node_modules (the VS Code extension's server, the packed
 * `invite-lint` package) carries the library in a `library` folder beside itself; elsewhere it
 * is found through the package, not relative to this file, so that it holds in the workspace's
 * bundles too.
 */
export const libraryFolder = findLibrary();

function findLibrary(): string {
  const beside = join(dirname(fileURLToPath(import.meta.url)), 'library');
  if (existsSync(beside)) return beside;
  return join(dirname(createRequire(import.meta.url).resolve('@invite-lint/templates/package.json')), 'library');
}

let cached: LibraryTemplate[] | undefined;

/** Every template in the library, sorted by id. */
export function loadLibrary(): LibraryTemplate[] {
  cached ??= readdirSync(libraryFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(libraryFolder, folder.name))
        .filter((file) => file.endsWith('.hbs'))
        .map((file) => readTemplate(folder.name, file)),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
  return cached;
}

function readTemplate(folder: string, file: string): LibraryTemplate {
  const path = join(libraryFolder, folder, file);
  const source = readFileSync(path, 'utf8');
  const { settings } = new NoteDocument(source, 'hbs').frontMatter;
  return {
    id: `${folder}/${file.replace(/\.hbs$/, '')}`,
    path,
    source,
    scenario: settings.scenario ?? folder,
    lang: settings.lang ?? 'en',
    degree: settings.degree,
    account: settings.account ?? 'premium',
    variables: settings.variables ?? {},
  };
}

export function findTemplate(id: string): LibraryTemplate | undefined {
  return loadLibrary().find((template) => template.id === id);
}

/** The note a library template writes with its own samples. */
export function renderSample(template: LibraryTemplate): string {
  return compileTemplate(template.source, template.lang).render(sampleRow(template));
}

/**
 * What `--template` names: a file when one exists at that path (relative to `cwd`), read with
 * `read` (the caller's: the CLI caps the size and says why a file cannot be read), else a
 * library id such as `event/en-1`. Throws with the closest id when it is neither.
 */
export function resolveTemplate(value: string, cwd: string, read: (path: string) => string): { path: string; source: string; libraryId?: string } {
  const path = resolve(cwd, value);
  if (existsSync(path)) return { path, source: read(path) };
  const template = findTemplate(value);
  if (template) return { path: template.path, source: template.source, libraryId: template.id };
  const ids = loadLibrary().map((known) => known.id);
  throw new Error(`No template file "${value}" and no library template with that id (did you mean "${closest(value, ids)}"? \`invite-lint templates\` lists them).`);
}
