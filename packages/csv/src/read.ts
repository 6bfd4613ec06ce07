import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { preambleLines } from './linkedin.js';

export type CsvEvent =
  | { kind: 'header'; columns: string[]; line: number }
  /**
   * `endLine` differs from `line` when a quoted cell spans lines. The record's bytes run from
   * `start` to `bytes`, and `recordDelimiter` ends records where it was read (`''` when it ends
   * the file before any line break): `CsvRecordReader` reads the same values again from them.
   */
  | { kind: 'row'; row: number; line: number; endLine: number; values: string[]; start: number; bytes: number; recordDelimiter: RecordDelimiter }
  /** A record that could not be read (an unclosed quote, say): still a row, with why. */
  | { kind: 'malformed'; row: number; line: number; reason: string; bytes: number }
  /**
   * The row on `line` opened a quote that ran on to `endLine` over lines that read as rows of
   * their own (see `swallowsRows`): the row is this event, and those lines follow as rows.
   */
  | { kind: 'runaway'; row: number; line: number; endLine: number; bytes: number };

/** A file that cannot be read as CSV at all: said once, with what to do. */
export class CsvFileError extends Error {
  override name = 'CsvFileError';

  constructor(
    message: string,
    /** The file system's error code (`ENOENT`, `EISDIR`…) when that is why, for callers to put in words. */
    readonly code?: string,
  ) {
    super(message);
  }
}

const SNIFF_BYTES = 64 * 1024;

export interface CsvReadOptions {
  /**
   * How many bytes to read at a time (256 KB unless said): csv-parse turns each chunk into one
   * batch of events, so this sets how many rows a batch holds while the caller works on it.
   */
  chunkBytes?: number;
}

/** The line break csv-parse found ending the first record of a pass, and holds to for the rest of it. */
export type RecordDelimiter = '\r\n' | '\n' | '\r' | '';

/** How every pass parses, and how `CsvRecordReader` parses again. */
export const PARSE_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true } as const;

/**
 * Read a CSV file as batches of events: its header, then one event per data row, in order,
 * malformed ones included. Handles a BOM, CRLF, RFC 4180 quotes, LinkedIn's preamble, an
 * unclosed quote (the rest of the file is read again from the line after it) and a quote that
 * swallowed whole rows (those rows are read again on their own). Batches, not single events,
 * so that 300,000 rows do not cost 300,000 awaits.
 */
export async function* readCsvBatches(path: string, { chunkBytes = 256 * 1024 }: CsvReadOptions = {}): AsyncGenerator<CsvEvent[]> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CsvFileError(code === 'ENOENT' ? `No such file: ${path}.` : `Cannot read ${path}: ${message}.`, code);
  }
  try {
    const stats = fstatSync(fd);
    // Opening a folder succeeds on Linux; reading it would fail with a bare EISDIR.
    if (stats.isDirectory()) throw new CsvFileError(`${path} is a folder, not a CSV file.`, 'EISDIR');
    const { size } = stats;
    const file = fileSource(path, fd, chunkBytes);
    const head = file.slice(0, Math.min(size, SNIFF_BYTES));
    checkReadable(head, path);
    const skipLines = preambleLines(new TextDecoder().decode(head).split(/\r?\n/, 8));
    yield* readRange({ path, row: 0, header: undefined }, file, byteOffsetOfLine(head, skipLines), size, skipLines + 1, true);
  } finally {
    closeSync(fd);
  }
}

/** What the passes over one file share: rows are numbered across them, the header is read once. */
interface ReadState {
  readonly path: string;
  row: number;
  header: string[] | undefined;
}

/** Where a pass reads bytes from, by their offsets in the file: the file, or a stretch of it held in memory. */
interface ByteSource {
  stream(from: number, to: number): Readable;
  slice(from: number, to: number): Buffer;
}

function fileSource(path: string, fd: number, chunkBytes: number): ByteSource {
  return {
    // A stream of its own per pass: destroying a stream closes its descriptor, even a shared
    // one with autoClose off (Node 20), and a pass ends its stream early at an unclosed quote.
    stream: (from, to) => createReadStream(path, { start: from, end: to - 1, highWaterMark: chunkBytes }),
    // Synchronous: a slice is a few lines, and an await per slice cost more than the read
    // itself on a file with thousands of stray quotes.
    slice: (from, to) => {
      const buffer = Buffer.alloc(Math.max(0, to - from));
      return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, from));
    },
  };
}

/** `bytes` are the file's from offset `base` on. */
function memorySource(bytes: Buffer, base: number): ByteSource {
  return {
    stream: (from, to) => Readable.from([bytes.subarray(from - base, to - base)]),
    slice: (from, to) => bytes.subarray(from - base, to - base),
  };
}

/**
 * The events of the bytes from `from` to `to`, whose first line is `firstLine`. `splitRunaways`
 * is false for the lines a runaway quote swallowed: they are read again once, never a second
 * time, so that every byte is parsed at most twice however the quotes fall.
 */
