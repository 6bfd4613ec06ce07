import type { Assessment, AuditFinding } from './assess.js';
import type { Direction, Invitation, InvitationsFile, SkippedRow } from './invitations.js';

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

export interface AuditReport {
  summary: AuditSummary;
  /** Incoming in rank order (best first), then outgoing in date order. */
  invitations: AuditedInvitation[];
}

const OPENING_WORDS = 4;
const TOP_OPENINGS = 5;
const LENGTH_BUCKET = 50;
const LENGTH_BUCKETS = 6;

export function buildReport(file: InvitationsFile, directions: readonly Direction[], assess: (message: string) => Assessment): AuditReport {
  const audited = file.invitations.filter((invitation) => directions.includes(invitation.direction)).map((invitation) => audit(invitation, assess(invitation.message)));
  const incoming = audited.filter((invitation) => invitation.direction === 'incoming').sort(byRank);
  const outgoing = audited.filter((invitation) => invitation.direction === 'outgoing').sort(byDate);
  const auditedRows = new Set(audited.map((invitation) => invitation.row));
  const summary: AuditSummary = {
    rows: file.invitations.length + file.skipped.length,
    header: file.header,
    lengths: lengthBuckets(audited),
    skipped: file.skipped,
    undated: file.undated.filter((undated) => auditedRows.has(undated.row)),
  };
  if (directions.includes('outgoing')) summary.outgoing = outgoingSummary(outgoing, assess);
  if (directions.includes('incoming')) summary.incoming = incomingSummary(incoming, assess);
  return { summary, invitations: [...incoming, ...outgoing] };
}

function audit(invitation: Invitation, assessment: Assessment): AuditedInvitation {
  const { row, from, to, sentAt, direction, message } = invitation;
  const { length, score, findings, why } = assessment;
  return { row, from, to, sentAt, direction, message, length, score, findings, why };
}

/** Best score first; among equals the most recent, then file order. */
function byRank(a: AuditedInvitation, b: AuditedInvitation): number {
  return b.score - a.score || (b.sentAt ?? '').localeCompare(a.sentAt ?? '') || a.row - b.row;
}

/** Oldest first; undated last, in file order. */
function byDate(a: AuditedInvitation, b: AuditedInvitation): number {
  if (a.sentAt === null || b.sentAt === null) return (a.sentAt === null ? 1 : 0) - (b.sentAt === null ? 1 : 0) || a.row - b.row;
  return a.sentAt.localeCompare(b.sentAt) || a.row - b.row;
}

function outgoingSummary(outgoing: readonly AuditedInvitation[], assess: (message: string) => Assessment): OutgoingSummary {
  const openings = new Map<string, number>();
  const summary: OutgoingSummary = { total: outgoing.length, empty: 0, stockText: 0, noReason: 0, over200: 0, over300: 0, openings: [], byMonth: byMonth(outgoing), flagged: 0 };
  for (const invitation of outgoing) {
    if (invitation.message === '') {
      summary.empty++;
      continue;
    }
    const assessment = assess(invitation.message);
    if (assessment.stockText) summary.stockText++;
    else if (assessment.noReason) summary.noReason++;
    if (invitation.length > 200) summary.over200++;
    if (invitation.length > 300) summary.over300++;
    if (invitation.findings.length > 0) summary.flagged++;
    const opening = openingOf(invitation.message, invitation.to);
    if (opening) openings.set(opening, (openings.get(opening) ?? 0) + 1);
  }
  summary.openings = [...openings]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_OPENINGS)
    .map(([opening, count]) => ({ opening, count }));
  return summary;
}

function incomingSummary(incoming: readonly AuditedInvitation[], assess: (message: string) => Assessment): IncomingSummary {
  const summary: IncomingSummary = { total: incoming.length, empty: 0, stockText: 0, withReason: 0, withSharedContactOrContext: 0, byMonth: byMonth(incoming) };
  for (const invitation of incoming) {
    if (invitation.message === '') {
      summary.empty++;
      continue;
    }
    const assessment = assess(invitation.message);
    if (assessment.stockText) summary.stockText++;
    if (!assessment.stockText && !assessment.noReason) summary.withReason++;
    if (assessment.sharedContactOrContext) summary.withSharedContactOrContext++;
  }
  return summary;
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

function byMonth(invitations: readonly AuditedInvitation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const months = invitations.flatMap((invitation) => (invitation.sentAt ? [invitation.sentAt.slice(0, 7)] : [])).sort();
  for (const month of months) counts[month] = (counts[month] ?? 0) + 1;
  return counts;
}

function lengthBuckets(invitations: readonly AuditedInvitation[]): Record<string, number> {
  const labels = Array.from({ length: LENGTH_BUCKETS + 1 }, (_, index) =>
    index === LENGTH_BUCKETS ? `${index * LENGTH_BUCKET}+` : `${index * LENGTH_BUCKET}-${(index + 1) * LENGTH_BUCKET - 1}`,
  );
  const counts: Record<string, number> = Object.fromEntries(labels.map((label) => [label, 0]));
  for (const invitation of invitations) {
    if (invitation.message === '') continue;
    const label = labels[Math.min(LENGTH_BUCKETS, Math.floor(invitation.length / LENGTH_BUCKET))]!;
    counts[label]!++;
  }
  return counts;
}
