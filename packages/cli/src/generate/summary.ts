import { fingerprint } from './fingerprint.js';
import type { GeneratedRecord } from './generate-command.js';

// At least this share of rows giving the very same note means the personalisation is empty
// or constant: to a recipient (and to LinkedIn) that reads as automated.
const SAME_NOTE_SHARE = 0.9;
const SAME_NOTE_MIN_ROWS = 10;

/** Counts kept while rows stream by; a fingerprint per distinct note, never the notes themselves. */
export class Summary {
  rows = 0;
  ok = 0;
  warnings = 0;
  errors = 0;
  longest = 0;
  nearLimit = 0;
  private notes = 0;
  private noteCounts = new Map<number, number>();

  constructor(
    private readonly limit: number,
    private readonly margin: number,
  ) {}

  add(record: GeneratedRecord): void {
    this.rows++;
    if (record.status === 'ok') this.ok++;
    else if (record.status === 'warning') this.warnings++;
    else this.errors++;
    if (record.note === null || record.length === null) return;
    this.notes++;
    this.longest = Math.max(this.longest, record.length);
    if (record.length <= this.limit && this.limit - record.length <= this.margin) this.nearLimit++;
    const key = fingerprint(record.note);
    this.noteCounts.set(key, (this.noteCounts.get(key) ?? 0) + 1);
  }

  report(context: { account: string | undefined; templateErrors: number }): string {
    const lines = [
      `${this.rows} ${this.rows === 1 ? 'row' : 'rows'}: ${this.ok} ok, ${this.warnings} with warnings, ${this.errors} with errors.`,
      `Longest note: ${this.longest} characters (limit ${this.limit}); ${this.nearLimit} within ${this.margin} characters of the limit.`,
    ];
    const mostCommon = Math.max(0, ...this.noteCounts.values());
    if (this.notes >= SAME_NOTE_MIN_ROWS && mostCommon / this.notes >= SAME_NOTE_SHARE) {
      lines.push(
        `Warning: ${Math.round((mostCommon / this.notes) * 100)}% of the rows give the very same note: the personalisation is empty or constant, which reads as automated.`,
      );
    }
    if (context.account === 'free') {
      lines.push('Free accounts can add a note to only about 5 invitations a month: send the rest from a Premium account or without a note on purpose.');
    }
    if (context.templateErrors > 0) lines.push('The template itself has errors (listed above): fix them before sending.');
    if (this.rows === 0) lines.push('The CSV has a header but no rows.');
    return `invite-lint generate: ${lines.join('\n  ')}\n`;
  }
}
