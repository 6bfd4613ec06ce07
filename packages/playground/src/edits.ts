import type { Suggestion } from '@invite-lint/core/internal';
import type { Finding } from './protocol.js';

/** The edits a finding offers, its fix (under `fixLabel`) first: the same in the list and in the editor's tooltip. */
export function editsOf(finding: Finding, fixLabel: string): Suggestion[] {
  return [...(finding.fix ? [{ desc: fixLabel, fix: finding.fix }] : []), ...finding.suggestions];
}
