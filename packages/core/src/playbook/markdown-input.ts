import type { Span } from '../document/length.js';
import { Lines } from './lines.js';

/** What remark-parse reads: the file, made safe to parse in linear time, cut where no block spans. */
export interface MarkdownInput {
  /** The file with its front matter blanked and the constructs below defused, one character for one: offsets hold. */
  text: string;
  lines: Lines;
  /** Pieces to parse one at a time, each with the line it starts on. */
  chunks: (Span & { line: number })[];
}

/**
 * remark-parse (micromark) takes time in the square of some inputs: many blockquotes in one
 * document (5,000 took minutes), containers nested hundreds deep, long runs of unmatched `*`
 * or `_` in one paragraph. So the file is parsed in chunks of about this size, cut before a
 * line that starts at the margin after a blank line (no paragraph, quote or list item runs on
 * there), outside fenced code and multi-line HTML blocks.
 */
const CHUNK_CHARACTERS = 16_384;
/** A line's container markers (`>`, list bullets, indentation) past this are read as text: no playbook nests that deep. */
const PREFIX_CHARACTERS = 64;
/** Emphasis delimiters (`*`, `_`) a paragraph may hold before the rest are read as text. */
const DELIMITERS_PER_PARAGRAPH = 64;
/** Backtick runs longer than this inside a line are read as text past it. */
const BACKTICK_RUN = 32;

const FENCE_OPENING = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const CONTAINER_PREFIX = /^(?:[ \t>]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLANK = /^[ \t]*$/;
/** HTML blocks that run past blank lines, and the text that ends each (CommonMark's kinds 1 to 5). */
const HTML_OPENINGS: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export function prepareMarkdown(source: string, frontMatterEnd: number): MarkdownInput {
  const lines = new Lines(source);
  const parts: string[] = [source.slice(0, frontMatterEnd).replace(/[^\r\n]/g, ' ')];
  let copied = frontMatterEnd;
  const chunks: MarkdownInput['chunks'] = [];
  let chunk = { start: 0, line: 1 };
  /** The line that closes the fenced code block the scan is in. */
  let fenceClosing: RegExp | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = true;
  let delimiters = 0;

  for (let line = 1; line <= lines.count; line++) {
    const start = lines.start(line);
    if (start < frontMatterEnd) continue;
    const text = source.slice(start, lines.contentEnd(line));
    if (fenceClosing !== undefined) {
      if (fenceClosing.test(text)) fenceClosing = undefined;
      continue;
    }
    if (htmlEnd !== undefined) {
      if (htmlEnd.test(text)) htmlEnd = undefined;
      continue;
    }
    if (BLANK.test(text)) {
      previousBlank = true;
      delimiters = 0;
      continue;
    }
    if (previousBlank && !/^[ \t]/.test(text) && start - chunk.start >= CHUNK_CHARACTERS) {
      chunks.push({ start: chunk.start, end: start, line: chunk.line });
      chunk = { start, line };
    }
    previousBlank = false;
    const opening = FENCE_OPENING.exec(text);
    if (opening) {
      const fence = opening[1] as string;
      fenceClosing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      continue;
    }
    const html = HTML_OPENINGS.find(([opens]) => opens.test(text));
    if (html && !html[1].test(text.slice(text.indexOf('<') + 2))) htmlEnd = html[1];
    const defused = defuse(text, delimiters);
    delimiters = defused.delimiters;
    if (defused.text !== text) {
      parts.push(source.slice(copied, start), defused.text);
      copied = start + text.length;
    }
  }
  parts.push(source.slice(copied));
  chunks.push({ start: chunk.start, end: source.length, line: chunk.line });
  return { text: parts.join(''), lines, chunks };
}

/** One line with what makes micromark slow read as text (`x`), and the paragraph's delimiters counted so far. */
function defuse(text: string, delimitersBefore: number): { text: string; delimiters: number } {
  const prefix = CONTAINER_PREFIX.exec(text)?.[0].length ?? 0;
  let out = prefix > PREFIX_CHARACTERS ? text.slice(0, PREFIX_CHARACTERS) + 'x'.repeat(prefix - PREFIX_CHARACTERS) + text.slice(prefix) : text;
  let delimiters = delimitersBefore;
  if (THEMATIC_BREAK.test(out)) return { text: out, delimiters };
  const rest = out.slice(prefix).replace(/[*_]|`+/g, (run) => {
    if (run[0] === '`') return run.length > BACKTICK_RUN ? run.slice(0, BACKTICK_RUN) + 'x'.repeat(run.length - BACKTICK_RUN) : run;
    delimiters++;
    return delimiters > DELIMITERS_PER_PARAGRAPH ? 'x' : run;
  });
  out = out.slice(0, prefix) + rest;
  return { text: out, delimiters };
}
