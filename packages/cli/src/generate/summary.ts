import type { Locale } from '@invite-lint/core/internal';
import type { ColumnMapping } from '@invite-lint/csv';
import { plural, say } from '../messages.js';
import { FingerprintMap } from './fingerprint-map.js';
import type { GeneratedRecord } from './generated-record.js';

// At least this share of rows giving the very same note means the personalisation is empty
// or constant: to a recipient (and to LinkedIn) that reads as automated.
const SAME_NOTE_SHARE = 0.9;
const SAME_NOTE_MIN_ROWS = 10;
// Rows to look at are listed as ranges ("4, 7-9"), this many at most, then counted.
const LISTED_RANGES = 20;

/** Counts kept while rows stream by; a count per distinct note, never the notes themselves. */
export class Summary {
  rows = 0;
  ok = 0;
  warnings = 0;
  errors = 0;
  longest = 0;
  nearLimit = 0;
  private notes = 0;
  private noteCounts = new FingerprintMap();
  /** How many notes the most common one makes up. */
  private mostCommon = 0;
  /** The first ranges of rows that are not ok, [first, last]; rows arrive in order. */
  private attention: [number, number][] = [];
  private attentionUnlisted = 0;

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
    if (record.status !== 'ok') this.needsAttention(record.row);
    if (record.note === null || record.length === null) return;
    this.notes++;
    this.longest = Math.max(this.longest, record.length);
    if (record.length <= this.limit && this.limit - record.length <= this.margin) this.nearLimit++;
    this.mostCommon = Math.max(this.mostCommon, this.noteCounts.count(record.note));
  }

  private needsAttention(row: number): void {
    const last = this.attention[this.attention.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else if (this.attention.length < LISTED_RANGES) this.attention.push([row, row]);
    else this.attentionUnlisted++;
  }

  report(context: { account: string | undefined; templateErrors: number; mapped: readonly ColumnMapping[] }): string {
    const { locale } = this;
    const lines = [
      say(locale, 'generateRows', { rows: this.rows, rowWord: plural(locale, 'row', this.rows), ok: this.ok, warnings: this.warnings, errors: this.errors }),
    ];
    if (this.attention.length > 0) {
      const listed = this.attention.map(([first, last]) => (first === last ? String(first) : `${first}-${last}`)).join(', ');
      const rows = this.attentionUnlisted > 0 ? say(locale, 'andMore', { list: listed, count: this.attentionUnlisted }) : listed;
      lines.push(say(locale, 'generateAttention', { rows }));
    }
    lines.push(say(locale, 'generateLongest', { longest: this.longest, limit: this.limit, near: this.nearLimit, margin: this.margin }));
    // Columns the notes were filled from under another name, by --map or a known spelling: said, so that none is silent.
    if (context.mapped.length > 0) {
      lines.push(say(locale, 'generateColumns', { mappings: context.mapped.map(({ column, variable }) => `${column} → ${variable}`).join(', ') }));
    }
    const { mostCommon } = this;
    if (this.notes >= SAME_NOTE_MIN_ROWS && mostCommon / this.notes >= SAME_NOTE_SHARE) {
      lines.push(say(locale, 'generateSame', { share: Math.round((mostCommon / this.notes) * 100) }));
    }
    if (context.account === 'free') lines.push(say(locale, 'generateFree'));
    if (context.templateErrors > 0) lines.push(say(locale, 'generateTemplateErrors'));
    return `invite-lint generate: ${lines.join('\n  ')}\n`;
  }
}
