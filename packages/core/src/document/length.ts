/**
 * LinkedIn does not document how it counts, so invite-lint counts conservatively (DESIGN.md):
 * JavaScript string length (UTF-16 code units, an emoji may count 2), a line break counts 1
 * whether it is LF or CRLF.
 */
export function countCharacters(text: string): number {
  let crlf = 0;
  for (let index = text.indexOf('\r\n'); index !== -1; index = text.indexOf('\r\n', index + 2)) crlf++;
  return text.length - crlf;
}

/** A stretch of the source that is part of the sent message. */
export interface Span {
  start: number;
  end: number;
}

/** Whether `inner` lies wholly within `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether `one` and `other` share a character. */
export function spansOverlap(one: Span, other: Span): boolean {
  return one.start < other.end && other.start < one.end;
}

export function countSpans(source: string, spans: readonly Span[]): number {
  let total = 0;
  for (const span of spans) total += countCharacters(source.slice(span.start, span.end));
  return total;
}

/**
 * The source offset of the character that makes the count reach `count + 1`: where the text
 * past a limit of `count` characters starts. Undefined when the spans hold no more than `count`.
 */
export function offsetAfterCount(source: string, spans: readonly Span[], count: number): number | undefined {
  let seen = 0;
  for (const span of spans) {
    for (let offset = span.start; offset < span.end; offset++) {
      if (source[offset] === '\r' && source[offset + 1] === '\n') continue;
      // Never split a surrogate pair: an emoji that straddles the limit is over it whole.
      if (seen === count) return isLowSurrogate(source, offset) ? offset - 1 : offset;
      seen++;
    }
  }
  return undefined;
}

function isLowSurrogate(source: string, offset: number): boolean {
  const code = source.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff;
}
