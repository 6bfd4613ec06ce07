// @ts-check
// The words each phrase of the built-in lists begins with and needs, read ahead and written as
// phrase-words.txt beside the CLI's and the language server's bundles, which hand it to the
// core before they lint (see packages/core/src/analysis/phrase-words.ts): a process's first note
// then neither reads them from the patterns nor compiles the phrases they rule out. The lists
// are read as linting reads them, over the bundled examples and every example the language data
// carries, in each language and degree; a phrase the table misses is read as it always was.
// Run by scripts/bundle.js.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toAscii } from './ascii.js';
import { lint, phraseWordsRead, writePhraseWords } from '../packages/core/dist/internal.js';
import { languageData } from '../packages/core/dist/languages/index.js';
import { helperSpecs } from '../packages/templates/dist/specs.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every string under an `examples` or `not` key of the language's data. @param {unknown} data @returns {string[]} */
function examplesIn(data) {
  if (Array.isArray(data)) return data.flatMap(examplesIn);
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    (key === 'examples' || key === 'not') && Array.isArray(value) ? value.filter((item) => typeof item === 'string') : examplesIn(value),
  );
}

/** The notes and templates under a folder. @param {string} folder @returns {string[]} */
function notesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(txt|hbs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The template library's templates too, as generate checks one (its helpers known).
for (const file of notesUnder(join(root, 'examples'))) lint(readFileSync(file, 'utf8'), { filePath: file });
for (const file of notesUnder(join(root, 'packages/templates/library'))) lint(readFileSync(file, 'utf8'), { filePath: file, templates: { helpers: helperSpecs } });
for (const [lang, data] of Object.entries(languageData)) {
  // A note in a chat's spelling ("thx", "q") reads lists that take those spellings too.
  const chat = Object.values(data.frame.shorthand ?? {}).flat()[0];
  for (const text of examplesIn(data)) {
    for (const note of chat ? [text, `${text} ${chat}`] : [text]) {
      for (const degree of /** @type {const} */ ([1, 2, 3])) lint(note, { filePath: 'example.txt', settings: { lang, degree } });
    }
  }
}

// In ASCII, so that the hosts read it without decoding (the core reads the escapes back).
const text = toAscii(writePhraseWords(phraseWordsRead()));
for (const folder of ['packages/cli/dist/bundle', 'packages/language-server/dist/bundle']) writeFileSync(join(root, folder, 'phrase-words.txt'), text);
