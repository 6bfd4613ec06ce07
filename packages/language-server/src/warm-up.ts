import { lint } from '@invite-lint/core/internal';

/**
 * Notes that make the linter compile what the first keystrokes would: the phrase lists of every
 * language at once (a note too short to tell its language), then English's and Spanish's, for a
 * 2nd- and a 3rd-degree note; each again in the lists that take chat spellings, which a word
 * half typed ("u", "n") already calls for. Under a second, once.
 */
const SAMPLES: readonly { text: string; degree: 2 | 3 }[] = [
  { text: 'Hi', degree: 2 },
  { text: 'Hi', degree: 3 },
  { text: "Hi Ana, Marco suggested I reach out: we met at Web Summit and I'd love to compare notes on your post about pricing.", degree: 2 },
  { text: "Hi Ana, we met at Web Summit and I'd love to compare notes on your post about pricing.", degree: 3 },
  { text: 'Hola Ana, Marco me sugirió escribirte: nos conocimos en el South Summit y me encantaría comparar notas sobre tu publicación.', degree: 2 },
  { text: 'Hola Ana, nos conocimos en el South Summit y me encantaría comparar notas sobre tu publicación.', degree: 3 },
  { text: 'Hi u', degree: 2 },
  { text: 'Hi u', degree: 3 },
  { text: 'Hi Ana, Marco said u might want to compare notes: thx for ur post on pricing, great to meet at Web Summit.', degree: 2 },
  { text: 'Hi Ana, thx for ur post on pricing n great to meet at Web Summit.', degree: 3 },
  { text: 'Hola Ana, Marco me dijo q te escribiera xq nos conocimos en el South Summit y q buena tu publicación.', degree: 2 },
  { text: 'Hola Ana, nos conocimos en el South Summit y q buena tu publicación, tb la de precios.', degree: 3 },
];

/**
 * Lint the samples one per turn of the event loop, so that a document opened meanwhile waits for
 * one sample at most; the results are thrown away.
 */
export function warmUp(): void {
  let next = 0;
  const step = () => {
    const sample = SAMPLES[next++];
    if (!sample) return;
    try {
      lint(sample.text, { filePath: 'warm-up.txt', settings: { degree: sample.degree } });
    } catch {
      // A warm-up that fails costs only speed: the server goes on, and lints documents as ever.
    }
    setImmediate(step);
  };
  setImmediate(step);
}
