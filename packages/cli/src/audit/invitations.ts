import type { Locale } from '@invite-lint/core/internal';
import { exportKind, readCsvBatches, type RecordPlace } from '@invite-lint/csv';
import { csvFileProblem } from '../csv-file.js';
import { UsageError } from '../usage-error.js';

export type Direction = 'incoming' | 'outgoing';

/** One row of LinkedIn's `Invitations.csv`, and where it is in the file, to read it again. */
export interface Invitation {
  row: number;
  from: string;
  to: string;
  /** `YYYY-MM-DDTHH:mm` (the export has no time zone), or null when the cell is empty or unreadable. */
  sentAt: string | null;
  /** `sentAt` in minutes since 1970, NaN when it is null: what the report sorts by, and writes `sentAt` again from. */
  minutes: number;
  direction: Direction;
  message: string;
  place: RecordPlace;
}

/** A row that could not be used, and why: reported, never dropped in silence. */
export interface SkippedRow {
  row: number;
  line: number;
  reason: string;
}

/** Where an export's columns are, by its header. */
export interface InvitationColumns {
  from: number;
  to: number;
  sentAt: number;
  message: number;
  direction: number;
}

/** What reading an export tells besides its invitations, which are handed over one at a time. */
export interface InvitationsFile {
  /** `current` with the two profile URL columns; `old` without them. */
  header: 'current' | 'old';
  columns: InvitationColumns;
  /** Invitations read, in any direction. */
  invitations: number;
  skipped: SkippedRow[];
  /** Rows kept without a readable date, in the directions asked for (they count in no month). */
  undated: SkippedRow[];
}

export const INVITATIONS_HEADER = 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl';

export interface ReadOptions {
  locale: Locale;
  directions: readonly Direction[];
  /** Once the header says the file is an invitations export, before any row. */
  onHeader(): void;
  /**
   * The invitations in `directions`, in file order, a batch at a time: none is kept here. Reading
   * waits for what it returns (so that a caller may hold reading back).
   */
  onInvitations(invitations: Invitation[]): Promise<void> | void;
}

/** Read an invitations export; a file that is not one is a UsageError naming the header expected. */
export async function readInvitations(path: string, shownPath: string, { locale, directions, onHeader, onInvitations }: ReadOptions): Promise<InvitationsFile> {
  let file: InvitationsFile | undefined;
  let width = 0;
  const skipped: SkippedRow[] = [];
  const undated: SkippedRow[] = [];
  let invitations = 0;
  try {
    for await (const batch of readCsvBatches(path)) {
      const inDirections: Invitation[] = [];
      for (const event of batch) {
        if (event.kind === 'header') {
          if (exportKind(event.columns) !== 'invitations') {
            throw new UsageError(`${shownPath} is not LinkedIn's Invitations.csv: expected the header "${INVITATIONS_HEADER}" (older exports lack the two URL columns), found "${event.columns.join(',')}".`);
          }
          const at = (name: string) => event.columns.indexOf(name);
          const columns = { from: at('From'), to: at('To'), sentAt: at('Sent At'), message: at('Message'), direction: at('Direction') };
          width = event.columns.length;
          file = { header: event.columns.includes('inviterProfileUrl') ? 'current' : 'old', columns, invitations: 0, skipped, undated };
          onHeader();
          continue;
        }
        if (event.kind === 'malformed') {
          skipped.push({ row: event.row, line: event.line, reason: event.reason });
          continue;
        }
        if (event.kind === 'runaway') {
          const reason = `a quote opened here runs on to line ${event.endLine}, over lines that read as rows of their own (they are read as rows)`;
          skipped.push({ row: event.row, line: event.line, reason });
          continue;
        }
        if (!file) continue;
        if (event.values.length !== width) {
          const span = event.endLine > event.line ? `, running to line ${event.endLine}` : '';
          skipped.push({ row: event.row, line: event.line, reason: `${event.values.length} fields where the header has ${width}${span} (a comma or quote out of place?)` });
          continue;
        }
        const found = (event.values[file.columns.direction] ?? '').trim();
        const direction = directionOf(found);
        if (direction === undefined) {
          skipped.push({ row: event.row, line: event.line, reason: found ? `Direction is "${found}": expected INCOMING or OUTGOING` : 'Direction is empty: expected INCOMING or OUTGOING' });
          continue;
        }
        invitations++;
        if (!directions.includes(direction)) continue;
        const invitation = invitationFrom(event.values, file.columns, event.row, direction, { start: event.start, end: event.bytes, recordDelimiter: event.recordDelimiter });
        if (invitation.sentAt === null) {
          const sentAtText = (event.values[file.columns.sentAt] ?? '').trim();
          const reason = sentAtText ? `Sent At "${sentAtText}" is not a date like "1/29/26, 2:37 PM"` : 'Sent At is empty';
          undated.push({ row: event.row, line: event.line, reason });
        }
        inDirections.push(invitation);
      }
      if (inDirections.length > 0) await onInvitations(inDirections);
    }
  } catch (error) {
    throw csvFileProblem(error, shownPath, locale);
  }
  if (!file) throw new UsageError(`${shownPath} has no header line: expected "${INVITATIONS_HEADER}".`);
  file.invitations = invitations;
  return file;
}

/** A row's values as an invitation in `direction`, read from the row when the export is read. */
function invitationFrom(values: readonly string[], columns: InvitationColumns, row: number, direction: Direction, place: RecordPlace): Invitation {
  const minutes = sentAtMinutes((values[columns.sentAt] ?? '').trim());
  return { row, ...peopleAndNote(values, columns), sentAt: minutesText(minutes), minutes, direction, place };
}

/**
 * A row's names and note: when the export is read, and again when the report is written from
 * the row's place, so both readings give the same.
 */
export function peopleAndNote(values: readonly string[], columns: InvitationColumns): Pick<Invitation, 'from' | 'to' | 'message'> {
  const cell = (index: number) => values[index] ?? '';
  return {
    from: cell(columns.from).trim(),
    to: cell(columns.to).trim(),
    message: cell(columns.message).replace(/\r\n?/g, '\n').trim(),
  };
}

function directionOf(cell: string): Direction | undefined {
  const upper = cell.toUpperCase();
  return upper === 'INCOMING' ? 'incoming' : upper === 'OUTGOING' ? 'outgoing' : undefined;
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/;

/**
 * `1/29/26, 2:37 PM` (the export's form) or an ISO date, as minutes since 1970 (the export has
 * no time zone: read as UTC); NaN when it is no date.
 */
export function sentAtMinutes(text: string): number {
  const us = US_DATE.exec(text);
  if (us) {
    const [, month, day, year, hour, minute, half] = us;
    let hours = Number(hour);
    if (half) {
      if (hours < 1 || hours > 12) return Number.NaN;
      hours = (hours % 12) + (half.toUpperCase() === 'PM' ? 12 : 0);
    }
    const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
    return checked(fullYear, Number(month), Number(day), hours, Number(minute));
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0));
  return Number.NaN;
}

/** Minutes since 1970 as `YYYY-MM-DDTHH:mm`; null for NaN. */
export function minutesText(minutes: number): string | null {
  return Number.isNaN(minutes) ? null : new Date(minutes * 60_000).toISOString().slice(0, 16);
}

function checked(year: number, month: number, day: number, hours: number, minutes: number): number {
  const date = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hours > 23 || minutes > 59) return Number.NaN;
  return date.getTime() / 60_000;
}
