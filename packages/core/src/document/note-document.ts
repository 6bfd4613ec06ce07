import type { Root } from 'nlcst';
import { NO_FRONT_MATTER, readFrontMatter, type FrontMatter } from './front-matter.js';
import type { Span } from './length.js';
import { findPlaceholders, PLACEHOLDER_SYNTAXES, type Placeholder, type PlaceholderSyntax } from './placeholders.js';
import { scanTemplateTags, tagPlaceholder, type TemplateTag } from './template-tags.js';
import { parseProse } from './prose.js';
import { subtract } from './spans.js';
import type { Language } from '../settings.js';

/** `txt` and `md` files are notes (sent as written); `hbs` files are templates (rendered per contact). */
export type NoteFormat = 'txt' | 'md' | 'hbs';

export function formatOf(filePath: string | undefined): NoteFormat {
  const name = (filePath ?? '').toLowerCase();
  if (name.endsWith('.hbs') || name.endsWith('.handlebars')) return 'hbs';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'md';
  return 'txt';
}

// Placeholders become a run of letters so that the parsers see one word where the slot is.
export const SENTINEL = 'x';

/**
 * How much of a body the prose rules read. Notes are at most 300 characters; past this a file
 * is a paste or a document, and judging it all would only cost time (an editor lints per key).
 */
export const JUDGED_CHARACTERS = 5000;
const ALL_BUT_MUSTACHE: ReadonlySet<PlaceholderSyntax> = new Set([...PLACEHOLDER_SYNTAXES].filter((syntax) => syntax !== 'mustache'));

export interface NoteDocumentOptions {
  /**
   * The text is a note of a Markdown playbook, as it would be pasted: it has no front matter of
   * its own (the file's applies), and its placeholders are the slots of a template kept for
   * reuse, filled in when the note is sent.
   */
  inPlaybook?: boolean;
}

/**
 * A note or template split into what rules need: front matter, the message body, the parts of it
 * that are sent, placeholders and template tags, and (on demand) an nlcst tree of the prose.
 * Every offset points into the original source.
 */
export class NoteDocument {
  readonly frontMatter: FrontMatter;
  /** The message: after the front matter and any blank lines, before the file's final newline. */
  readonly body: Span;
  /** The parts of the body that are sent (a Markdown note's HTML comments are not). */
  readonly spans: Span[];
  /** The start of the body that prose rules judge: all of it, up to JUDGED_CHARACTERS. */
  readonly judged: Span;
  /** Template tags, for `hbs` files. */
  readonly tags: TemplateTag[];
  /** Slots to fill: template value tags, and `[Name]`-style placeholders in any file. */
  readonly placeholders: Placeholder[];
  /**
   * The source with everything that is not prose blanked out (front matter, comments, control
   * tags) and every placeholder replaced by a same-length word: offsets still match the source.
   */
  readonly prose: string;
  #trees = new Map<string, Root>();

  /** A note of a Markdown playbook (see NoteDocumentOptions). */
  readonly inPlaybook: boolean;

  constructor(
    readonly source: string,
    readonly format: NoteFormat,
    options: NoteDocumentOptions = {},
  ) {
    this.inPlaybook = options.inPlaybook ?? false;
    this.frontMatter = this.inPlaybook ? NO_FRONT_MATTER : readFrontMatter(source);
    this.body = bodyOf(source, this.frontMatter.end);
    this.judged = { start: this.body.start, end: Math.min(this.body.end, this.body.start + JUDGED_CHARACTERS) };
    let hidden: Span[] = [];
    const { start, end } = this.body;
    const text = source.slice(start, end);

    if (format === 'hbs') {
      this.tags = scanTemplateTags(text, start);
      this.spans = [this.body];
      const values: Placeholder[] = [];
      const found = findPlaceholders(text, start, ALL_BUT_MUSTACHE);
      // A spin block's other alternatives are not read, nor the tags in them.
      const unchosen = found.filter((placeholder) => placeholder.unchosen);
      const readTags = outside(this.tags, unchosen);
      for (const tag of readTags) {
        if (tag.kind === 'value') values.push(tagPlaceholder(tag, source));
        else hidden.push(tag);
      }
      const literal = outside(found, readTags);
      this.placeholders = [...values, ...literal].sort((a, b) => a.start - b.start);
    } else {
      this.tags = [];
      const comments = format === 'md' ? htmlComments(text, start) : [];
      hidden = comments;
      this.spans = subtract(this.body, comments);
      this.placeholders = outside(findPlaceholders(text, start), comments);
    }
    this.prose = maskProse(source, this.body, hidden, this.placeholders);
  }

  /** Nothing written yet (or only front matter): there is no note to judge. */
  get isBlank(): boolean {
    return !/\S/u.test(this.source.slice(this.body.start, this.body.end));
  }

  get kind(): 'note' | 'template' {
    return this.format === 'hbs' ? 'template' : 'note';
  }

