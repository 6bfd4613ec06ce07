import type { VFile } from 'vfile';
import type { NoteDocument } from '../document/note-document.js';
import type { Span } from '../document/length.js';

/**
 * `invite-lint-disable [rules] [-- reason]` and its kin, written in a template comment
 * (`{{!-- … --}}`) or a Markdown comment (`<!-- … -->`). Plain notes have no comments: their
 * front matter's `disable` does the same for the whole file.
 */
export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** 1-based line of the comment. */
  line: number;
}

const DIRECTIVE = /^\s*invite-lint-(disable-next-line|disable-line|disable|enable)\b([^]*?)(?:\s--\s[^]*)?\s*$/;

/** The directives in a document's comments, in order. */
export function readDirectives(document: NoteDocument): Directive[] {
  const { source } = document;
  const comments: { start: number; end: number; text: string }[] = [];
  if (document.format === 'hbs') {
    for (const tag of document.tags) {
      if (tag.kind === 'comment') comments.push({ start: tag.start, end: tag.end, text: tag.inner.replace(/^!(?:--)?/, '').replace(/--$/, '') });
    }
  } else if (document.format === 'md') {
    for (const match of source.matchAll(/<!--([\s\S]*?)-->/g)) {
      comments.push({ start: match.index, end: match.index + match[0].length, text: match[1] ?? '' });
    }
  }
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const rules = (match[2] ?? '')
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean);
    const line = source.slice(0, comment.start).split('\n').length;
    directives.push({ kind: match[1] as Directive['kind'], rules, start: comment.start, end: comment.end, line });
  }
  return directives;
}

export interface DirectiveProblem {
  directive: Directive;
  /** An unknown rule id, or undefined for a directive (or one of its rules) that suppressed nothing. */
  unknownRule?: string;
  unusedRule?: string;
}

/**
 * Drop the messages the directives turn off (they then appear in no output), and return the
 * directives that named an unknown rule or turned off nothing.
 */
export function applyDirectives(file: VFile, directives: readonly Directive[], knownRules: ReadonlySet<string>): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  const used = new Map<Directive, Set<string>>();
  const covers = (directive: Directive, ruleId: string) => directive.rules.length === 0 || directive.rules.includes(ruleId);

  const suppressedBy = (ruleId: string, line: number, offset: number): Directive | undefined => {
    let blockDisable: Directive | undefined;
    for (const directive of directives) {
      if (!covers(directive, ruleId)) continue;
      if (directive.kind === 'disable-line' && directive.line === line) return directive;
      if (directive.kind === 'disable-next-line' && directive.line + 1 === line) return directive;
      if (directive.start > offset) continue;
      if (directive.kind === 'disable') blockDisable = directive;
      if (directive.kind === 'enable') blockDisable = undefined;
    }
    return blockDisable;
  };

  file.messages = file.messages.filter((message) => {
    if (!message.ruleId) return true;
    const offset = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0;
    const directive = suppressedBy(message.ruleId, message.line ?? 1, offset);
    if (!directive) return true;
    const rules = used.get(directive) ?? new Set<string>();
    rules.add(message.ruleId);
    used.set(directive, rules);
    return false;
  });

  for (const directive of directives) {
    for (const rule of directive.rules) if (!knownRules.has(rule)) problems.push({ directive, unknownRule: rule });
    if (directive.kind === 'enable') continue;
    const hits = used.get(directive);
    if (directive.rules.length === 0) {
      if (!hits) problems.push({ directive });
      continue;
    }
    for (const rule of directive.rules) if (knownRules.has(rule) && !hits?.has(rule)) problems.push({ directive, unusedRule: rule });
  }
  return problems;
}
