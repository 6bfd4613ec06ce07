import type { Root } from 'nlcst';
import type { NoteDocument } from '../document/note-document.js';
import type { TemplateModel } from '../document/template.js';
import type { Locale, TemplateHelper } from '../settings.js';
import type { Fix, Suggestion } from './edits.js';
import type { ResolvedSettings } from './settings.js';

export type { Fix, Suggestion };

/** A JSON Schema (draft 7 subset) describing a rule's options object. */
export interface OptionsSchema {
  type: 'object';
  properties: Record<string, { type: 'integer' | 'number' | 'string' | 'boolean' | 'array'; description: string; minimum?: number; items?: { type: 'string' } }>;
  additionalProperties: false;
}

export interface TemplateScope {
  /** The helpers templates may call (the template library's, passed in as data). */
  helpers: readonly TemplateHelper[];
  /** The columns of the CSV the template will be filled from, when known. */
  columns: readonly string[] | undefined;
}

export interface RuleMeta<Options, MessageId extends string> {
  id: string;
  /** One line, in English: what the rule checks. */
  description: string;
  docs: {
    url: string;
    /** The rule's severity in the `recommended` preset; a rule without one is not in it. */
    recommended?: 'error' | 'warn';
    /** Scored by `pnpm eval`: the labelled sets of notes say whether it should fire on each note. */
    evaluated?: boolean;
  };
  /** Whether `--fix` may apply this rule's fixes without asking. */
  fixable: boolean;
  hasSuggestions: boolean;
  schema: OptionsSchema;
  defaultOptions: Options;
  /** Every message in every locale, with `{name}` slots filled from the report's data. */
  messages: Record<Locale, Record<MessageId, string>>;
}

/** What a judgement was based on: a span of the note and what was found there (`event`, `generic`, …). */
export interface Evidence {
  kind: string;
  /** Source offsets; end exclusive. */
  start: number;
  end: number;
}

export interface Report<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Source offsets; end exclusive. */
  start: number;
  end: number;
  actual?: string;
  expected?: string[];
  note?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** The spans the finding rests on, for editors to underline: the unnamed event, the stock phrase. */
  evidence?: Evidence[];
  /** Report as a warning even where the rule is set to `error` (a hint within an error rule). */
  severity?: 1;
}

export interface RuleContext<Options, MessageId extends string> {
  readonly document: NoteDocument;
  readonly settings: ResolvedSettings;
  readonly options: Options;
  /** For templates that parsed: their segments and variables. */
  readonly template: TemplateModel | undefined;
  /** What templates may use besides their declared variables (see LintOptions.templates). */
  readonly templateScope: TemplateScope;
  readonly locale: Locale;
  /** The prose as an nlcst tree in the note's language, parsed on first use. */
  tree(): Root;
  report(report: Report<MessageId>): void;
  /** One of the rule's messages in the run's locale (for suggestion descriptions). */
  format(messageId: MessageId, data?: Record<string, string | number>): string;
  /**
   * One of the rule's messages in the note's declared language (`lang`) where the rule has it
   * (Spanish or English), else the run's locale: for text a fix or suggestion puts into the note.
   */
  formatForNote(messageId: MessageId, data?: Record<string, string | number>): string;
}

// `any` by default: a list of rules holds rules of every options type, which `unknown` would refuse
// (a rule's `check` takes its own options).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Rule<Options = any, MessageId extends string = string> {
  meta: RuleMeta<Options, MessageId>;
  check(context: RuleContext<Options, MessageId>): void;
}

/** The schema and defaults of a rule that takes no options. */
export const NO_OPTIONS = {
  schema: { type: 'object', properties: {}, additionalProperties: false },
  defaultOptions: {},
} as const satisfies Pick<RuleMeta<object, string>, 'schema' | 'defaultOptions'>;

export const DOCS_BASE = 'https://github.com/invite-lint/invite-lint/blob/main/packages/core/src/rules/';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}${id}/README.md`;
}

/** Typed identity: lets a rule's options and message ids be inferred from its meta. */
export function defineRule<Options, MessageId extends string>(rule: Rule<Options, MessageId>): Rule<Options, MessageId> {
  return rule;
}
