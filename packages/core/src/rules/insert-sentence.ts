import type { Analysis } from '../analysis/index.js';
import type { Suggestion } from '../engine/edits.js';

/** A suggestion that puts `sentence` at the start of the note's content, after the greeting. */
export function insertSentence(analysis: Analysis, desc: string, sentence: string): Suggestion {
  const at = analysis.content.start;
  return { desc, fix: { range: [at, at], text: `${sentence} ` } };
}
