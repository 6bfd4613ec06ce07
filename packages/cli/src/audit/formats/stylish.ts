import { visible } from '../../visible.js';
import type { AuditReport, AuditedInvitation } from '../report.js';
import type { AuditWords } from '../words.js';

const PREVIEW = 90;

/** The report for a terminal: figures first, then the flagged notes and the ranked inbox. */
export function auditStylish(report: AuditReport, words: AuditWords): string {
  const { summary } = report;
  const lines: string[] = [];
  const { outgoing, incoming } = summary;
  if (outgoing) {
    lines.push(`${words.outgoing}: ${outgoing.total} ${words.invitations}`);
    lines.push(`  ${outgoing.empty} ${words.empty} · ${outgoing.stockText} ${words.stockText} · ${outgoing.noReason} ${words.noReason} · ${outgoing.over200} ${words.over200} · ${outgoing.over300} ${words.over300}`);
    if (outgoing.openings.length > 0) {
      lines.push(`  ${words.openings}:`);
      for (const { opening, count } of outgoing.openings) lines.push(`    ${count}× “${opening}…”`);
    }
    lines.push(...monthLines(outgoing.byMonth, words));
    const flagged = report.invitations.filter((invitation) => invitation.direction === 'outgoing' && invitation.findings.length > 0);
    if (flagged.length > 0) {
      lines.push(`  ${words.flagged}:`);
      for (const invitation of flagged) {
        lines.push(`    ${heading(invitation, words, invitation.to)}`);
        for (const finding of invitation.findings) lines.push(`      ${finding.severity === 2 ? words.error : words.warning}  ${finding.message}  ${finding.ruleId}`);
      }
    }
    lines.push('');
  }
  if (incoming) {
    lines.push(`${words.incoming}: ${incoming.total} ${words.invitations}`);
    lines.push(`  ${incoming.withReason} ${words.withReason} · ${incoming.withSharedContactOrContext} ${words.withContact} · ${incoming.stockText} ${words.stockText} · ${incoming.empty} ${words.empty}`);
    const ranked = report.invitations.filter((invitation) => invitation.direction === 'incoming');
    if (ranked.length === 0) lines.push(`  ${words.nothing}`);
    else lines.push(`  ${words.ranked}:`);
    ranked.forEach((invitation, index) => {
      lines.push(`  ${String(index + 1).padStart(4)}. [${String(invitation.score).padStart(3)}] ${heading(invitation, words, invitation.from)} — ${invitation.why}`);
      if (invitation.message) lines.push(`          ${preview(invitation.message)}`);
    });
    lines.push('');
  }
  // Concatenated, not spread into push: an export can skip hundreds of thousands of rows.
  const all = lines.concat(rowLines(words.skipped, summary.skipped, words), rowLines(words.undated, summary.undated, words));
  // Names and notes come from whoever sent the invitation: no control character reaches the terminal.
  return `${all.map(visible).join('\n').trimEnd()}\n`;
}

function heading(invitation: AuditedInvitation, words: AuditWords, who: string): string {
  return `${words.row} ${invitation.row} · ${invitation.sentAt?.replace('T', ' ') ?? words.noDate} · ${who || '?'}`;
}

/** One line of the note; the full text is in the json, csv and html reports. */
function preview(message: string): string {
  const flat = message.replace(/\s+/g, ' ');
  return flat.length > PREVIEW ? `“${flat.slice(0, PREVIEW - 1)}…”` : `“${flat}”`;
}

function monthLines(byMonth: Record<string, number>, words: AuditWords): string[] {
  const months = Object.entries(byMonth);
  if (months.length === 0) return [];
  return [`  ${words.byMonth}: ${months.map(([month, count]) => `${month} ${count}`).join(' · ')}`];
}

function rowLines(title: string, rows: readonly { row: number; line: number; reason: string }[], words: AuditWords): string[] {
  if (rows.length === 0) return [];
  return [`${title}: ${rows.length}`, ...rows.map((row) => `  ${words.row} ${row.row} (${words.line} ${row.line}): ${row.reason}`)];
}
