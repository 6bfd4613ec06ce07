import type { Assessment } from './assess.js';
import type { Direction, Invitation, InvitationsFile, SkippedRow } from './invitations.js';

export interface OutgoingSummary {
  total: number;
  empty: number;
  stockText: number;
  noReason: number;
  over200: number;
  over300: number;
  /** The openings (first words) used more than once, most used first. */
  openings: { opening: string; count: number }[];
  /** `YYYY-MM` → invitations sent that month, in month order. */
  byMonth: Record<string, number>;
  /** Notes with at least one finding. */
  flagged: number;
}

export interface IncomingSummary {
  total: number;
  empty: number;
  stockText: number;
  withReason: number;
  withSharedContactOrContext: number;
  byMonth: Record<string, number>;
}

export interface AuditSummary {
  /** Data rows in the file: outgoing + incoming + skipped. */
  rows: number;
  header: InvitationsFile['header'];
  outgoing?: OutgoingSummary;
  incoming?: IncomingSummary;
  /** Note lengths in buckets of 50 characters (`0-49`, …, `300+`), for the notes audited. */
  lengths: Record<string, number>;
  skipped: SkippedRow[];
  undated: SkippedRow[];
}

const OPENING_WORDS = 4;
const TOP_OPENINGS = 5;
const LENGTH_BUCKET = 50;
const LENGTH_BUCKETS = 6;
const LENGTH_LABELS = Array.from({ length: LENGTH_BUCKETS + 1 }, (_, index) =>
  index === LENGTH_BUCKETS ? `${index * LENGTH_BUCKET}+` : `${index * LENGTH_BUCKET}-${(index + 1) * LENGTH_BUCKET - 1}`,
);

/**
 * The summary's figures, counted one invitation at a time as the export is read. What it keeps
 * grows with the months and with the distinct openings of outgoing notes, not with the notes.
 */
export class SummaryTally {
  private readonly outgoing?: OutgoingSummary & { months: Map<string, number>; openingCounts: Map<string, number> };
  private readonly incoming?: IncomingSummary & { months: Map<string, number> };
  private readonly lengths = new Array<number>(LENGTH_LABELS.length).fill(0);

  constructor(directions: readonly Direction[]) {
    if (directions.includes('outgoing')) this.outgoing = { total: 0, empty: 0, stockText: 0, noReason: 0, over200: 0, over300: 0, openings: [], byMonth: {}, flagged: 0, months: new Map(), openingCounts: new Map() };
    if (directions.includes('incoming')) this.incoming = { total: 0, empty: 0, stockText: 0, withReason: 0, withSharedContactOrContext: 0, byMonth: {}, months: new Map() };
  }

  add(invitation: Invitation, { length, verdict }: Assessment): void {
    const counts = invitation.direction === 'outgoing' ? this.outgoing : this.incoming;
    if (!counts) return;
    counts.total++;
    if (invitation.sentAt) {
      const month = invitation.sentAt.slice(0, 7);
      counts.months.set(month, (counts.months.get(month) ?? 0) + 1);
    }
    if (invitation.message === '') {
      counts.empty++;
      return;
    }
    this.lengths[Math.min(LENGTH_BUCKETS, Math.floor(length / LENGTH_BUCKET))]!++;
    if (this.outgoing && counts === this.outgoing) {
      if (verdict.stockText) this.outgoing.stockText++;
      else if (verdict.noReason) this.outgoing.noReason++;
      if (length > 200) this.outgoing.over200++;
      if (length > 300) this.outgoing.over300++;
      if (verdict.findings.length > 0) this.outgoing.flagged++;
      const opening = openingOf(invitation.message, invitation.to);
      if (opening) this.outgoing.openingCounts.set(opening, (this.outgoing.openingCounts.get(opening) ?? 0) + 1);
    } else if (this.incoming && counts === this.incoming) {
      if (verdict.stockText) this.incoming.stockText++;
      if (!verdict.stockText && !verdict.noReason) this.incoming.withReason++;
      if (verdict.sharedContactOrContext) this.incoming.withSharedContactOrContext++;
    }
  }

  /** The summary of the invitations added, with what reading the export found. */
  summary(file: InvitationsFile): AuditSummary {
    const summary: AuditSummary = {
      rows: file.invitations + file.skipped.length,
      header: file.header,
      lengths: Object.fromEntries(LENGTH_LABELS.map((label, index) => [label, this.lengths[index]!])),
      skipped: file.skipped,
      undated: file.undated,
    };
    if (this.outgoing) {
      const { months, openingCounts, ...outgoing } = this.outgoing;
      const openings = [...openingCounts]
        .filter(([, count]) => count > 1)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, TOP_OPENINGS)
        .map(([opening, count]) => ({ opening, count }));
      summary.outgoing = { ...outgoing, openings, byMonth: inMonthOrder(months) };
    }
    if (this.incoming) {
      const { months, ...incoming } = this.incoming;
      summary.incoming = { ...incoming, byMonth: inMonthOrder(months) };
    }
    return summary;
  }
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/**
 * The first words, lower case and without punctuation, the recipient's names written `[name]`:
 * how a note opens, whoever it was to ("hi [name] i'd like").
 */
export function openingOf(message: string, recipient: string): string {
  const names = new Set(recipient.toLowerCase().match(WORD) ?? []);
  const words = (message.toLowerCase().match(WORD) ?? []).map((word) => (names.has(word) ? '[name]' : word));
  return words.filter((word, index) => word !== '[name]' || words[index - 1] !== '[name]').slice(0, OPENING_WORDS).join(' ');
}

function inMonthOrder(months: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
