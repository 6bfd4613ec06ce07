import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import type { Degree } from '@invite-lint/core';
import type { Io } from '../lint-command.js';
import { localeFrom } from '../messages.js';
import { openOutput, refuseInputAsOutput, type Output } from '../output.js';
import { UsageError } from '../usage-error.js';
import { visible } from '../visible.js';
import { assessor } from './assess.js';
import { auditCsv } from './formats/csv.js';
import { auditHtml } from './formats/html.js';
import { auditJson } from './formats/json.js';
import { auditStylish } from './formats/stylish.js';
import { readInvitations, type Direction } from './invitations.js';
import { buildReport } from './report.js';
import { auditWords } from './words.js';

export interface AuditOptions {
  direction: string;
  format: string;
  outputFile?: string;
  degree?: Degree;
  locale?: string;
}

const DIRECTIONS: Record<string, Direction[]> = { all: ['incoming', 'outgoing'], outgoing: ['outgoing'], incoming: ['incoming'] };
const FORMATS = ['stylish', 'json', 'csv', 'html'];

/**
 * `invite-lint audit`: the invitations of LinkedIn's export reviewed (what you sent) and ranked
 * (what you received). Findings are the report's content, not a failure: exit 0 unless the file
 * cannot be read.
 */
export async function auditCommand(file: string, options: AuditOptions, io: Io): Promise<number> {
  const directions = DIRECTIONS[options.direction];
  if (!directions) throw new UsageError(`Unknown direction "${options.direction}". Use all, outgoing or incoming.`);
  if (!FORMATS.includes(options.format)) throw new UsageError(`Unknown format "${options.format}". Use ${FORMATS.join(', ')}.`);
  // Tens of thousands of notes linted in a row leave garbage that V8's default heuristics let
  // pile up: a 330 MB peak for 50,000 invitations without this flag, 170–190 MB with it, for
  // about 4% more time (measured; `pnpm bench` prints the figures).
  setFlagsFromString('--optimize-for-size');
  const locale = localeFrom(options.locale, undefined, io.env);
  refuseInputAsOutput(options.outputFile, [file], io, locale);
  const invitations = await readInvitations(resolve(io.cwd, file), file, locale);
  // Opened before the notes are checked: an -o that cannot be written is said before that work.
  const output = openOutput(options.outputFile, io, locale);
  const report = buildReport(invitations, directions, assessor({ degree: options.degree, locale }));
  const words = auditWords(locale);
  const pieces: Iterable<string> =
    options.format === 'json' ? [auditJson(report)]
    : options.format === 'csv' ? [auditCsv(report)]
    : options.format === 'html' ? auditHtml(report, words, locale)
    : [auditStylish(report, words)];
  await writePieces(pieces, output);
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
