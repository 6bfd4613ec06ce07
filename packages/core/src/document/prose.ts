import type { Root, Text, WordContent } from 'nlcst';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextLatin from 'retext-latin';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import type { Placeholder } from './placeholders.js';

/** A slot to fill, kept in the tree as one node instead of the words it is spelled with. */
export interface PlaceholderNode {
  type: 'PlaceholderNode';
  value: string;
  data: { placeholder: Placeholder };
  position: NonNullable<Text['position']>;
}

declare module 'nlcst' {
  interface WordContentMap {
    placeholderNode: PlaceholderNode;
  }
}

const parsers = {
  english: unified().use(retextEnglish).freeze(),
  latin: unified().use(retextLatin).freeze(),
};

/**
 * Parse masked prose (placeholders already spelled as same-length runs of letters) and put a
 * PlaceholderNode where each placeholder is, splitting the text node it fell in.
 */
export function parseProse(prose: string, parser: keyof typeof parsers, placeholders: readonly Placeholder[]): Root {
  const tree = parsers[parser].parse(prose) as Root;
  if (placeholders.length === 0) return tree;
  const place = location(prose);
  const point = (offset: number) => {
    const found = place.toPoint(offset);
    return { line: found?.line ?? 1, column: found?.column ?? 1, offset };
  };
  visit(tree, 'TextNode', (node, index, parent) => {
    const start = node.position?.start.offset;
    if (start === undefined || index === undefined || !parent) return;
    const end = start + node.value.length;
    const inside = placeholders.filter((placeholder) => placeholder.start >= start && placeholder.end <= end);
    if (inside.length === 0) return;
    const pieces: WordContent[] = [];
    let cursor = start;
    const text = (from: number, to: number): Text => ({
      type: 'TextNode',
      value: prose.slice(from, to),
      position: { start: point(from), end: point(to) },
    });
    for (const placeholder of inside) {
      if (placeholder.start > cursor) pieces.push(text(cursor, placeholder.start));
      pieces.push({
        type: 'PlaceholderNode',
        value: placeholder.raw,
        data: { placeholder },
        position: { start: point(placeholder.start), end: point(placeholder.end) },
      });
      cursor = placeholder.end;
    }
    if (cursor < end) pieces.push(text(cursor, end));
    (parent.children as WordContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });
  return tree;
}
