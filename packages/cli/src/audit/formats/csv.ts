import { csvText } from '@invite-lint/csv';
import type { AuditReport, AuditedInvitation } from '../report.js';

const COLUMNS = ['rank', 'direction', 'row', 'from', 'to', 'sentAt', 'score', 'length', 'why', 'findings', 'message'];

/** Rows turned into CSV together: one call per this many rather than per row. */
const ROWS_PER_PIECE = 256;

/** One line per invitation, in the report's order, given a few hundred lines at a time; every cell formula-safe (strangers' text). */
export function* auditCsv(report: AuditReport): Generator<string> {
  let incomingRank = 0;
  let records: Record<string, unknown>[] = [];
  let header = true;
  const piece = () => {
    const text = csvText(COLUMNS, records, header);
    records = [];
    header = false;
    return text;
  };
  for (const invitation of report.invitations()) {
    records.push(csvRecord(invitation, invitation.direction === 'incoming' ? ++incomingRank : ''));
    if (records.length === ROWS_PER_PIECE) yield piece();
  }
  // With no rows, the header line alone.
  if (records.length > 0 || header) yield piece();
}

function csvRecord(invitation: AuditedInvitation, rank: number | ''): Record<string, unknown> {
  return {
    ...invitation,
    rank,
    sentAt: invitation.sentAt ?? '',
    findings: invitation.findings.map((finding) => `${finding.ruleId}: ${finding.message}`).join('; '),
  };
}
