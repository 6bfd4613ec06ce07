import type { Locale } from '@invite-lint/core';
import { plural, say } from '../messages.js';
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
    private readonly locale: Locale,
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
    const { locale } = this;
    const lines = [
      say(locale, 'generateRows', { rows: this.rows, rowWord: plural(locale, 'row', this.rows), ok: this.ok, warnings: this.warnings, errors: this.errors }),
      say(locale, 'generateLongest', { longest: this.longest, limit: this.limit, near: this.nearLimit, margin: this.margin }),
    ];
    const mostCommon = Math.max(0, ...this.noteCounts.values());
    if (this.notes >= SAME_NOTE_MIN_ROWS && mostCommon / this.notes >= SAME_NOTE_SHARE) {
      lines.push(say(locale, 'generateSame', { share: Math.round((mostCommon / this.notes) * 100) }));
    }
    if (context.account === 'free') lines.push(say(locale, 'generateFree'));
    if (context.templateErrors > 0) lines.push(say(locale, 'generateTemplateErrors'));
    return `invite-lint generate: ${lines.join('\n  ')}\n`;
  }
}
