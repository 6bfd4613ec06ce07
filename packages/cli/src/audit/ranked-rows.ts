import type { RecordDelimiter, RecordPlace } from '@invite-lint/csv';
import type { Assessment } from './assess.js';
import type { Invitation } from './invitations.js';

type NumberArray = Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array;

/** Numbers in a typed array that grows as they come: a few bytes each, however many there are. */
class Column<T extends NumberArray> {
  private values: T;
  length = 0;

  constructor(private readonly make: (size: number) => T) {
    this.values = make(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = this.make(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  at(index: number): number {
    return this.values[index]!;
  }
}

const DELIMITERS: readonly RecordDelimiter[] = ['', '\n', '\r\n', '\r'];

/** One row's numbers, as `RankedRows` gives them back. */
export interface RankedRow {
  row: number;
  place: RecordPlace;
  /** When it was sent, in minutes since 1970; NaN when undated. */
  minutes: number;
  score: number;
  length: number;
  verdictId: number;
}

/**
 * What the report needs of each invitation in one direction to put it in order and to find it
 * again: its row, its place in the file, its date, score, note length and verdict number, about
 * 40 bytes a row. The names and notes stay in the file, read again when the rows are written.
 */
export class RankedRows {
  private readonly rows = new Column((size) => new Int32Array(size));
  private readonly starts = new Column((size) => new Float64Array(size));
  private readonly ends = new Column((size) => new Float64Array(size));
  private readonly delimiters = new Column((size) => new Uint8Array(size));
  /** Minutes since 1970 (sortable as the dates are), NaN without a date. */
  private readonly sentAt = new Column((size) => new Float64Array(size));
  private readonly scores = new Column((size) => new Uint8Array(size));
  private readonly lengths = new Column((size) => new Uint32Array(size));
  private readonly verdictIds = new Column((size) => new Uint16Array(size));

  get length(): number {
    return this.rows.length;
  }

  add(invitation: Invitation, assessment: Assessment): void {
    this.rows.push(invitation.row);
    this.starts.push(invitation.place.start);
    this.ends.push(invitation.place.end);
    this.delimiters.push(DELIMITERS.indexOf(invitation.place.recordDelimiter));
    this.sentAt.push(invitation.minutes);
    this.scores.push(assessment.verdict.score);
    this.lengths.push(assessment.length);
    this.verdictIds.push(assessment.verdictId);
  }

  /** Row indexes best first: highest score, then the most recent (undated last), then file order. */
  byRank(): Int32Array {
    const { scores, sentAt, rows } = this;
    return this.indexes().sort((a, b) => scores.at(b) - scores.at(a) || compareDates(sentAt.at(b), sentAt.at(a), -Infinity) || rows.at(a) - rows.at(b));
  }

  /** Row indexes oldest first, undated last, each date in file order. */
  byDate(): Int32Array {
    const { sentAt, rows } = this;
    return this.indexes().sort((a, b) => compareDates(sentAt.at(a), sentAt.at(b), Infinity) || rows.at(a) - rows.at(b));
  }

  at(index: number): RankedRow {
    return {
      row: this.rows.at(index),
      place: { start: this.starts.at(index), end: this.ends.at(index), recordDelimiter: DELIMITERS[this.delimiters.at(index)]! },
      minutes: this.sentAt.at(index),
      score: this.scores.at(index),
      length: this.lengths.at(index),
      verdictId: this.verdictIds.at(index),
    };
  }

  private indexes(): Int32Array {
    return Int32Array.from({ length: this.length }, (_, index) => index);
  }
}

/** Dates as minutes, an undated one (NaN) counted as `undated`. */
function compareDates(a: number, b: number, undated: number): number {
  const x = Number.isNaN(a) ? undated : a;
  const y = Number.isNaN(b) ? undated : b;
  return x < y ? -1 : x > y ? 1 : 0;
}
