/**
 * The largest message a client may send. A note is a few hundred characters and a document a
 * few kilobytes: a length past this is a broken frame, and honouring it would buffer without bound.
 */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** A header is a line or two (`Content-Length`, maybe `Content-Type`); one this long never ends. */
export const MAX_HEADER_BYTES = 8192;

/** What is wrong with a frame, for a message: the problem and what it is about. */
export type FrameProblem =
  | { id: 'noLength' }
  | { id: 'notANumber'; value: string }
  | { id: 'tooLong'; value: string }
  | { id: 'headerTooLong' }
  | { id: 'noColon'; line: string };

const TERMINATOR = '\r\n\r\n';
// Whatever a broken header holds is quoted, cut to this: it may be any bytes at all.
const QUOTED_CHARACTERS = 40;

/**
 * A check of the LSP base protocol's framing (headers of `Name: value` lines ended by a blank
 * line, a Content-Length in digits, then that many bytes), fed each chunk of standard input
 * before the JSON-RPC reader sees it. That reader, given a frame it cannot read, reports an
 * error and then waits for ever, buffering all that follows (or, told a huge length, waits for
 * that many bytes): the server lives on but hears nothing. `broken` is called with the problem
 * at the first broken frame, and is expected to end the process. Bodies are counted, not held;
 * a header is held until its blank line, within MAX_HEADER_BYTES.
 */
export function frameChecker(broken: (problem: FrameProblem) => void): (chunk: Buffer) => void {
  let header = '';
  let bodyLeft = 0;
  return (chunk) => {
    let offset = 0;
    while (offset < chunk.length) {
      if (bodyLeft > 0) {
        const taken = Math.min(bodyLeft, chunk.length - offset);
        bodyLeft -= taken;
        offset += taken;
        continue;
      }
      // Headers are ASCII: latin1 maps each byte to one character, so lengths are byte counts.
      const end = Math.min(chunk.length, offset + MAX_HEADER_BYTES + TERMINATOR.length - header.length);
      const searchFrom = Math.max(0, header.length - (TERMINATOR.length - 1));
      header += chunk.toString('latin1', offset, end);
      const terminator = header.indexOf(TERMINATOR, searchFrom);
      if (terminator === -1) {
        if (header.length > MAX_HEADER_BYTES) return broken({ id: 'headerTooLong' });
        offset = end;
        continue;
      }
      const length = contentLength(header.slice(0, terminator));
      if (typeof length !== 'number') return broken(length);
      offset = end - (header.length - terminator - TERMINATOR.length);
      header = '';
      bodyLeft = length;
    }
  };
}

/** The Content-Length a header gives, or what is wrong with it. */
function contentLength(header: string): number | FrameProblem {
  let value: string | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { id: 'noColon', line: line.slice(0, QUOTED_CHARACTERS) };
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
  }
  if (value === undefined) return { id: 'noLength' };
  if (!/^\d+$/.test(value)) return { id: 'notANumber', value: value.slice(0, QUOTED_CHARACTERS) };
  const length = Number(value);
  return length > MAX_MESSAGE_BYTES ? { id: 'tooLong', value: value.slice(0, QUOTED_CHARACTERS) } : length;
}
