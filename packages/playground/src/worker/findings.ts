import type { lint, LintMessage } from '@invite-lint/core/internal';
import type { Finding } from '../protocol.js';

/** A lint's messages as plain data the page can receive: where, what, and the edits on offer. */
export function findingsOf(file: ReturnType<typeof lint>): Finding[] {
  return file.messages.map((vfileMessage) => {
    const message = vfileMessage as LintMessage;
    const place = message.place;
    const start = place && 'start' in place ? place.start : place;
    const end = place && 'end' in place ? place.end : start;
    const from = start?.offset ?? 0;
    return {
      ruleId: message.ruleId ?? null,
      severity: message.severity,
      message: message.reason,
      url: message.url ?? undefined,
      from,
      to: Math.max(from, end?.offset ?? from),
      fix: message.fix,
      suggestions: message.suggestions ?? [],
    };
  });
}
