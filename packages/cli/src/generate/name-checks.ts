import type { Locale } from '@invite-lint/core/internal';
import { say } from '../messages.js';
import type { RowFinding } from './row-finding.js';

const NAME_FIELDS = ['firstName', 'lastName'];
const LETTERS = /\p{L}/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
// Honorifics and titles written before a name, in the languages lead lists come in:
// "Dr. Priya", "Ing. Luis". Followed by a space, so that "Drew" or "Mrs" alone are left be.
const TITLE_BEFORE = /^(?:dr|dra|prof|profa|mr|mrs|ms|mx|sr|sra|srta|ing|lic)\.?\s+\S/i;
// Degrees and certifications written after a name: "Ana, PhD", "Omar Haddad MBA".
const CREDENTIAL_AFTER = /[\s,](?:ph\.?\s?d|mba|md|m\.d|cpa|pmp|cfa|msc|esq|jd|llm|dds)\.?$/i;
const LAST_COMMA_FIRST = /^[^,]+,\s*[^,\s][^,]*$/;
// A finding quotes the value; a hostile cell must not fill the report.
const QUOTED_MAX = 60;

/**
 * What a name column holds that a note should not say, found per row and said with the value
 * the note uses, which is never rewritten: capitals or lower case (`nameCase` fixes those in the
 * template), an emoji, a title or credential, "Last, First" in a first-name column. Added to
 * `findings`, the row's others: no array of their own per row.
 */
export function nameFindings(note: string, row: Readonly<Record<string, string>>, variables: readonly string[], locale: Locale, findings: RowFinding[]): void {
  for (const name of NAME_FIELDS) {
    const value = row[name]?.trim() ?? '';
    const lettered = LETTERS.test(value);
    const shouting = lettered && value.length > 1 && value === value.toUpperCase();
    const whispering = lettered && !shouting && value === value.toLowerCase();
    if ((shouting || whispering) && note.includes(value)) {
      findings.push({ ruleId: 'name-casing', severity: 1, message: say(locale, shouting ? 'shouting' : 'whispering', { name }) });
    }
    if (!variables.includes(name)) continue;
    const quoted = value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX)}…` : value;
    const problem =
      EMOJI.test(value) ? 'nameEmoji'
      : TITLE_BEFORE.test(value) || CREDENTIAL_AFTER.test(value) ? 'nameCredential'
      : name === 'firstName' && LAST_COMMA_FIRST.test(value) ? 'nameLastFirst'
      : undefined;
    if (problem) findings.push({ ruleId: 'name-format', severity: 1, message: say(locale, problem, { name, value: quoted }) });
  }
}
