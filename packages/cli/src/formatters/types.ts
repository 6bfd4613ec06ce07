import type { LintResult, Locale } from '@invite-lint/core/internal';

/** What a formatter may know of a rule besides the results (SARIF lists the rules it used). */
export interface RuleInfo {
  id: string;
  description: string;
  url: string;
}

export interface FormatterContext {
  cwd: string;
  /** Whether ANSI colour may be used (a TTY, no NO_COLOR, no --no-color). */
  color: boolean;
  rules: readonly RuleInfo[];
  version: string;
  locale: Locale;
}

/** A formatter is a pure function of the results (ESLint's shape). */
export type Formatter = (results: readonly LintResult[], context: FormatterContext) => string;
