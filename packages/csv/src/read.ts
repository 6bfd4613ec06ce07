import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { preambleLines } from './linkedin.js';

export type CsvEvent =
  | { kind: 'header'; columns: string[]; line: number }
  /** `endLine` differs from `line` when a quoted cell spans lines. */
  | { kind: 'row'; row: number; line: number; endLine: number; values: string[]; bytes: number }
  /** A record that could not be read (an unclosed quote, say): still a row, with why. */
  | { kind: 'malformed'; row: number; line: number; reason: string; bytes: number };

/** A file that cannot be read as CSV at all: said once, with what to do. */
export class CsvFileError extends Error {
  override name = 'CsvFileError';
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Read a CSV file as batches of events: its header, then one event per data row, in order,
 * malformed ones included. Handles a BOM, CRLF, RFC 4180 quotes, LinkedIn's preamble, and an
 * unclosed quote (the rest of the file is read again from the line after it). Batches, not
 * single events, so that 300,000 rows do not cost 300,000 awaits.
 */
export async function* readCsvBatches(path: string): AsyncGenerator<CsvEvent[]> {
  const size = await stat(path).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      throw new CsvFileError(error.code === 'ENOENT' ? `No such file: ${path}.` : `Cannot read ${path}: ${error.message}.`);
    },
  );
  const head = await readHead(path, Math.min(size, SNIFF_BYTES));
  checkReadable(head, path);
  const skipLines = preambleLines(new TextDecoder().decode(head).split(/\r?\n/, 8));
  let offset = byteOffsetOfLine(head, skipLines);
  // The line the next pass starts on (each pass counts from where it starts).
  let passLine = skipLines + 1;
  let row = 0;
  let header: string[] | undefined;

  while (offset < size) {
    const lines = new LineCounter(offset, passLine - 1);
    let lastEnd = offset;
    let lastEndLine = passLine - 1;
    let emptyLinesBefore = 0;
    let broken = false;
    for await (const batch of parseFrom(path, offset, lines)) {
      const events: CsvEvent[] = [];
      for (const event of batch) {
        if (event.kind === 'broken') {
          broken = true;
          break;
        }
        const bytes = offset + event.bytes;
        // A record starts on the line after the previous one, past the blank lines skipped.
        const line = lastEndLine + 1 + (event.emptyLines - emptyLinesBefore);
        const endLine = lines.lineOf(bytes - 1);
        emptyLinesBefore = event.emptyLines;
        lastEndLine = endLine;
        lastEnd = bytes;
        if (event.kind === 'skip') {
          events.push({ kind: 'malformed', row: ++row, line, reason: event.reason, bytes });
        } else if (!header) {
          header = event.record.map((cell) => cell.trim());
          events.push({ kind: 'header', columns: header, line });
        } else if (event.record.some((cell) => cell.includes('\uFFFD'))) {
          events.push({ kind: 'malformed', row: ++row, line, reason: 'bytes that are not UTF-8 (save the file as "CSV UTF-8")', bytes });
        } else {
          events.push({ kind: 'row', row: ++row, line, endLine, values: event.record, bytes });
        }
      }
      if (events.length > 0) yield events;
      if (broken) break;
    }
    if (!broken) return;
    // An unclosed quote: its physical line is one malformed row; parse again after it.
    const { start, blankLines } = await skipBlank(path, lastEnd, size);
    const line = lastEndLine + 1 + blankLines;
    if (!header) throw new CsvFileError(`The header of ${path} has an unclosed quote (line ${line}).`);
    offset = await endOfLine(path, start, size);
    yield [{ kind: 'malformed', row: ++row, line, reason: 'a quote opened in this row is never closed', bytes: offset }];
    passLine = line + 1;
  }
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
  | { kind: 'data'; record: string[]; bytes: number; emptyLines: number }
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

/** csv-parse from a byte offset: its records and skipped records, in order, in batches. */
async function* parseFrom(path: string, offset: number, lines: LineCounter): AsyncGenerator<ParseEvent[]> {
  let queue: ParseEvent[] = [];
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true });
  const position = () => ({ bytes: parser.info.bytes, emptyLines: parser.info.empty_lines });
  parser.on('data', (record: string[]) => {
    queue.push({ kind: 'data', record, ...position() });
    if (queue.length > 2000) source.pause();
    notify();
  });
  parser.on('skip', (error: Error & { code?: string }) => {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      queue.push({ kind: 'broken' });
    } else {
      const reason = error.message.replace(/^[^:]+: /, '').split(/\s+at line/)[0] ?? error.message;
      queue.push({ kind: 'skip', reason, ...position() });
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
  const source = createReadStream(path, { start: offset, highWaterMark: 256 * 1024 });
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

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
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

async function skipBlank(path: string, from: number, size: number): Promise<{ start: number; blankLines: number }> {
  const head = await readSlice(path, from, Math.min(size, from + 4096));
  const blank = /^[\r\n]*/.exec(head.toString('latin1'))?.[0] ?? '';
  return { start: from + blank.length, blankLines: blank.split('\n').length - 1 };
}

async function endOfLine(path: string, from: number, size: number): Promise<number> {
  let position = from;
  while (position < size) {
    const chunk = await readSlice(path, position, Math.min(size, position + SNIFF_BYTES));
    const newline = chunk.indexOf(0x0a);
    if (newline !== -1) return position + newline + 1;
    position += chunk.length;
  }
  return size;
}

async function readSlice(path: string, from: number, to: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, to - from));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
