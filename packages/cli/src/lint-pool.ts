import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintResult } from '@invite-lint/core/internal';
import type { RuleInfo } from './formatters/types.js';
import type { FileLintOptions, LintFile } from './lint-files.js';
import type { LintWorkerData, LintWorkerMessage } from './lint-worker.js';
import { UsageError } from './usage-error.js';

/** Files a thread takes at a time: few enough to share the end of a run out evenly. */
const BATCH = 16;
/**
 * Below this many files a run is over before a worker has loaded the rules (about a tenth of a
 * second): `auto` lints them in the process alone.
 */
const PARALLEL_MIN_FILES = 256;
/** Each worker holds the rules and a heap of its own: memory grows with them, not only with the files. */
const MAX_WORKERS = 3;

/** `--concurrency`: how many worker threads lint beside the process itself. */
export function workersFor(concurrency: string, files: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return files < PARALLEL_MIN_FILES ? 0 : Math.min(availableParallelism() - 1, MAX_WORKERS);
  return Math.max(0, Number(concurrency) - 1);
}

/**
 * Lint `files` with `workers` threads beside this one, each taking the next batch nobody has
 * taken (a counter they share) until none is left; results come back in the files' order. The
 * plugin rules the workers' configs loaded are given as rule infos, for formatters.
 */
export async function lintInParallel(
  files: readonly string[],
  named: ReadonlySet<string>,
  options: FileLintOptions,
  lintFile: LintFile,
  workers: number,
): Promise<{ results: (LintResult | undefined)[]; rules: RuleInfo[] }> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const results: (LintResult | undefined)[] = new Array(files.length);
  const rules: RuleInfo[] = [];
  const data: LintWorkerData = { options, files, named: files.flatMap((file, index) => (named.has(file) ? [index] : [])), next, batch: BATCH };
  // Beside this module both as tsc writes it and as the bundle does (see scripts/bundle.js).
  const threads = Array.from({ length: workers }, () => new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: data }));
  const finished = Promise.all(threads.map((thread) => workerDone(thread, results, rules)));
  // A worker may fail while this thread lints: its error is thrown once this thread is done.
  finished.catch(() => undefined);
  try {
    for (let start = Atomics.add(next, 0, BATCH); start < files.length; start = Atomics.add(next, 0, BATCH)) {
      for (let index = start; index < Math.min(start + BATCH, files.length); index++) results[index] = await lintFile(files[index] as string, named.has(files[index] as string));
    }
    await finished;
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return { results, rules };
}

function workerDone(thread: Worker, results: (LintResult | undefined)[], rules: RuleInfo[]): Promise<void> {
  return new Promise((resolve, reject) => {
    thread.on('message', (message: LintWorkerMessage) => {
      if (message.kind === 'batch') message.results.forEach((result, offset) => (results[message.start + offset] = result));
      else if (message.kind === 'done') {
        rules.push(...message.rules);
        resolve();
      } else reject(message.usage ? new UsageError(message.message) : new Error(message.message));
    });
    thread.on('error', reject);
    thread.on('exit', (code) => reject(new Error(`A thread linting files stopped (exit code ${code}).`)));
  });
}
