import type { AuditReport } from '../report.js';

/**
 * `JSON.stringify(report, null, 2)` of `{summary, invitations}`, given a piece at a time: the
 * summary, then one invitation per piece, so that a report of a million rows is never one string.
 */
export function* auditJson(report: AuditReport): Generator<string> {
  yield `{\n  "summary": ${indented(report.summary, 2)},\n  "invitations": [`;
  let written = 0;
  for (const invitation of report.invitations()) yield `${written++ === 0 ? '' : ','}\n    ${indented(invitation, 4)}`;
  // An empty list is `[]` on one line, as JSON.stringify writes it.
  yield `${written > 0 ? '\n  ' : ''}]\n}\n`;
}

/** JSON text of `value` for a place `depth` spaces in: its lines after the first indented as deep. */
function indented(value: unknown, depth: number): string {
  // JSON escapes line breaks inside strings: every line break here is between tokens.
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${' '.repeat(depth)}`);
}
