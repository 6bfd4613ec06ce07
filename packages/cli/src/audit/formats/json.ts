import type { AuditReport } from '../report.js';

export function auditJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
