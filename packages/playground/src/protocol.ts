// What the page and the linter's worker say to each other: plain data (structured clone).
import type { Account, Degree, Fix, Language, Locale, Suggestion } from '@invite-lint/core/internal';

export type NoteLanguage = 'auto' | Language;

export interface NoteOptions {
  degree: Degree;
  account: Account;
  lang: NoteLanguage;
}

/** One message of a lint, as the page shows it: offsets for the editor's underlines and edits. */
export interface Finding {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  url: string | undefined;
  from: number;
  to: number;
  fix: Fix | undefined;
  suggestions: readonly Suggestion[];
}

/** A length against the limit, and how near the limit counts as near (core's near-max-length margin). */
export interface Length {
  count: number;
  limit: number;
  margin: number;
}

export interface NoteRequest {
  kind: 'note';
  text: string;
  options: NoteOptions;
  locale: Locale;
}

export interface NoteReport {
  kind: 'note';
  findings: Finding[];
  length: Length;
}

export interface TemplateRequest {
  kind: 'template';
  id: string;
  values: Readonly<Record<string, string>>;
  locale: Locale;
}

export interface TemplateReport {
  kind: 'template';
  findings: Finding[];
  /** The note the values render to, with its own findings. */
  rendered: { text: string; findings: Finding[]; length: Length };
  /** Every variable at its maximum length. */
  worst: Length | undefined;
}

export type LintRequest = NoteRequest | TemplateRequest;
export type LintReport = NoteReport | TemplateReport;
export type ReportOf<Request extends LintRequest> = Request extends NoteRequest ? NoteReport : TemplateReport;

/** A request on the wire: numbered so that the answer finds its caller. */
export interface Envelope<Body> {
  seq: number;
  body: Body;
}
