import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { open, stat } from 'node:fs/promises';
import { parse, type Info } from 'csv-parse';
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
 * Read a CSV file as a stream of events: its header, then one event per data row, in order,
 * malformed ones included. Handles a BOM, CRLF, RFC 4180 quotes, LinkedIn's preamble, and an
 * unclosed quote (the rest of the file is read again from the line after it).
 */
export async function* readCsvFile(path: string): AsyncGenerator<CsvEvent> {
  const size = await stat(path).then(
    (info) => info.size,
    (error: NodeJS.ErrnoException) => {
      throw new CsvFileError(error.code === 'ENOENT' ? `No such file: ${path}.` : `Cannot read ${path}: ${error.message}.`);
    },
  );
  const head = await readHead(path, Math.min(size, SNIFF_BYTES));
  checkReadable(head, path);
  const text = new TextDecoder().decode(head);
  const skipLines = preambleLines(text.split(/\r?\n/, 8));
  let offset = byteOffsetOfLine(head, skipLines);
  // The line the next pass starts on (csv-parse counts lines from where each pass starts).
  let passLine = skipLines + 1;
  let row = 0;
  let header: string[] | undefined;

  while (offset < size) {
    const base = passLine - 1;
    let lastEndLine = base;
    let lastEnd = offset;
    let broken = false;
    const lines = new LineCounter(offset, base);
    for await (const event of parseFrom(path, offset, lines)) {
      if (event.kind === 'broken') {
        broken = true;
        break;
      }
      const bytes = offset + event.bytes;
      // csv-parse's own line count goes wrong on CRLF inside quotes: count line breaks instead.
      const endLine = lines.lineOf(bytes - 1);
      // `raw` holds the blank lines before the record and its final line break: the record
      // starts as many lines before its end as it has line breaks inside.
      const inside = event.raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '').split('\n').length - 1;
      const line = endLine - inside;
      lastEndLine = endLine;
      lastEnd = bytes;
      if (event.kind === 'skip') {
        row++;
        yield { kind: 'malformed', row, line, reason: event.reason, bytes };
      } else if (!header) {
        header = event.record.map((cell) => cell.trim());
        yield { kind: 'header', columns: header, line };
      } else {
        row++;
        const record = event.record;
        yield record.some((cell) => cell.includes('\uFFFD'))
          ? { kind: 'malformed', row, line, reason: 'bytes that are not UTF-8 (save the file as "CSV UTF-8")', bytes }
          : { kind: 'row', row, line, endLine, values: record, bytes };
      }
    }
    if (!broken) return;
    // An unclosed quote: its physical line is one malformed row; parse again after it.
    const { start, blankLines } = await skipBlank(path, lastEnd, size);
    const line = lastEndLine + 1 + blankLines;
    if (!header) throw new CsvFileError(`The header of ${path} has an unclosed quote (line ${line}).`);
    offset = await endOfLine(path, start, size);
    row++;
    yield { kind: 'malformed', row, line, reason: 'a quote opened in this row is never closed', bytes: offset };
    passLine = line + 1;
  }
}

/** `bytes`: how far into this pass the record ends; `raw`: its text, blank lines before it included. */
type ParseEvent =
  | { kind: 'data'; record: string[]; bytes: number; raw: string }
  | { kind: 'skip'; bytes: number; raw: string; reason: string }
  | { kind: 'broken' };

/** csv-parse from a byte offset, its records and skipped records in the order they come. */
/** Line numbers from the line breaks seen as the bytes stream by. */
class LineCounter {
  private breaks: number[] = [];
  private consumed = 0;

  constructor(
    private position: number,
    /** Lines before the first byte counted. */
    private linesBefore: number,
  ) {}

  readonly transform = new Transform({
    transform: (chunk: Buffer, _encoding, done) => {
      for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) this.breaks.push(this.position + index);
      this.position += chunk.length;
      done(null, chunk);
    },
  });

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

async function* parseFrom(path: string, offset: number, lines: LineCounter): AsyncGenerator<ParseEvent> {
  const queue: ParseEvent[] = [];
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    raw: true,
  });
  parser.on('data', (data: { record: string[]; info: Info; raw: string }) => {
    queue.push({ kind: 'data', record: data.record, bytes: data.info.bytes, raw: data.raw });
    if (queue.length > 1000) source.pause();
    notify();
  });
  parser.on('skip', (error: Error & { code?: string; raw?: string }) => {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      queue.push({ kind: 'broken' });
    } else {
      const reason = error.message.replace(/^[^:]+: /, '').split(/\s+at line/)[0] ?? error.message;
      queue.push({ kind: 'skip', bytes: parser.info.bytes, raw: error.raw ?? '', reason });
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
  const source = createReadStream(path, { start: offset });
  source.on('error', (error) => {
    failure = error;
    notify();
  });
  source.pipe(lines.transform).pipe(parser);
  try {
    for (;;) {
      const event = queue.shift();
      if (event) {
        if (queue.length < 100) source.resume();
        yield event;
        if (event.kind === 'broken') return;
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
