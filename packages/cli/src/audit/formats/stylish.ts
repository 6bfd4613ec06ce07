import { visible } from '../../visible.js';
import type { AuditReport, AuditedInvitation } from '../report.js';
import type { AuditWords } from '../words.js';

const PREVIEW = 90;

/** The report for a terminal: figures first, then the flagged notes and the ranked inbox; a line at a time. */
export function* auditStylish(report: AuditReport, words: AuditWords): Generator<string> {
  // Names and notes come from whoever sent the invitation: no control character reaches the terminal.
  let pending = '';
  let first = true;
  for (const line of reportLines(report, words)) {
    const piece = `${first ? '' : '\n'}${visible(line)}`;
    first = false;
    // The text ends at its last visible character: blank lines and spaces are held back until more text follows.
    const kept = piece.trimEnd();
    if (kept === '') {
      pending += piece;
      continue;
    }
    yield pending + kept;
    pending = piece.slice(kept.length);
  }
  yield '\n';
}

function* reportLines(report: AuditReport, words: AuditWords): Generator<string> {
  const { summary } = report;
  const { outgoing, incoming } = summary;
  if (outgoing) {
    yield `${words.outgoing}: ${outgoing.total} ${words.invitations}`;
    yield `  ${outgoing.empty} ${words.empty} · ${outgoing.stockText} ${words.stockText} · ${outgoing.noReason} ${words.noReason} · ${outgoing.over200} ${words.over200} · ${outgoing.over300} ${words.over300}`;
    if (outgoing.openings.length > 0) {
      yield `  ${words.openings}:`;
      for (const { opening, count } of outgoing.openings) yield `    ${count}× “${opening}…”`;
    }
    yield* monthLines(outgoing.byMonth, words);
    if (outgoing.flagged > 0) {
      yield `  ${words.flagged}:`;
      for (const invitation of report.inDirection('outgoing')) {
        if (invitation.findings.length === 0) continue;
        yield `    ${heading(invitation, words, invitation.to)}`;
        for (const finding of invitation.findings) yield `      ${finding.severity === 2 ? words.error : words.warning}  ${finding.message}  ${finding.ruleId}`;
      }
    }
    yield '';
  }
  if (incoming) {
    yield `${words.incoming}: ${incoming.total} ${words.invitations}`;
    yield `  ${incoming.withReason} ${words.withReason} · ${incoming.withSharedContactOrContext} ${words.withContact} · ${incoming.stockText} ${words.stockText} · ${incoming.empty} ${words.empty}`;
    yield incoming.total === 0 ? `  ${words.nothing}` : `  ${words.ranked}:`;
    let rank = 0;
    for (const invitation of report.inDirection('incoming')) {
      yield `  ${String(++rank).padStart(4)}. [${String(invitation.score).padStart(3)}] ${heading(invitation, words, invitation.from)} — ${invitation.why}`;
      if (invitation.message) yield `          ${preview(invitation.message)}`;
    }
    yield '';
  }
  yield* rowLines(words.skipped, summary.skipped, words);
  yield* rowLines(words.undated, summary.undated, words);
}

function heading(invitation: AuditedInvitation, words: AuditWords, who: string): string {
  return `${words.row} ${invitation.row} · ${invitation.sentAt?.replace('T', ' ') ?? words.noDate} · ${who || '?'}`;
}

/** One line of the note; the full text is in the json, csv and html reports. */
function preview(message: string): string {
  const flat = message.replace(/\s+/g, ' ');
  return flat.length > PREVIEW ? `“${flat.slice(0, PREVIEW - 1)}…”` : `“${flat}”`;
}

function* monthLines(byMonth: Record<string, number>, words: AuditWords): Generator<string> {
  const months = Object.entries(byMonth);
  if (months.length > 0) yield `  ${words.byMonth}: ${months.map(([month, count]) => `${month} ${count}`).join(' · ')}`;
}

function* rowLines(title: string, rows: readonly { row: number; line: number; reason: string }[], words: AuditWords): Generator<string> {
  if (rows.length === 0) return;
  yield `${title}: ${rows.length}`;
  for (const row of rows) yield `  ${words.row} ${row.row} (${words.line} ${row.line}): ${row.reason}`;
}
