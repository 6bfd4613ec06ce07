import type { Locale } from '@invite-lint/core/internal';
import { CsvFileError } from '@invite-lint/csv';
import { say } from './messages.js';
import { describeIoError } from './read.js';
import { UsageError } from './usage-error.js';

/**
 * What to say of an error reading a CSV: a file-system error names the file as the user gave it
 * and the cause, in the run's language; the reader's own findings (empty, a workbook, UTF-16)
 * keep its words. Anything else is not the user's doing and goes on as it is.
 */
export function csvFileProblem(error: unknown, shownPath: string, locale: Locale): unknown {
  if (!(error instanceof CsvFileError)) return error;
  if (error.code === undefined) return new UsageError(error.message);
  const { message, data } = describeIoError(error);
  return new UsageError(`${shownPath}: ${say(locale, message, data)}`);
}