async function* readRange(state: ReadState, source: ByteSource, from: number, to: number, firstLine: number, splitRunaways: boolean): AsyncGenerator<CsvEvent[]> {
  let offset = from;
  // The line the next pass starts on (each pass counts from where it starts).
  let passLine = firstLine;

  while (offset < to) {
    const lines = new LineCounter(offset, passLine - 1);
    let lastEnd = offset;
    let lastEndLine = passLine - 1;
    let emptyLinesBefore = 0;
    let broken = false;
    // A BOM can only come before the header: a pass that starts later reads those bytes as text,
    // as CsvRecordReader does when it reads that pass's records again.
    for await (const batch of parseFrom(source.stream(offset, to), state.path, lines, !state.header)) {
      let events: CsvEvent[] = [];
      for (const event of batch) {
        if (event.kind === 'broken') {
          broken = true;
          break;
        }
        const start = lastEnd;
        const bytes = offset + event.bytes;
        // A record starts on the line after the previous one, past the blank lines skipped.
        const line = lastEndLine + 1 + (event.emptyLines - emptyLinesBefore);
        const endLine = lines.lineOf(bytes - 1);
        emptyLinesBefore = event.emptyLines;
        lastEndLine = endLine;
        lastEnd = bytes;
        if (event.kind === 'skip') {
          events.push({ kind: 'malformed', row: ++state.row, line, reason: event.reason, bytes });
        } else if (!state.header) {
          state.header = event.record.map((cell) => cell.trim());
          events.push({ kind: 'header', columns: state.header, line });
        } else if (splitRunaways && endLine > line && swallowsRows(event.record, state.header.length)) {
          // The record's first line opened the quote: it is the row in error, and the lines
          // after it are read again, from memory, as rows of their own.
          const record = memorySource(source.slice(start, bytes), start);
          const culpritEnd = endOfLine(record, skipBlank(record, start, bytes).start, bytes);
          events.push({ kind: 'runaway', row: ++state.row, line, endLine, bytes: culpritEnd });
          yield events;
          events = [];
          yield* readRange(state, record, culpritEnd, bytes, line + 1, false);
        } else if (notUtf8(event.record)) {
          events.push({ kind: 'malformed', row: ++state.row, line, reason: 'bytes that are not UTF-8 (save the file as "CSV UTF-8")', bytes });
        } else {
          events.push({ kind: 'row', row: ++state.row, line, endLine, values: event.record, start, bytes, recordDelimiter: event.recordDelimiter });
        }
      }
      if (events.length > 0) yield events;
      if (broken) break;
    }
    if (!broken) return;
    // An unclosed quote: its physical line is one malformed row; parse again after it.
    const { start, blankLines } = skipBlank(source, lastEnd, to);
    const line = lastEndLine + 1 + blankLines;
    if (!state.header) throw new CsvFileError(`The header of ${state.path} has an unclosed quote (line ${line}).`);
    offset = endOfLine(source, start, to);
    yield [{ kind: 'malformed', row: ++state.row, line, reason: 'a quote opened in this row is never closed', bytes: offset }];
    passLine = line + 1;
  }
}

/**
 * Whether a record read over several lines swallowed whole rows: a line of it after the first,
 * taken alone, splits into as many fields as the header has. A quote left open (`Ana,"Ruiz,Acme`)
 * runs on until the next quote in the file, and the rows in between become part of one value;
 * a note or an address written over several lines rarely has a line that splits like a row.
 * The lines are the record's cells joined by commas, as a spreadsheet would show them. Files
 * of one column are never suspect: there every line would look like a row.
 */
export function swallowsRows(values: readonly string[], columns: number): boolean {
  if (columns < 2) return false;
  const lines = values.join(',').split('\n');
  for (let index = 1; index < lines.length; index++) if (fieldsAlone(lines[index] as string) === columns) return true;
  return false;
}

/** Whether a record holds bytes that were not UTF-8 (each decoded as U+FFFD). */
function notUtf8(record: readonly string[]): boolean {
  for (const cell of record) if (cell.includes('\uFFFD')) return true;
  return false;
}

const QUOTE = 0x22;
const COMMA = 0x2c;

/** How many fields a line splits into on its own: a quote it leaves open counts as a plain character. */
function fieldsAlone(line: string): number {
  let fields = 1;
  let quoted = false;
  let commasInQuotes = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (quoted) {
      if (code === COMMA) commasInQuotes++;
      else if (code === QUOTE && line.charCodeAt(index + 1) === QUOTE) index++;
      else if (code === QUOTE) quoted = false;
    } else if (code === COMMA) {
      fields++;
    } else if (code === QUOTE && (index === 0 || line.charCodeAt(index - 1) === COMMA)) {
      quoted = true;
      commasInQuotes = 0;
    }
  }
  return quoted ? fields + commasInQuotes : fields;
}

/** One event at a time, for callers that read small files. */
export async function* readCsvFile(path: string): AsyncGenerator<CsvEvent> {
  for await (const batch of readCsvBatches(path)) yield* batch;
}

/**
 * `bytes`: how far into this pass the record ends; `emptyLines`: blank lines skipped so far in
 * this pass (csv-parse's running count), to place the record on its line.
 */
