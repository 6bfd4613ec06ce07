import { parentPort, workerData } from 'node:worker_threads';
import { loadPhraseWords } from '@invite-lint/config';
import { readNeedsAtOnce } from '@invite-lint/core/internal';
import { assessNote, type NoteOptions } from './note-verdict.js';

/** Notes for a worker to assess (see AssessPool). */
export interface AssessRequest {
  id: number;
  notes: string[];
}

/**
 * Each note's length and verdict, the verdict as its JSON text: that text is what verdicts are
 * kept by (see Assessor), so the thread that waits for the answer need not write it again.
 */
export interface AssessAnswer {
  id: number;
  lengths: number[];
  verdicts: string[];
}

const options = workerData as NoteOptions;
// A worker lints notes by the thousand (see readNeedsAtOnce).
loadPhraseWords();
readNeedsAtOnce();

parentPort?.on('message', ({ id, notes }: AssessRequest) => {
  const lengths: number[] = [];
  const verdicts: string[] = [];
  for (const note of notes) {
    const { length, verdict } = assessNote(note, options);
    lengths.push(length);
    verdicts.push(JSON.stringify(verdict));
  }
  parentPort?.postMessage({ id, lengths, verdicts } satisfies AssessAnswer);
});
