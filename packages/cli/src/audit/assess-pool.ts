import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AssessAnswer, AssessRequest } from './assess-worker.js';
import type { NoteOptions } from './note-verdict.js';

interface Asked {
  size: number;
  resolve(answer: AssessAnswer): void;
  reject(error: unknown): void;
}

interface PoolWorker {
  worker: Worker;
  /** Notes sent and not answered yet: the next request goes to the worker with the fewest. */
  load: number;
  asked: Map<number, Asked>;
}

/**
 * Worker threads at most: each holds the rules and a heap of its own, so a large machine does
 * not get one per core (memory would grow with the cores, not only with the export).
 */
const MAX_WORKERS = 4;

/** Worker threads for this machine: one per core but the one the process runs on (it lints too). */
export const WORKERS = Math.min(availableParallelism() - 1, MAX_WORKERS);

/**
 * Worker threads that lint notes with the core rules (WORKERS of them): linting is most of an
 * audit's work, and each distinct note is linted on its own, so notes are shared out while the
 * export is still being read.
 */
export class AssessPool {
  private readonly workers: PoolWorker[];
  private nextId = 0;

  constructor(options: NoteOptions) {
    this.workers = Array.from({ length: WORKERS }, () => this.start(options));
  }

  /** Notes the least busy worker has yet to answer. */
  get backlog(): number {
    return Math.min(...this.workers.map((worker) => worker.load));
  }

  assess(notes: string[]): Promise<AssessAnswer> {
    const target = this.workers.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.asked.set(id, { size: notes.length, resolve, reject });
      target.load += notes.length;
      target.worker.postMessage({ id, notes } satisfies AssessRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private start(options: NoteOptions): PoolWorker {
    // Beside this module both as tsc writes it and as the bundle does (see scripts/bundle.js).
    const worker = new Worker(new URL('./assess-worker.js', import.meta.url), { workerData: options });
    const pooled: PoolWorker = { worker, load: 0, asked: new Map() };
    worker.on('message', (answer: AssessAnswer) => {
      const asked = pooled.asked.get(answer.id)!;
      pooled.asked.delete(answer.id);
      pooled.load -= asked.size;
      asked.resolve(answer);
    });
    const fail = (error: unknown) => {
      for (const asked of pooled.asked.values()) asked.reject(error);
      pooled.asked.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`A worker linting notes stopped (exit code ${code}).`)));
    return pooled;
  }
}
