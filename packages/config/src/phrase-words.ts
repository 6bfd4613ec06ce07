import { readFileSync } from 'node:fs';
import { usePhraseWords } from '@invite-lint/core/internal';

let loaded = false;

/**
 * Hand the core the phrase words the build read ahead (phrase-words.txt beside the bundle this
 * runs from, see scripts/phrase-words.js), once a process, before it lints: its first note then
 * costs about a third less. Run from tsc's output, not bundled, there is none, and the words are
 * read from the phrases as they are first tried.
 */
export function loadPhraseWords(): void {
  if (loaded) return;
  loaded = true;
  let text: string;
  try {
    // Written in ASCII by the build: read without decoding.
    text = readFileSync(new URL('phrase-words.txt', import.meta.url), 'latin1');
  } catch {
    return;
  }
  usePhraseWords(text);
}
