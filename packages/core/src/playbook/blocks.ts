import type { Blockquote, Code, Html, Nodes, Paragraph, RootContent } from 'mdast';
import type { Span } from '../document/length.js';
import { subtract } from '../document/spans.js';
import { CODE_INFO_STRINGS } from './code-languages.js';
import type { Lines } from './lines.js';
import { prepareMarkdown } from './markdown-input.js';
import type { MarkdownParser } from './markdown-parser.js';
import { isNoteComment } from './note-comment.js';

/** A block of a Markdown file that can hold a message: a fenced code block, a blockquote, a marked paragraph. */
export interface MarkdownBlock {
  /** A fence's info string, its first word in lower case (`''` when it has none or is not a fence). */
  info: string;
  /** The block in the file: from a fence's opening to its closing, or the quote or paragraph. */
  start: number;
  end: number;
  /** The stretches of the file that are its text, in order, the markup between them left out. */
  pieces: Span[];
  /** The headings it is under, nearest first. */
  headings: readonly Span[];
  /** An `<!-- invite-lint … -->` comment right above it. */
  comment: Span | undefined;
}

export interface MarkdownStructure {
  blocks: MarkdownBlock[];
  /** `<!-- invite-lint … -->` comments above something that cannot be a note. */
  strayComments: Span[];
  /** Fenced code blocks never closed (they run to the end of the file): the opening line and its fence. */
  unclosedFences: (Span & { fence: string })[];
  /** Headings or code: a document in parts, where only note blocks are notes (a note written in Markdown is prose). */
  outlined: boolean;
}

/** Where a node sits in the file: its chunk's offset and line added to the positions it was parsed with. */
interface Origin {
  offset: number;
  line: number;
}

interface Siblings {
  nodes: readonly RootContent[];
  next: number;
  /** Inside how many blockquotes these nodes are. */
  quoteDepth: number;
  /** A note comment waiting for the block it stands above. */
  comment: Span | undefined;
}

