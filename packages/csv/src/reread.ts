import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { plainRecord } from './plain-record.js';
import { CsvFileError, PARSE_OPTIONS, type RecordDelimiter } from './read.js';

/** Where a row event's record lies in its file, and what ended records there (see `CsvEvent`). */
export interface RecordPlace {
  start: number;
  end: number;
  recordDelimiter: RecordDelimiter;
}

/**
 * A file up to this size is read again from memory, in one read, rather than with one read per
 * record: 50,000 invitations took 50,000 reads. A larger file is read record by record, so that
 * memory stays bounded however large it is.
 */
const HELD_BYTES = 32 * 1024 * 1024;

/**
 * A file's records read again from their places, with the values `readCsvBatches` gave them:
 * for a caller that keeps where its rows are rather than the rows, and wants them back in an
 * order of its own. Each record is parsed from its own bytes with the delimiter of the pass that
 * read it, which is what made those values; a record that no longer parses so (the file was
 * changed since) is a CsvFileError.
 */
export class CsvRecordReader {
  private readonly fd: number;
  private buffer = Buffer.alloc(1 << 16);
  /** The whole file, when it is small enough (see HELD_BYTES); records are then copied from it. */
  private readonly held: Buffer | undefined;

  constructor(private readonly path: string) {
    try {
      this.fd = openSync(path, 'r');
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      throw new CsvFileError(`Cannot read ${path} again: ${message}.`, code);
    }
    const { size } = fstatSync(this.fd);
    if (size <= HELD_BYTES) {
      const held = Buffer.allocUnsafe(size);
      this.held = held.subarray(0, readSync(this.fd, held, 0, size, 0));
    }
  }

  /** The records at `places`, in that order: one parse per run of records. */
  read(places: readonly RecordPlace[]): string[][] {
    const records: string[][] = [];
    let run: RecordPlace[] = [];
    let runDelimiter: RecordDelimiter = '';
    for (const place of places) {
      // A record read before any line break ('') has none outside quotes: any delimiter ends it alike.
      if (place.recordDelimiter !== '' && runDelimiter !== '' && place.recordDelimiter !== runDelimiter) {
        records.push(...this.parseRun(run, runDelimiter));
        run = [];
        runDelimiter = '';
      }
      run.push(place);
      if (place.recordDelimiter !== '') runDelimiter = place.recordDelimiter;
    }
    if (run.length > 0) records.push(...this.parseRun(run, runDelimiter));
    return records;
  }

  close(): void {
    closeSync(this.fd);
  }

  /**
   * Records that share a delimiter, parsed as one text: each ends with the delimiter, as it did
   * in the file (the last record of a file may lack it: it is added), so each starts where the
   * parser is between records, as it was when the file was read. Plain records (most are) are
   * split without the parser.
   */
  private parseRun(run: readonly RecordPlace[], recordDelimiter: RecordDelimiter): string[][] {
    const delimiter = recordDelimiter || '\n';
    let size = 0;
    for (const place of run) size += place.end - place.start + delimiter.length;
    if (this.buffer.length < size) this.buffer = Buffer.alloc(Math.max(size, this.buffer.length * 2));
    let length = 0;
    const ends: number[] = [];
    for (const place of run) {
      const wanted = place.end - place.start;
      const read = this.held ? this.held.copy(this.buffer, length, place.start, place.end) : readSync(this.fd, this.buffer, length, wanted, place.start);
      if (read !== wanted) throw this.changed();
      length += wanted;
      if (this.buffer.toString('latin1', length - delimiter.length, length) !== delimiter) length += this.buffer.write(delimiter, length, 'latin1');
      ends.push(length);
    }
    return this.plainRun(ends, delimiter.length) ?? this.parsedRun(length, delimiter, run.length);
  }

  /** The records of the buffer, each ending at one of `ends`, when every one is plain (see plainRecord). */
  private plainRun(ends: readonly number[], delimiterLength: number): string[][] | undefined {
    const records: string[][] = [];
    let start = 0;
    for (const end of ends) {
      const record = plainRecord(this.buffer.toString('utf8', start, end - delimiterLength));
      if (!record) return undefined;
      records.push(record);
      start = end;
    }
    return records;
  }

  private parsedRun(length: number, delimiter: string, expected: number): string[][] {
    const records = parse(this.buffer.subarray(0, length), { ...PARSE_OPTIONS, bom: false, record_delimiter: delimiter }) as string[][];
    if (records.length !== expected) throw this.changed();
    return records;
  }

  private changed(): CsvFileError {
    return new CsvFileError(`${this.path} changed while it was read: run again on a file that stays as it is.`);
  }
}
