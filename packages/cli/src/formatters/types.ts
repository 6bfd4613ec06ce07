import type { LintResult } from '@invite-lint/core';

export interface FormatterContext {
  cwd: string;
  /** Whether ANSI colour may be used (a TTY, no NO_COLOR, no --no-color). */
  color: boolean;
}

/** A formatter is a pure function of the results (ESLint's shape). */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
