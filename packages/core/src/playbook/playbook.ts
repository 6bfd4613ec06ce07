import type { Span } from '../document/length.js';
import { readFrontMatter } from '../document/front-matter.js';
import type { CoreMessage } from '../engine/core-messages.js';
import type { NoteSettings } from '../settings.js';
import { findBlocks, type MarkdownBlock } from './blocks.js';
import { NOTE_INFO_STRING, TEMPLATE_INFO_STRINGS } from './code-languages.js';
import { mentionsInvitations, readHeading, type HeadingCues, type MessageKind } from './headings.js';
import type { MarkdownParser } from './markdown-parser.js';
import { readNoteComment } from './note-comment.js';
import { PastedText } from './pasted-text.js';

/** One message of a playbook, to be linted alone. */
export interface PlaybookNote {
  /** The text as it would be pasted, and the way back to the file. */
  text: PastedText;
  /** `hbs` for a fence marked as a Handlebars template, linted as a `.hbs` file is. */
  format: 'txt' | 'hbs';
  kind: MessageKind;
  /** The nearest headings' suggestion, under what the note comment above it says. */
  settings: NoteSettings;
  /** The block in the file. */
  start: number;
  end: number;
  /** An invitation under a heading that names invitations, or marked as a note (an `invite` fence, a note comment). */
  announced: boolean;
}

export interface PlaybookProblem extends Span {
  message: CoreMessage;
}

export interface Playbook {
  notes: PlaybookNote[];
  problems: PlaybookProblem[];
  /**
   * Read as a playbook: it has note blocks, headings or code. Otherwise (front matter, then
   * prose) the file is one note written in Markdown, as before playbooks.
   */
  inParts: boolean;
}

// The language server asks whether a file is a playbook, then lints it: the same text, read once.
let last: { source: string; frontMatterEnd: number; parse: MarkdownParser; playbook: Playbook } | undefined;

/** The notes a Markdown file holds and what each is, with the problems found on the way. */
export function readPlaybook(source: string, frontMatterEnd: number, parse: MarkdownParser): Playbook {
  if (last && last.source === source && last.frontMatterEnd === frontMatterEnd && last.parse === parse) return last.playbook;
  const structure = findBlocks(source, frontMatterEnd, parse);
  const problems: PlaybookProblem[] = [];
  const cues = new Map<Span, HeadingCues>();
  const cuesOf = (heading: Span) => {
    let found = cues.get(heading);
    if (!found) {
      found = readHeading(source.slice(heading.start, heading.end));
      cues.set(heading, found);
    }
    return found;
  };
  const notes = structure.blocks.map((block) => noteOf(source, block, cuesOf, problems));
  for (const comment of structure.strayComments) problems.push({ ...comment, message: { id: 'noteCommentAlone' } });
  for (const fence of structure.unclosedFences) problems.push({ start: fence.start, end: fence.end, message: { id: 'fenceUnclosed', data: { fence: fence.fence } } });
  problems.sort((a, b) => a.start - b.start);
  const playbook = { notes, problems, inParts: structure.outlined || notes.length > 0 || problems.length > 0 };
  last = { source, frontMatterEnd, parse, playbook };
  return playbook;
}

/**
 * What a block is, nearest word first: its note comment, then the nearest heading that says
 * (a message sent after they accepted, an InMail, an e-mail, a reply), else an invitation; its
 * degree likewise, the comment's over the nearest heading's suggestion.
 */
function noteOf(source: string, block: MarkdownBlock, cuesOf: (heading: Span) => HeadingCues, problems: PlaybookProblem[]): PlaybookNote {
  const comment = block.comment ? readNoteComment(source.slice(block.comment.start, block.comment.end)) : undefined;
  for (const message of comment?.problems ?? []) problems.push({ ...(block.comment as Span), message });
  let kind = comment?.kind;
  let degree: 2 | 3 | undefined;
  let underInvitations = false;
  for (const heading of block.headings) {
    const said = cuesOf(heading);
    kind ??= said.kind;
    degree ??= said.degree;
    if (said.kind === 'invitation') underInvitations = true;
  }
  kind ??= 'invitation';
  const marked = comment !== undefined || block.info === NOTE_INFO_STRING;
  return {
    text: new PastedText(source, block.pieces, block.start),
    format: TEMPLATE_INFO_STRINGS.has(block.info) ? 'hbs' : 'txt',
    kind,
    settings: { ...(degree ? { degree } : {}), ...comment?.settings },
    start: block.start,
    end: block.end,
    announced: kind === 'invitation' && (marked || underInvitations),
  };
}

/** An `invite` fence or a note comment, wherever it is. */
const MARKED = new RegExp(`<!--[ \\t]*invite-lint(?=[\\s,]|-->)|^[ \\t>]*(?:\`{3,}|~{3,})[ \\t]*${NOTE_INFO_STRING}(?![\\w-])`, 'm');

/**
 * Whether a Markdown file is a playbook (DESIGN.md's file table): it holds an invitation note
 * under a heading that names invitations, connection requests or notes, or one marked as such.
 */
export function isPlaybook(source: string, parse: MarkdownParser): boolean {
  // Most Markdown files an editor opens or a folder holds are not playbooks: without the words
  // or a marker they need not be parsed.
  if (!MARKED.test(source) && !mentionsInvitations(source)) return false;
  return readPlaybook(source, readFrontMatter(source).end, parse).notes.some((note) => note.announced);
}
