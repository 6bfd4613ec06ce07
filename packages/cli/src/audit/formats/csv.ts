import { csvText } from '@invite-lint/csv';
import type { AuditReport } from '../report.js';

const COLUMNS = ['rank', 'direction', 'row', 'from', 'to', 'sentAt', 'score', 'length', 'why', 'findings', 'message'];

/** One line per invitation, in the report's order; every cell formula-safe (strangers' text). */
export function auditCsv(report: AuditReport): string {
  let incomingRank = 0;
  return csvText(
    COLUMNS,
    report.invitations.map((invitation) => ({
      ...invitation,
      rank: invitation.direction === 'incoming' ? ++incomingRank : '',
      sentAt: invitation.sentAt ?? '',
      findings: invitation.findings.map((finding) => `${finding.ruleId}: ${finding.message}`).join('; '),
    })),
  );
}
