import { CsvRecordReader } from '@invite-lint/csv';
import type { Assessor, AuditFinding } from './assess.js';
import { InOrder } from './in-order.js';
import { minutesText, peopleAndNote, readInvitations, type Direction, type InvitationColumns, type InvitationsFile, type ReadOptions } from './invitations.js';
import { RankedRows } from './ranked-rows.js';
import { SummaryTally, type AuditSummary } from './summary.js';

export interface AuditedInvitation {
  row: number;
  from: string;
  to: string;
  sentAt: string | null;
  direction: Direction;
  message: string;
  length: number;
  score: number;
  findings: AuditFinding[];
  why: string;
}

export interface AuditReport {
  summary: AuditSummary;
  /**
   * The invitations in report order, read again from the export as they are given: incoming
   * in rank order (best first), then outgoing in date order. Each call reads them anew.
   */
  invitations(): Iterable<AuditedInvitation>;
  /** The invitations of one direction, in report order; none for a direction not audited. */
  inDirection(direction: Direction): Iterable<AuditedInvitation>;
  /** Let go of the export: after the report is written. */
  close(): void;
}

/** Rows read again together: one parse for this many, few enough to be a few hundred KB. */
const ROWS_PER_READ = 512;

/** Batches of the export read ahead of the ones still being linted: a few thousand rows at most. */
const BATCHES_AHEAD = 4;

/**
 * Audit the export at `path`: every invitation in `directions` assessed and counted as it is
 * read, and kept as a few numbers (see RankedRows); the report's rows are read again from the
 * file, in report order, when they are written.
 */
export async function buildReport(path: string, shownPath: string, { locale, directions, assessor, onHeader }: Omit<ReadOptions, 'onInvitations'> & { assessor: Assessor }): Promise<AuditReport> {
  const tally = new SummaryTally(directions);
  const ranked: Record<Direction, RankedRows> = { incoming: new RankedRows(), outgoing: new RankedRows() };
  // Notes are linted while the export is read on; they are counted in file order.
  const assessed = new InOrder(BATCHES_AHEAD);
  let file: InvitationsFile;
  try {
    file = await readInvitations(path, shownPath, {
      locale,
      directions,
      onHeader,
      onInvitations: (invitations) =>
        assessed.add(assessor.assessAll(invitations.map((invitation) => invitation.message)), (assessments) => {
          for (const [index, invitation] of invitations.entries()) {
            const assessment = assessments[index]!;
            tally.add(invitation, assessment);
            ranked[invitation.direction].add(invitation, assessment);
          }
        }),
    });
    await assessed.drain();
  } finally {
    await assessor.close();
  }
  const reader = new CsvRecordReader(path);
  const order: Record<Direction, Int32Array> = { incoming: ranked.incoming.byRank(), outgoing: ranked.outgoing.byDate() };
  const inDirection = (direction: Direction) => readInOrder(reader, file.columns, direction, ranked[direction], order[direction], assessor);
  return {
    summary: tally.summary(file),
    * invitations() {
      yield* inDirection('incoming');
      yield* inDirection('outgoing');
    },
    inDirection,
    close: () => reader.close(),
  };
}

function* readInOrder(reader: CsvRecordReader, columns: InvitationColumns, direction: Direction, ranked: RankedRows, order: Int32Array, assessor: Assessor): Generator<AuditedInvitation> {
  for (let first = 0; first < order.length; first += ROWS_PER_READ) {
    const rows = Array.from(order.subarray(first, first + ROWS_PER_READ), (index) => ranked.at(index));
    const records = reader.read(rows.map((row) => row.place));
    for (const [index, { row, minutes, score, length, verdictId }] of rows.entries()) {
      const { from, to, message } = peopleAndNote(records[index]!, columns);
      const sentAt = minutesText(minutes);
      // A verdict past the ones kept is made again from the note (see VERDICTS).
      const { findings, why } = assessor.verdict(verdictId) ?? assessor.assess(message).verdict;
      yield { row, from, to, sentAt, direction, message, length, score, findings, why };
    }
  }
}
