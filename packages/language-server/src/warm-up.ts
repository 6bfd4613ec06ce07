import { loadPhraseWords } from '@invite-lint/config';
import { lint, readNeedsAtOnce } from '@invite-lint/core/internal';

/**
 * Notes that make the linter compile what the first keystrokes would: the phrase lists of every
 * language at once (a note too short to tell its language), then English's and Spanish's, for a
 * 2nd- and a 3rd-degree note; each again in the lists that take chat spellings, which a word
 * half typed ("u", "n") already calls for. Under a second, once.
 */
const TEXTS: readonly string[] = [
  'Hi',
  "Hi Ana, Marco suggested I reach out: we met at Web Summit and I'd love to compare notes on your post about pricing.",
  'Hola Ana, Marco me sugirió escribirte: nos conocimos en el South Summit y me encantaría comparar notas sobre tu publicación.',
  'Hi u',
  'Hi Ana, Marco said u might want to compare notes: thx for ur post on pricing, great to meet at Web Summit.',
  'Hola Ana, Marco me dijo q te escribiera xq nos conocimos en el South Summit y q buena tu publicación.',
];
// Each text as a 2nd- and a 3rd-degree note: the rules each degree runs differ.
const SAMPLES = TEXTS.flatMap((text) => ([2, 3] as const).map((degree) => ({ text, degree })));

/**
 * Lint the samples one per turn of the event loop, so that a document opened meanwhile waits for
 * one sample at most. The results are thrown away. The server lives long: the phrases the samples
 * try have their needed words read now (see readNeedsAtOnce), not at some keystroke later; those
 * the build read ahead, from its table (see loadPhraseWords).
 */
export function warmUp(): void {
  loadPhraseWords();
  readNeedsAtOnce();
  const steps = SAMPLES.map((sample) => () => lintSample(sample));
  let next = 0;
  const step = () => {
    const run = steps[next++];
    if (!run) return;
    try {
      run();
    } catch {
      // A warm-up that fails costs only speed: the server goes on, and lints documents as ever.
    }
    setImmediate(step);
  };
  setImmediate(step);
}

function lintSample(sample: (typeof SAMPLES)[number]): void {
  lint(sample.text, { filePath: 'warm-up.txt', settings: { degree: sample.degree } });
}
