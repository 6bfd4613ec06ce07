import { parentPort, workerData } from 'node:worker_threads';
import type { LintResult } from '@invite-lint/core/internal';
import type { RuleInfo } from './formatters/types.js';
import { createFileLinter, type FileLintOptions } from './lint-files.js';
import { UsageError } from './usage-error.js';

/** What a lint worker is started with (see lintInParallel). */
export interface LintWorkerData {
  options: FileLintOptions;
  files: readonly string[];
  /** The indices in `files` of the files named on the command line. */
  named: readonly number[];
  /** The index of the next batch nobody has taken yet, shared by every thread of the run. */
  next: Int32Array;
  batch: number;
}

export type LintWorkerMessage =
  | { kind: 'batch'; start: number; results: (LintResult | undefined)[] }
  | { kind: 'done'; rules: RuleInfo[] }
  /** `usage`: a problem the user must fix (a broken config), exit 2 as in a run without workers. */
  | { kind: 'failed'; usage: boolean; message: string };

const { options, files, named, next, batch } = workerData as LintWorkerData;
const namedFiles = new Set(named);
const { lintFile, pluginRules } = createFileLinter(options);
const post = (message: LintWorkerMessage) => parentPort?.postMessage(message);

try {
  for (let start = Atomics.add(next, 0, batch); start < files.length; start = Atomics.add(next, 0, batch)) {
    const results: (LintResult | undefined)[] = [];
    for (let index = start; index < Math.min(start + batch, files.length); index++) results.push(await lintFile(files[index] as string, namedFiles.has(index)));
    post({ kind: 'batch', start, results });
  }
  post({ kind: 'done', rules: [...pluginRules.values()].map((rule) => ({ id: rule.meta.id, description: rule.meta.description, url: rule.meta.docs.url })) });
} catch (error) {
  post({ kind: 'failed', usage: error instanceof UsageError, message: error instanceof Error ? error.message : String(error) });
}