type ParseEvent =
  | { kind: 'data'; record: string[]; bytes: number; emptyLines: number; recordDelimiter: RecordDelimiter }
  | { kind: 'skip'; bytes: number; emptyLines: number; reason: string }
  | { kind: 'broken' };

/** Line numbers from the line breaks seen as the bytes stream by. */
class LineCounter {
  private breaks: number[] = [];
  private consumed = 0;

  constructor(
    private position: number,
    /** Lines before the first byte counted. */
    private linesBefore: number,
  ) {}

  /** Note the line breaks of the next chunk of the file. */
  see(chunk: Buffer): void {
    for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) this.breaks.push(this.position + index);
    this.position += chunk.length;
  }

  /** The 1-based line of the byte at `offset` (offsets only ever grow). */
  lineOf(offset: number): number {
    while (this.consumed < this.breaks.length && (this.breaks[this.consumed] as number) < offset) this.consumed++;
    if (this.consumed > 4096) {
      this.breaks.splice(0, this.consumed);
      this.linesBefore += this.consumed;
      this.consumed = 0;
    }
    return this.linesBefore + this.consumed + 1;
  }
}

/** csv-parse over a stream of the file's bytes: its records and skipped records, in order, in batches. */
async function* parseFrom(source: Readable, path: string, lines: LineCounter, bom: boolean): AsyncGenerator<ParseEvent[]> {
  let queue: ParseEvent[] = [];
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const parser = parse({ bom, ...PARSE_OPTIONS });
  parser.on('data', (record: string[]) => {
    const { info } = parser;
    queue.push({ kind: 'data', record, bytes: info.bytes, emptyLines: info.empty_lines, recordDelimiter: recordDelimiterOf(parser.options.record_delimiter[0]) });
    if (queue.length > 2000) source.pause();
    notify();
  });
  parser.on('skip', (error: Error & { code?: string }) => {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      queue.push({ kind: 'broken' });
    } else {
      const reason = error.message.replace(/^[^:]+: /, '').split(/\s+at line/)[0] ?? error.message;
      queue.push({ kind: 'skip', reason, bytes: parser.info.bytes, emptyLines: parser.info.empty_lines });
    }
    notify();
  });
  parser.on('error', (error: Error) => {
    failure = error;
    notify();
  });
  parser.on('end', () => {
    done = true;
    notify();
  });
  source.on('error', (error) => {
    failure = error;
    notify();
  });
  // Fed by hand rather than piped through a counting stream: one stream hop less per chunk.
  source.on('data', (chunk) => {
    lines.see(chunk as Buffer);
    if (!parser.write(chunk)) source.pause();
  });
  source.on('end', () => parser.end());
  parser.on('drain', () => {
    if (queue.length < 2000) source.resume();
  });
  try {
    for (;;) {
      if (queue.length > 0) {
        const batch = queue;
        queue = [];
        if (parser.writableNeedDrain === false) source.resume();
        yield batch;
        if (batch.some((event) => event.kind === 'broken')) return;
        continue;
      }
      if (failure) throw new CsvFileError(`Cannot read ${path} as CSV: ${failure.message}`);
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    source.destroy();
  }
}

function recordDelimiterOf(found: Buffer | undefined): RecordDelimiter {
  if (found === undefined) return '';
  return found.length === 2 ? '\r\n' : found[0] === 0x0a ? '\n' : '\r';
}

function checkReadable(head: Buffer, path: string): void {
  if (head.length === 0) throw new CsvFileError(`${path} is empty: it needs a header line and at least one row.`);
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (zip || ole) throw new CsvFileError(`${path} is an Excel workbook, not CSV: save it as "CSV UTF-8" and try again.`);
  // UTF-16 ("Unicode text" from Excel) has a BOM of its own and a NUL in every other byte;
  // a few stray bytes elsewhere only spoil their own rows (see the malformed events).
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head.subarray(0, 512).includes(0);
  if (utf16) throw new CsvFileError(`${path} is not UTF-8 text (UTF-16 or binary): save it as "CSV UTF-8" and try again.`);
}

function byteOffsetOfLine(head: Buffer, lines: number): number {
  let offset = 0;
  for (let seen = 0; seen < lines; seen++) {
    const next = head.indexOf(0x0a, offset);
    if (next === -1) return head.length;
    offset = next + 1;
  }
  return offset;
}

function skipBlank(source: ByteSource, from: number, to: number): { start: number; blankLines: number } {
  const head = source.slice(from, Math.min(to, from + 4096));
  const blank = /^[\r\n]*/.exec(head.toString('latin1'))?.[0] ?? '';
  return { start: from + blank.length, blankLines: blank.split('\n').length - 1 };
}

function endOfLine(source: ByteSource, from: number, to: number): number {
  let position = from;
  while (position < to) {
    const chunk = source.slice(position, Math.min(to, position + SNIFF_BYTES));
    const newline = chunk.indexOf(0x0a);
    if (newline !== -1) return position + newline + 1;
    // A file cut short while it is read: stop at its end rather than wait for bytes forever.
    if (chunk.length === 0) break;
    position += chunk.length;
  }
  return to;
}
