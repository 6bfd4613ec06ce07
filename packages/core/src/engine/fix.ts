import type { VFile } from 'vfile';
import type { LintMessage } from './messages.js';
import { lint, type LintOptions } from './lint.js';
import type { Fix } from './rule.js';

const MAX_PASSES = 10;

export interface FixResult {
  /** The source with every fix applied; equal to the input when nothing was fixed. */
  output: string;
  fixed: boolean;
  /** The lint of the output: what is left to do by hand. */
  file: VFile;
}

/**
 * ESLint's way: lint, apply the fixes that do not overlap (first come, first served), lint
 * again, until nothing changes (at most ten passes, so two rules cannot fight for ever).
 */
export function lintAndFix(source: string, options: LintOptions = {}): FixResult {
  let output = source;
  let file = lint(output, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = file.messages
      .map((message) => (message as LintMessage).fix)
      .filter((fix): fix is Fix => fix !== undefined)
      .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    if (fixes.length === 0) break;
    let next = '';
    let cursor = 0;
    for (const fix of fixes) {
      if (fix.range[0] < cursor) continue;
      next += output.slice(cursor, fix.range[0]) + fix.text;
      cursor = fix.range[1];
    }
    next += output.slice(cursor);
    if (next === output) break;
    output = next;
    file = lint(output, options);
  }
  return { output, fixed: output !== source, file };
}