  /** The sent text with placeholders, comments and template tags left out: what language detection should look at. */
  get plainText(): string {
    return this.spans
      .flatMap((span) => subtract(span, this.placeholders))
      .map((span) => this.prose.slice(span.start, span.end))
      .join(' ');
  }

  /** The prose as an nlcst tree (retext-english for English, retext-latin otherwise), parsed once per language. */
  tree(language: Language | undefined): Root {
    const parser = language === undefined || language === 'en' ? 'english' : 'latin';
    let tree = this.#trees.get(parser);
    if (!tree) {
      tree = parseProse(this.prose.slice(0, this.judged.end), parser, this.placeholders);
      this.#trees.set(parser, tree);
    }
    return tree;
  }
}

function bodyOf(source: string, frontMatterEnd: number): Span {
  const leadingBlankLines = /^(?:[ \t]*\r?\n)*/.exec(source.slice(frontMatterEnd))?.[0].length ?? 0;
  const start = frontMatterEnd + leadingBlankLines;
  const finalNewline = source.endsWith('\r\n') ? 2 : source.endsWith('\n') ? 1 : 0;
  return { start, end: Math.max(start, source.length - finalNewline) };
}

function htmlComments(text: string, base: number): Span[] {
  return [...text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((match) => ({
    start: base + match.index,
    end: base + match.index + match[0].length,
  }));
}

/** The (sorted) `spans` that overlap none of the (sorted) `holes`, in one pass over both. */
function outside<Item extends Span>(spans: readonly Item[], holes: readonly Span[]): Item[] {
  const kept: Item[] = [];
  let hole = 0;
  for (const span of spans) {
    while (hole < holes.length && (holes[hole] as Span).end <= span.start) hole++;
    const next = holes[hole];
    if (!next || next.start >= span.end) kept.push(span);
  }
  return kept;
}

/** What the prose shows where a placeholder is: a same-length word, or nothing (a control tag, a spin block but its first alternative). */
function shownFor(placeholder: Placeholder): (text: string) => string {
  if (placeholder.control) return blank;
  return (text) => SENTINEL.repeat(text.length);
}

/** `text` with spaces for all but its line breaks: a run of a line at a time, not a character (a template's front matter is kilobytes). */
export function blank(text: string): string {
  return text.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
}

function maskProse(source: string, body: Span, hidden: readonly Span[], placeholders: readonly Placeholder[]): string {
  let cursor = body.start;
  const edits = [
    ...hidden.map((span) => ({ ...span, replace: blank })),
    ...placeholders.map((placeholder) => ({ start: placeholder.start, end: placeholder.end, replace: shownFor(placeholder) })),
  ].sort((a, b) => a.start - b.start);
  const parts: string[] = [blank(source.slice(0, body.start))];
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    parts.push(source.slice(cursor, edit.start), edit.replace(source.slice(edit.start, edit.end)));
    cursor = edit.end;
  }
  parts.push(source.slice(cursor, body.end), blank(source.slice(body.end)));
  const prose = unquoted(parts.join('').replace(INVISIBLE_SPACES, ' '), body);
  return prose.includes('*') || prose.includes('_') ? prose.replace(EMPHASIS_MARKS, blank) : prose;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/**
 * `prose` without the quotation marks around the whole body, as a guide quotes the note it
 * suggests ("“Hi Ana, we met at…”"): a greeting and what opens the note are read from its first word.
 */
function unquoted(prose: string, body: Span): string {
  let start = body.start;
  while (start < body.end && /\s/u.test(prose[start]!)) start++;
  let end = body.end - 1;
  while (end > start && /\s/u.test(prose[end]!)) end--;
  if (end <= start || !Object.hasOwn(QUOTE_PAIRS, prose[start]!) || QUOTE_PAIRS[prose[start]!] !== prose[end]) return prose;
  const inner = prose.slice(start + 1, end);
  // A quotation inside that closes and opens again ("“Hi” … “thanks”") is not one around the whole.
  if (inner.includes(prose[end]!) || inner.includes(prose[start]!)) return prose;
  return `${prose.slice(0, start)} ${inner} ${prose.slice(end + 1)}`;
}

// Markdown's emphasis around words, as notes copied from a playbook or a chat carry it: "we met at
// **PyData Amsterdam**", "_Ana_ suggested I write". Read as the spaces they are to the eye; a mark
// inside a word ("snake_case"), a bullet ("* item") and a lone asterisk ("5 * 3") stay.
const EMPHASIS_MARKS = /(?<![\p{L}\p{N}*_])[*_]{1,3}(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?'’")\]])[*_]{1,3}(?![\p{L}\p{N}*_])/gu;

// Zero-width spaces, word joiners and byte-order marks that text pasted from a web page carries:
// read as the spaces they stand in for (".\u200b Pablo" is a sentence end and a name).
const INVISIBLE_SPACES = /[\u200B\u2060\uFEFF]/gu;
