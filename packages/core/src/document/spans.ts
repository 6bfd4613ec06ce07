import type { Span } from './length.js';

/** `span` without the `holes` (sorted by start; they may overlap), in one pass. */
export function subtract(span: Span, holes: readonly Span[]): Span[] {
  const spans: Span[] = [];
  let cursor = span.start;
  for (const hole of holes) {
    if (hole.end <= span.start || hole.start >= span.end) continue;
    if (hole.start > cursor) spans.push({ start: cursor, end: hole.start });
    cursor = Math.max(cursor, hole.end);
  }
  if (cursor < span.end) spans.push({ start: cursor, end: span.end });
  return spans;
}