const FENCE = /`{3,}|~{3,}/y;
const TABLE_DELIMITER_ROW = /^[ \t>]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * The blocks of a Markdown file that can be notes, with the headings above each, in one pass
 * over the syntax tree (an explicit stack: nesting cannot overflow the call stack). Fenced code
 * blocks anywhere, except those whose info string names a programming or data language;
 * blockquotes that hold only paragraphs, outside other blockquotes (a quote in a quote is a
 * quotation, not a message to send); paragraphs right under a note comment. Tables, lists and
 * HTML never are.
 */
export function findBlocks(source: string, frontMatterEnd: number, parse: MarkdownParser): MarkdownStructure {
  const input = prepareMarkdown(source, frontMatterEnd);
  const reader = new BlockReader(source, input.lines);
  let comment: Span | undefined;
  for (const chunk of input.chunks) {
    const tree = parse(input.text.slice(chunk.start, chunk.end));
    comment = reader.read(tree.children, { offset: chunk.start, line: chunk.line }, comment);
  }
  if (comment) reader.found.strayComments.push(comment);
  return reader.found;
}

class BlockReader {
  readonly found: MarkdownStructure = { blocks: [], strayComments: [], unclosedFences: [], outlined: false };
  /** The heading in force at each depth (1 to 6). */
  readonly #headings: (Span | undefined)[] = [];

  constructor(
    readonly source: string,
    readonly lines: Lines,
  ) {}

  /** Read one chunk's top-level nodes; returns a note comment still waiting at its end (the next chunk's first block is its sibling). */
  read(nodes: readonly RootContent[], origin: Origin, waiting: Span | undefined): Span | undefined {
    const stack: Siblings[] = [{ nodes, next: 0, quoteDepth: 0, comment: waiting }];
    while (stack.length > 0) {
      const siblings = stack[stack.length - 1] as Siblings;
      const node = siblings.nodes[siblings.next++];
      if (node === undefined) {
        stack.pop();
        if (stack.length === 0) return siblings.comment;
        if (siblings.comment) this.found.strayComments.push(siblings.comment);
        continue;
      }
      if (node.type === 'html') {
        this.#html(node, siblings, origin);
        continue;
      }
      const comment = siblings.comment;
      siblings.comment = undefined;
      const taken = this.#block(node, siblings.quoteDepth, comment, origin, stack);
      if (comment && !taken) this.found.strayComments.push(comment);
    }
    return undefined;
  }

  /** A note comment waits for the next block; other comments (directives) let it wait on; other HTML ends the wait. */
  #html(node: Html, siblings: Siblings, origin: Origin): void {
    if (isNoteComment(node.value)) {
      if (siblings.comment) this.found.strayComments.push(siblings.comment);
      siblings.comment = this.#span(node, origin);
    } else if (!node.value.startsWith('<!--') && siblings.comment) {
      this.found.strayComments.push(siblings.comment);
      siblings.comment = undefined;
    }
  }

  /** Whether `node` became a note (or was reported as a broken one), taking the comment above it. */
  #block(node: RootContent, quoteDepth: number, comment: Span | undefined, origin: Origin, stack: Siblings[]): boolean {
    switch (node.type) {
      case 'heading':
        this.found.outlined = true;
        this.#headings[node.depth] = this.#headingText(node.children, origin);
        this.#headings.length = node.depth + 1;
        return false;
      case 'code':
        this.found.outlined = true;
        return this.#fence(node, comment, origin);
      case 'blockquote':
        if (quoteDepth > 0) return false;
        if (this.#holdsMessage(node, origin)) {
          this.#add(node, this.#paragraphPieces(node.children, 1, origin), comment, origin);
          return true;
        }
        stack.push({ nodes: node.children, next: 0, quoteDepth: 1, comment: undefined });
        return false;
      case 'paragraph':
        if (!comment || this.#isTable(node, origin)) return false;
        this.#add(node, this.#paragraphPieces([node], quoteDepth, origin), comment, origin);
        return true;
      default:
        if ('children' in node) stack.push({ nodes: node.children as RootContent[], next: 0, quoteDepth, comment: undefined });
        return false;
    }
  }

  #fence(node: Code, comment: Span | undefined, origin: Origin): boolean {
    const { start, end } = this.#span(node, origin);
    FENCE.lastIndex = start;
    const fence = FENCE.exec(this.source)?.[0];
    // Indented code has no fence, and code in a programming language is never a message.
    if (fence === undefined || CODE_INFO_STRINGS.has((node.lang ?? '').toLowerCase())) return false;
    const openingLine = origin.line + (node.position?.start.line ?? 1) - 1;
    const closingLine = origin.line + (node.position?.end.line ?? 1) - 1;
    if (!this.#closes(fence, openingLine, closingLine, end)) {
      this.found.unclosedFences.push({ start, end: this.lines.contentEnd(openingLine), fence });
      return true;
    }
    const pieces: Span[] = [];
    const contentLines = node.value === '' ? [] : node.value.split(/\r\n|\r|\n/);
    contentLines.forEach((content, index) => {
      const line = openingLine + 1 + index;
      const contentEnd = this.lines.contentEnd(line);
      // The value has the fence's indentation and any container's markers taken off each line.
      const from = Math.max(this.lines.start(line), contentEnd - content.length);
      addPiece(pieces, from, index < contentLines.length - 1 ? this.lines.start(line + 1) : contentEnd);
    });
    this.#add(node, pieces, comment, origin);
    return true;
  }

  /** Whether the block's last line is a fence that closes the opening one (same character, at least as long). */
  #closes(fence: string, openingLine: number, closingLine: number, end: number): boolean {
    if (closingLine <= openingLine) return false;
    const last = this.source.slice(this.lines.start(closingLine), Math.min(end, this.lines.contentEnd(closingLine)));
    const closing = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(last)?.[1];
    return closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length;
  }

  /** A blockquote holds a message when it holds only paragraphs (and comments), none of them a table. */
  #holdsMessage(node: Blockquote, origin: Origin): boolean {
    let paragraphs = 0;
    for (const child of node.children) {
      if (child.type === 'paragraph' && !this.#isTable(child, origin)) paragraphs++;
      else if (!(child.type === 'html' && child.value.startsWith('<!--'))) return false;
    }
    return paragraphs > 0;
  }

  /** A GFM table is a paragraph to remark-parse without the GFM plugin: its second line is the delimiter row. */
  #isTable(node: Paragraph, origin: Origin): boolean {
    const first = origin.line + (node.position?.start.line ?? 1) - 1;
    const last = origin.line + (node.position?.end.line ?? 1) - 1;
    if (last <= first) return false;
    const row = this.source.slice(this.lines.start(first + 1), this.lines.contentEnd(first + 1));
    return row.includes('|') && TABLE_DELIMITER_ROW.test(row);
  }

  /**
   * The text of paragraphs (a quote's, or one under a note comment): from the first to the end
   * of the last, without each line's container markers (`>` up to the quote depth, the
   * indentation Markdown strips), inline markup (`**`, a link's brackets and address) and
   * HTML comments.
   */
  #paragraphPieces(nodes: readonly RootContent[], quoteDepth: number, origin: Origin): Span[] {
    const paragraphs = nodes.filter((node) => node.type === 'paragraph');
    const first = paragraphs[0];
    const last = paragraphs[paragraphs.length - 1];
    if (!first || !last) return [];
    const body = { start: this.#span(first, origin).start, end: this.#span(last, origin).end };
    const prefixes: Span[] = [];
    const prefix = linePrefix(quoteDepth);
    const lastLine = origin.line + (last.position?.end.line ?? 1) - 1;
    for (let line = origin.line + (first.position?.start.line ?? 1) - 1; line <= lastLine; line++) {
      const start = this.lines.start(line);
      prefix.lastIndex = start;
      const length = Math.min(prefix.exec(this.source)?.[0].length ?? 0, this.lines.contentEnd(line) - start);
      if (length > 0) prefixes.push({ start, end: start + length });
    }
    const markup: Span[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') this.#inlineMarkup(node, origin, markup);
      else markup.push(this.#span(node, origin));
    }
    return subtract(body, mergeByStart(prefixes, markup));
  }

  /** The stretches of a paragraph between the text it shows (emphasis marks, link addresses, images, comments), in order. */
  #inlineMarkup(paragraph: Paragraph, origin: Origin, markup: Span[]): void {
    const { start, end } = this.#span(paragraph, origin);
    let cursor = start;
    const shown = (from: number, to: number) => {
      if (from > cursor) markup.push({ start: cursor, end: from });
      cursor = Math.max(cursor, to);
    };
    const stack: Nodes[] = paragraph.children.slice().reverse();
    for (let node = stack.pop(); node; node = stack.pop()) {
      const span = this.#span(node, origin);
      switch (node.type) {
        case 'inlineCode': {
          const ticks = /^`+/.exec(this.source.slice(span.start, span.start + 64))?.[0].length ?? 0;
          shown(span.start + ticks, span.end - ticks);
          break;
        }
        case 'html':
          if (!node.value.startsWith('<!--')) shown(span.start, span.end);
          break;
        case 'break': {
          // A hard break (two spaces or a backslash, then the line ending): only the line ending is text.
          const ending = this.source[span.end - 2] === '\r' && this.source[span.end - 1] === '\n' ? 2 : 1;
          shown(span.end - ending, span.end);
          break;
        }
        case 'image':
        case 'imageReference':
          break;
        case 'linkReference':
          // `[Name]` becomes a reference when the file happens to define `[name]`: still the slot as written.
          shown(span.start, span.end);
          break;
        default:
          if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
          else shown(span.start, span.end);
      }
    }
    if (end > cursor) markup.push({ start: cursor, end });
  }

  #add(node: Code | Blockquote | Paragraph, pieces: Span[], comment: Span | undefined, origin: Origin): void {
    const headings: Span[] = [];
    for (let depth = this.#headings.length - 1; depth >= 1; depth--) {
      const heading = this.#headings[depth];
      if (heading) headings.push(heading);
    }
    const info = node.type === 'code' ? (node.lang ?? '').toLowerCase() : '';
    this.found.blocks.push({ info, ...this.#span(node, origin), pieces, headings, comment });
  }

  #headingText(children: readonly Nodes[], origin: Origin): Span {
    const first = children[0];
    const last = children[children.length - 1];
    if (!first || !last) return { start: 0, end: 0 };
    return { start: this.#span(first, origin).start, end: this.#span(last, origin).end };
  }

  #span(node: Nodes, origin: Origin): Span {
    return { start: origin.offset + (node.position?.start.offset ?? 0), end: origin.offset + (node.position?.end.offset ?? 0) };
  }
}

const prefixes = new Map<number, RegExp>();

/** A line's container markers inside `quoteDepth` blockquotes: up to that many `>`, then the indentation a paragraph line drops. */
function linePrefix(quoteDepth: number): RegExp {
  let pattern = prefixes.get(quoteDepth);
  if (!pattern) {
    pattern = new RegExp(`(?:[ \\t]{0,3}>[ \\t]?){0,${quoteDepth}}[ \\t]*`, 'y');
    prefixes.set(quoteDepth, pattern);
  }
  return pattern;
}

/** Append a stretch, joined to the last one when they touch. */
function addPiece(pieces: Span[], start: number, end: number): void {
  const last = pieces[pieces.length - 1];
  if (last && last.end === start) last.end = end;
  else if (end > start) pieces.push({ start, end });
}

/** Two lists of spans, each sorted by start, as one. */
function mergeByStart(a: readonly Span[], b: readonly Span[]): Span[] {
  const merged: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left.start <= right.start)) {
      merged.push(left as Span);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}
