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
  // Lines counted from one comment to the next, not from the file's start for each.
  let line = 1;
  let counted = 0;
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text);
    if (!match) continue;
    const rules = (match[2] ?? '')
      .split(/[\s,]+/)
      .map((rule) => rule.trim())
      .filter(Boolean);
    for (let newline = source.indexOf('\n', counted); newline !== -1 && newline < comment.start; newline = source.indexOf('\n', newline + 1)) line++;
    counted = comment.start;
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

  // The line directives by the line they cover, in file order.
  const byLine = new Map<number, Directive[]>();
  for (const directive of directives) {
    const covered = directive.kind === 'disable-line' ? directive.line : directive.kind === 'disable-next-line' ? directive.line + 1 : undefined;
    if (covered === undefined) continue;
    const onLine = byLine.get(covered);
    if (onLine) onLine.push(directive);
    else byLine.set(covered, [directive]);
  }
  // Block directives (disable … enable) are swept once, in file order, against the messages in
  // offset order: what is in force for a rule is the last one before the message that names it
  // (or names every rule). A playbook can hold thousands of both.
  const blocks = directives.filter((directive) => directive.kind === 'disable' || directive.kind === 'enable');
  const lastForAll: { directive?: Directive } = {};
  const lastForRule = new Map<string, Directive>();
  const order = new Map<Directive, number>(blocks.map((directive, index) => [directive, index]));
  let next = 0;
  const blockDisable = (ruleId: string, offset: number): Directive | undefined => {
    for (; next < blocks.length && (blocks[next] as Directive).start <= offset; next++) {
      const directive = blocks[next] as Directive;
      if (directive.rules.length === 0) {
        lastForAll.directive = directive;
        lastForRule.clear();
      } else for (const rule of directive.rules) lastForRule.set(rule, directive);
    }
    const forRule = lastForRule.get(ruleId);
    const all = lastForAll.directive;
    const latest = forRule && (!all || (order.get(forRule) ?? 0) > (order.get(all) ?? 0)) ? forRule : all;
    return latest?.kind === 'disable' ? latest : undefined;
  };

  const offsetOf = (message: VFile['messages'][number]) => (message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0);
  const suppressed = new Set<VFile['messages'][number]>();
  const byOffset = file.messages.filter((message) => message.ruleId).sort((a, b) => offsetOf(a) - offsetOf(b));
  for (const message of byOffset) {
    const ruleId = message.ruleId as string;
    const directive = byLine.get(message.line ?? 1)?.find((found) => covers(found, ruleId)) ?? blockDisable(ruleId, offsetOf(message));
    if (!directive) continue;
    suppressed.add(message);
    const rules = used.get(directive) ?? new Set<string>();
    rules.add(ruleId);
    used.set(directive, rules);
  }
  if (suppressed.size > 0) file.messages = file.messages.filter((message) => !suppressed.has(message));

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
