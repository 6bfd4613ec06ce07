import { setImmediate as turn } from 'node:timers/promises';
import { readNeedsAtOnce } from '@invite-lint/core/internal';
import { AssessPool, WORKERS } from './assess-pool.js';
import { assessNote, type NoteOptions, type Verdict } from './note-verdict.js';

export type { AuditFinding, Verdict } from './note-verdict.js';

export interface Assessment {
  length: number;
  verdict: Verdict;
  /** The verdict's number for `Assessor.verdict`, or 0 when it was not kept (see VERDICTS). */
  verdictId: number;
}

/**
 * Notes remembered with their assessment, so that a note sent many times (stock text, a
 * template) is linted once: about a million characters, each note counted with 100 more for its
 * place in the cache (some 5,000 notes of LinkedIn's length). The oldest goes first when the
 * budget is spent: a note sent often comes back soon after, so it is linted again once in a
 * while at most.
 */
const CACHE_CHARACTERS = 1_000_000;
const CACHE_ENTRY_CHARACTERS = 100;

/**
 * Distinct verdicts kept, to be found again by number: a report keeps each note's verdict as a
 * number (a Uint16Array), not the verdict. Real notes give a few hundred (the same findings and
 * reasons come back); notes each with findings of their own (a placeholder of their own left
 * in, say) may give more, and past this a verdict is made again from the note when it is needed.
 */
export const VERDICTS = 16_384;

/**
 * Notes linted here before worker threads are started: an export this small is done before
 * they would be ready.
 */
const INLINE_NOTES = 300;

/** Notes per request to a worker: small enough that the workers share a batch evenly. */
const NOTES_PER_REQUEST = 64;

/**
 * Notes every worker has in hand beyond which this thread lints the next request itself: the
 * workers stay busy meanwhile, and the core this thread runs on does its share.
 */
const BACKLOG = 4 * NOTES_PER_REQUEST;

/** Notes asked of a worker together, and what it answered. */
interface Request {
  notes: string[];
  answer?: Promise<void>;
  assessments?: Assessment[];
}

/** Notes assessed, each distinct note once while it is remembered, each distinct verdict kept once. */
export class Assessor {
  private readonly cache = new Map<string, Assessment>();
  private cachedCharacters = 0;
  /** Notes asked of the workers and not answered yet: met again meanwhile, they wait for that answer. */
  private readonly pending = new Map<string, { request: Request; index: number }>();
  private linted = 0;
  private pool: AssessPool | undefined;
  private readonly verdictIds = new Map<string, number>();
  // Number 0 is "not kept".
  private readonly verdicts: (Verdict | undefined)[] = [undefined];

  constructor(private readonly options: NoteOptions) {}

  /** One note, linted on this thread if it is not remembered. */
  assess(message: string): Assessment {
    const cached = this.cache.get(message);
    if (cached) return cached;
    const { length, verdict } = assessNote(message, this.options);
    this.linted++;
    const assessment = { length, ...this.kept(JSON.stringify(verdict), verdict) };
    this.remember(message, assessment);
    return assessment;
  }

  /**
   * Notes in order, those not remembered linted by worker threads once a few have been linted
   * here (see INLINE_NOTES), and here too while the workers are busy (see BACKLOG): the caller
   * reads on while they work.
   */
  async assessAll(messages: readonly string[]): Promise<Assessment[]> {
    const found = new Array<Assessment>(messages.length);
    const waiting: { at: number; request: Request; index: number }[] = [];
    let request: Request = { notes: [] };
    for (let at = 0; at < messages.length; at++) {
      const message = messages[at]!;
      const cached = this.cache.get(message);
      if (cached) {
        found[at] = cached;
        continue;
      }
      if (!this.pool && (this.linted < INLINE_NOTES || WORKERS === 0)) {
        found[at] = this.assess(message);
        continue;
      }
      let place = this.pending.get(message);
      if (!place) {
        if (request.notes.length === NOTES_PER_REQUEST) {
          // The workers' answers come in between turns of the event loop: without a turn, a
          // long batch would see them busy to its end and lint the rest here, alone.
          if (this.send(request) === 'here') await turn();
          request = { notes: [] };
        }
        place = { request, index: request.notes.push(message) - 1 };
        this.pending.set(message, place);
      }
      waiting.push({ at, ...place });
    }
    if (request.notes.length > 0) this.send(request);
    await Promise.all(new Set(waiting.map(({ request: asked }) => asked.answer)));
    for (const { at, request: asked, index } of waiting) found[at] = asked.assessments![index]!;
    return found;
  }

  /** A verdict kept, by its number; undefined for 0. */
  verdict(id: number): Verdict | undefined {
    return this.verdicts[id];
  }

  /** Stop the worker threads: once every note has been assessed. */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }

  /** Send `request` to the workers, or answer it here when they have enough in hand. */
  private send(request: Request): 'here' | 'sent' {
    if (!this.pool) {
      // Notes enough to share out: a long run, which reads phrases' needed words at once (see readNeedsAtOnce).
      readNeedsAtOnce();
      this.pool = new AssessPool(this.options);
    }
    if (this.pool.backlog >= BACKLOG) {
      for (const note of request.notes) this.pending.delete(note);
      request.assessments = request.notes.map((note) => this.assess(note));
      request.answer = Promise.resolve();
      return 'here';
    }
    request.answer = this.pool.assess(request.notes).then(({ lengths, verdicts }) => {
      request.assessments = request.notes.map((note, index) => {
        const assessment = { length: lengths[index]!, ...this.kept(verdicts[index]!) };
        this.pending.delete(note);
        this.remember(note, assessment);
        return assessment;
      });
    });
    return 'sent';
  }

  private remember(message: string, assessment: Assessment): void {
    this.cache.set(message, assessment);
    this.cachedCharacters += message.length + CACHE_ENTRY_CHARACTERS;
    for (const [oldest] of this.cache) {
      if (this.cachedCharacters <= CACHE_CHARACTERS) break;
      this.cache.delete(oldest);
      this.cachedCharacters -= oldest.length + CACHE_ENTRY_CHARACTERS;
    }
  }

  /**
   * The kept copy of the verdict whose JSON text is `key` (`verdict`, when the caller has it
   * already, or read from the text), and its number; the verdict itself and 0 once VERDICTS
   * are kept.
   */
  private kept(key: string, verdict?: Verdict): { verdict: Verdict; verdictId: number } {
    let verdictId = this.verdictIds.get(key);
    if (verdictId === undefined) {
      if (this.verdicts.length > VERDICTS) return { verdict: verdict ?? (JSON.parse(key) as Verdict), verdictId: 0 };
      verdictId = this.verdicts.push(verdict ?? (JSON.parse(key) as Verdict)) - 1;
      this.verdictIds.set(key, verdictId);
    }
    return { verdict: this.verdicts[verdictId]!, verdictId };
  }
}
