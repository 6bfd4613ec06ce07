import { resolve } from 'node:path';
import { loadPhraseWords } from '@invite-lint/config';
import type { Degree } from '@invite-lint/core/internal';
import type { Io } from '../io.js';
import { csvFileProblem } from '../csv-file.js';
import { localeFrom } from '../messages.js';
import { openOutput, refuseInputAsOutput, type Output } from '../output.js';
import { UsageError } from '../usage-error.js';
import { visible } from '../visible.js';
import { Assessor } from './assess.js';
import { auditCsv } from './formats/csv.js';
import { AUDIT_FORMATS } from './formats/names.js';
import { auditHtml } from './formats/html.js';
import { auditJson } from './formats/json.js';
import { auditStylish } from './formats/stylish.js';
import type { Direction } from './invitations.js';
import { buildReport, type AuditReport } from './report.js';
import { auditWords } from './words.js';

export interface AuditOptions {
  direction: string;
  format: string;
  outputFile?: string | undefined;
  degree?: Degree | undefined;
  locale?: string | undefined;
}

const DIRECTIONS: Record<string, Direction[]> = { all: ['incoming', 'outgoing'], outgoing: ['outgoing'], incoming: ['incoming'] };

/**
 * `invite-lint audit`: the invitations of LinkedIn's export reviewed (what you sent) and ranked
 * (what you received). Findings are the report's content, not a failure: exit 0 unless the file
 * cannot be read.
 */
export async function auditCommand(file: string, options: AuditOptions, io: Io): Promise<number> {
  const directions = DIRECTIONS[options.direction];
  if (!directions) throw new UsageError(`Unknown direction "${options.direction}". Use all, outgoing or incoming.`);
  if (!(AUDIT_FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`Unknown format "${options.format}". Use ${AUDIT_FORMATS.join(', ')}.`);
  const locale = localeFrom(options.locale, undefined, io.env);
  refuseInputAsOutput(options.outputFile, [file], io, locale);
  loadPhraseWords();
  let output: Output | undefined;
  let report: AuditReport | undefined;
  const words = auditWords(locale);
  try {
    report = await buildReport(resolve(io.cwd, file), file, {
      locale,
      directions,
      assessor: new Assessor({ degree: options.degree, locale }),
      // Opened once the file is known to be an export, before its notes are checked: a file that
      // is not one leaves no report behind, and an -o that cannot be written is said before that work.
      onHeader: () => (output = openOutput(options.outputFile, io, locale)),
    });
    const pieces: Iterable<string> =
      options.format === 'json' ? auditJson(report)
      : options.format === 'csv' ? auditCsv(report)
      : options.format === 'html' ? auditHtml(report, words, locale)
      : auditStylish(report, words);
    await writePieces(pieces, output!);
  } catch (error) {
    // The export is read twice: its rows are read again as the report is written.
    throw csvFileProblem(error, file, locale);
  } finally {
    report?.close();
  }
  const { skipped, undated } = report.summary;
  if (options.outputFile || options.format !== 'stylish') {
    // The report itself lists them; on stderr too, so a redirected report does not hide them.
    for (const row of [...skipped, ...undated]) io.stderr(`invite-lint audit: ${visible(`${file}: ${words.row} ${row.row} (${words.line} ${row.line}): ${row.reason}`)}\n`);
  }
  return 0;
}

// Written a batch at a time: one write per row would cost more than the rows.
const BATCH_CHARACTERS = 1 << 16;

/** A report given in pieces, to its file or standard output, without holding it whole. */
async function writePieces(pieces: Iterable<string>, output: Output): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < BATCH_CHARACTERS) continue;
    await output.write(batch);
    batch = '';
  }
  if (batch !== '') await output.write(batch);
  await output.close();
}
