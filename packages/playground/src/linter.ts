import type { Envelope, LintRequest, ReportOf } from './protocol.js';

type Answer = Envelope<unknown> & { error?: string };

/** The page's side of the linter's worker: one promise per request, answered in any order. */
export class Linter {
  readonly #worker = new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' });
  readonly #pending = new Map<number, { resolve: (report: never) => void; reject: (error: Error) => void }>();
  #seq = 0;

  constructor() {
    this.#worker.addEventListener('message', (event: MessageEvent<Answer>) => {
      const pending = this.#pending.get(event.data.seq);
      this.#pending.delete(event.data.seq);
      if (event.data.error !== undefined) pending?.reject(new Error(event.data.error));
      else pending?.resolve(event.data.body as never);
    });
  }

  run<Request extends LintRequest>(body: Request): Promise<ReportOf<Request>> {
    const seq = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#pending.set(seq, { resolve, reject });
      this.#worker.postMessage({ seq, body } satisfies Envelope<LintRequest>);
    });
  }
}

/**
 * Keeps only the newest of overlapping calls: an answer that a newer call has overtaken
 * resolves to undefined, so a slow lint of old text never replaces a newer one's findings.
 */
export function newestOnly<Args extends unknown[], Result>(call: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result | undefined> {
  let newest = 0;
  return async (...args) => {
    const mine = ++newest;
    const result = await call(...args);
    return mine === newest ? result : undefined;
  };
}

/** Runs `call` once input has paused for `ms` milliseconds. */
export function debounce<Args extends unknown[]>(call: (...args: Args) => void, ms: number): (...args: Args) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => call(...args), ms);
  };
}
