import { csvRows, type CsvEvent } from '@invite-lint/csv';
import type { Output } from '../output.js';
import type { GeneratedRecord } from './generated-record.js';

/** Writes a batch of records; each comes with the CSV event it was made from. */
export interface RecordWriter {
  write(records: readonly GeneratedRecord[], events: readonly CsvEvent[]): Promise<void>;
}

export function jsonlRecordWriter(output: Output): RecordWriter {
  return {
    // Encoded a line at a time and the bytes joined: Node encodes a short string to UTF-8 far
    // faster than one long string joined from thousands (2.5x over 300,000 records).
    async write(records) {
      if (records.length === 0) return;
      await output.write(Buffer.concat(records.map((record) => Buffer.from(`${JSON.stringify(record)}\n`))));
    },
  };
}

const ADDED_COLUMNS = ['connection_note', 'length', 'status', 'findings'];

/**
 * The input's columns as they came, then the note and its checks, for an outreach tool to
 * import: `connection_note` is empty unless the row is ok, so that a tool sending what the
 * column holds sends only notes that passed. An added column whose name the input already uses
 * is prefixed `invite_lint_`, never written over the input's. UTF-8 with a BOM (spreadsheets
 * read it as UTF-8 then), every cell formula-safe (the input's too: they are untrusted).
 */
export function csvRecordWriter(output: Output, header: readonly string[]): RecordWriter {
  const added = ADDED_COLUMNS.map((column) => (header.includes(column) ? `invite_lint_${column}` : column));
  let first = true;
  return {
    // A batch at a time, written like any other text: a file that fails is then said the same way.
    async write(records, events) {
      const rows = records.map((record, index) => {
        const event = events[index];
        const values = event?.kind === 'row' ? event.values : [];
        const findings = record.findings.map((finding) => `${finding.ruleId}: ${finding.message}`).join('; ');
        const note = record.status === 'ok' ? (record.note ?? '') : '';
        return [...header.map((_, column) => values[column] ?? ''), note, record.length === null ? '' : String(record.length), record.status, findings];
      });
      const text = csvRows(first ? [[...header, ...added], ...rows] : rows);
      await output.write(first ? `\uFEFF${text}` : text);
      first = false;
    },
  };
}
