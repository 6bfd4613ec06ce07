import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { formatOf, NoteDocument, type NoteFormat } from '../document/note-document.js';
import { isSyntaxError, parseTemplate, type TemplateModel } from '../document/template.js';
import type { MarkdownParser } from '../playbook/markdown-parser.js';
import { SAME_PLACE, type Placement } from '../playbook/pasted-text.js';
import { readPlaybook, type PlaybookNote } from '../playbook/playbook.js';
import { recommended } from '../presets.js';
import { ruleById } from '../rules/index.js';
import { isLocale, type Locale, type NoteSettings } from '../settings.js';
import { coreMessage, type CoreMessage } from './core-messages.js';
import { addMessage, fillSlots, type LintMessage } from './messages.js';
import type { Fix, Report, Rule, RuleContext, TemplateScope } from './rule.js';
import { applyDirectives, readDirectives } from './directives.js';
import { optionsOf, severityOf, type RuleSetting, type RulesConfig, type SeverityName } from './rules-config.js';
import { resolveSettings, type ResolvedSettings } from './settings.js';

export interface LintOptions {
  /** Picks the format (`.hbs` is a template) and names the file in messages. */
  filePath?: string | undefined;
  /** Overrides the format the file name implies. */
  format?: NoteFormat | undefined;
  /** Defaults for what front matter may declare (degree, lang, account, limit, variables). */
  settings?: NoteSettings | undefined;
  /** Settings that win over the front matter (generate's --account: the sender's account). */
  overrides?: NoteSettings | undefined;
  /** For templates: the helpers they may call and the CSV columns they will be filled from. */
  templates?: Partial<TemplateScope> | undefined;
  /** Which rules run, at what severity; `recommended` when absent. */
  rules?: RulesConfig | undefined;
  /**
   * Rules beyond the built-in ones, by the id `rules` names them with: a plugin's as
   * `prefix/rule-id` (the config package loads them; core never imports code).
   */
  extraRules?: ReadonlyMap<string, Rule> | undefined;
  /** How to report a directive that turned off nothing: `warn` unless told. */
  reportUnusedDirectives?: SeverityName | undefined;
  /** `false` ignores inline directives, as ESLint's `allowInlineConfig`: for text written by strangers. */
  allowInlineConfig?: boolean | undefined;
  /**
   * Report a note or template with nothing after its front matter as an error: where it is
   * about to be checked or sent (the CLI). An editor leaves it off, as every new file starts blank.
   */
  reportBlank?: boolean | undefined;
  locale?: Locale | undefined;
  /**
   * For Markdown files: the parser that finds a playbook's notes (`await loadMarkdownParser()`).
   * Without it a Markdown file is read as one note, as a `.txt` file is.
   */
  markdown?: MarkdownParser | undefined;
}

/** A note or template as the rules saw it. */
export interface LintedNote {
  document: NoteDocument;
  settings: ResolvedSettings | undefined;
  template: TemplateModel | undefined;
}

/** A note of a playbook, and where it sits in the file. */
export interface PlacedNote extends LintedNote {
  settings: ResolvedSettings;
  /** The block in the file. */
  start: number;
  end: number;
}

/**
 * What `lint` leaves in `file.data` for callers that show more than messages (hover, status
 * bar). For a file that is one note, the note; for a playbook, the whole file as `document`
 * (no settings: no rule judged it whole) and each invitation note linted under `notes`.
 */
export interface LintData extends LintedNote {
  /** The file could not be parsed: its one message is fatal and no rule ran. */
  unparsed: boolean;
  /** A Markdown playbook's invitation notes, in file order. */
  notes?: PlacedNote[];
  /** The rules the file ran with, its front matter's `disable` applied (what generate checks rows with too). */
  rules: Readonly<RulesConfig>;
}

/** The note at a file offset: a playbook's note whose block holds it, or the file's one note. */
export function noteAt(data: LintData, offset: number): LintedNote | undefined {
  if (!data.notes) return data;
  let low = 0;
  let high = data.notes.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const note = data.notes[middle] as PlacedNote;
    if (offset < note.start) high = middle - 1;
    else if (offset > note.end) low = middle + 1;
    else return note;
  }
  return undefined;
}

declare module 'vfile' {
  interface DataMap {
    inviteLint: LintData;
  }
}

export function lint(source: string, options: LintOptions = {}): VFile {
  const file = new VFile(options.filePath === undefined ? { value: source } : { path: options.filePath, value: source });
  const place = location(source);
  const point = (offset: number) => {
    const found = place.toPoint(Math.min(offset, source.length));
    return { line: found?.line ?? 1, column: found?.column ?? 1, offset };
  };
  const document = new NoteDocument(source, options.format ?? formatOf(options.filePath));
  const data: LintData = { document, settings: undefined, template: undefined, unparsed: false, rules: options.rules ?? recommended };
  file.data.inviteLint = data;
  const locale = options.locale ?? 'en';
  const say = (message: CoreMessage) => coreMessage(locale, message);
  const problem = (message: CoreMessage, start: number, end: number) => addMessage(file, say(message), { ruleId: null, severity: 2, start: point(start), end: point(end) });
  const stop = (message: CoreMessage, start: number, end: number) => {
    data.unparsed = true;
    problem(message, start, end);
    return file;
  };

  const frontMatter = document.frontMatter;
  const fatal = frontMatter.problems.find((found) => found.fatal);
  if (fatal) return stop(fatal.message, fatal.start, fatal.end);
  for (const found of frontMatter.problems) problem(found.message, found.start, found.end);

  // Copied only when the front matter turns rules off: most notes run the config as given.
  const config = frontMatter.disable.length > 0 ? { ...(options.rules ?? recommended) } : (options.rules ?? recommended);
  const known = knownRules(options.extraRules);
  for (const entry of frontMatter.disable) {
    if (known.has(entry.id)) config[entry.id] = 'off';
    else problem({ id: 'unknownDisable', data: { rule: entry.id } }, entry.start, entry.end);
  }
  data.rules = config;
  const run = { file, config, options, locale, point, problem, known };

  const playbook = document.format === 'md' && options.markdown ? readPlaybook(source, frontMatter.end, options.markdown) : undefined;
  if (playbook?.inParts) {
    for (const found of playbook.problems) problem(found.message, found.start, found.end);
    data.notes = [];
    for (const note of playbook.notes) {
      // Messages sent once they accepted, InMails, e-mails, replies: not invitations, no invitation rules.
      if (note.kind !== 'invitation') continue;
      const linted = lintPlaybookNote(run, note, [options.settings ?? {}, frontMatter.settings, note.settings, options.overrides ?? {}]);
      if (linted) data.notes.push(linted);
    }
  } else {
    const { settings, template } = readNote(run, document, [options.settings ?? {}, frontMatter.settings, options.overrides ?? {}], SAME_PLACE);
    data.settings = settings;
    if (isSyntaxError(template)) return stop(template.message, template.start, template.end);
    data.template = template;
    runRules(run, { document, settings, template }, SAME_PLACE);
  }
  if (options.allowInlineConfig !== false) reportDirectiveProblems(file, document, options.reportUnusedDirectives ?? 'warn', point, say, known);
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return file;
}

/** What linting one note of a file needs from the run. */
interface Run {
  file: VFile;
  config: RulesConfig;
  options: LintOptions;
  locale: Locale;
  point: (offset: number) => { line: number; column: number; offset: number };
  problem: (message: CoreMessage, start: number, end: number) => void;
  /** Every rule this run may name: the built-in ones and the extra ones. */
  known: ReadonlyMap<string, Rule>;
}

// One merged map per set of extra rules: a run passes the same map for every file it lints.
const merged = new WeakMap<ReadonlyMap<string, Rule>, ReadonlyMap<string, Rule>>();

/** The built-in rules, and the extra ones when there are any (most runs have none: no copy). */
function knownRules(extra: ReadonlyMap<string, Rule> | undefined): ReadonlyMap<string, Rule> {
  if (!extra || extra.size === 0) return ruleById;
  let known = merged.get(extra);
  if (!known) {
    known = new Map([...ruleById, ...extra]);
    merged.set(extra, known);
  }
  return known;
}

/**
 * One note of a playbook, linted alone as the text it would be pasted as (so it gets what the
 * same text in a `.txt` file gets), its findings placed on the file's lines.
 */
function lintPlaybookNote(run: Run, note: PlaybookNote, layers: NoteSettings[]): PlacedNote | undefined {
  const { text } = note;
  const document = new NoteDocument(text.text, note.format, { inPlaybook: true });
  const { settings, template } = readNote(run, document, layers, text);
  if (isSyntaxError(template)) {
    // Only this note is unreadable: the rest of the playbook is still linted.
    run.problem(template.message, text.toFile(template.start), text.toFileEnd(template.end));
    return undefined;
  }
  runRules(run, { document, settings, template }, text);
  return { document, settings, template, start: note.start, end: note.end };
}

/** A note's settings and, for a template, its parse; a blank one is reported where the run asks. */
function readNote(run: Run, document: NoteDocument, layers: readonly NoteSettings[], placement: Placement) {
  if (run.options.reportBlank && document.isBlank) {
    const at = placement.toFile(document.body.start);
    run.problem({ id: document.kind === 'template' ? 'blankTemplate' : 'blankNote' }, at, at);
  }
  const settings = resolveSettings(document, layers);
  const template = document.kind === 'template' ? parseTemplate(document.source, document.body, settings.variables) : undefined;
  return { settings, template };
}

/** Run every rule the config turns on over one note, reporting at the file offsets `placement` gives. */
function runRules(run: Run, note: LintedNote & { settings: ResolvedSettings }, placement: Placement): void {
  const { file, config, options, locale } = run;
  const { document, settings, template } = note;
  const templateScope: TemplateScope = { helpers: options.templates?.helpers ?? [], columns: options.templates?.columns };
  let tree: Root | undefined;
  for (const id in config) {
    const setting = config[id];
    const severity = severityOf(setting);
    const rule = run.known.get(id);
    if (severity === 0 || !rule) continue;
    const context: RuleContext<unknown, string> = {
      document,
      settings,
      template,
      templateScope,
      locale,
      options: optionsWithDefaults(rule, setting),
      tree: () => (tree ??= document.tree(settings.language)),
      format: (messageId, data) => formatMessage(rule, locale, messageId, data),
      // The declared language only: guessing one (franc) for every note that gets a suggestion cost a tenth of a lint.
      formatForNote: (messageId, data) => formatMessage(rule, declaredLocale(settings.languages) ?? locale, messageId, data),
      report: (report) => reportFor(file, rule, severity, locale, run.point, placement, report, document.source),
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule that throws on some input must not take the file (or the editor's server) down with it.
      const reason = error instanceof Error ? error.message : String(error);
      const at = run.point(placement.toFile(0));
      addMessage(file, coreMessage(locale, { id: 'ruleFailed', data: { rule: id, detail: reason } }), { ruleId: id, severity: 2, start: at, end: at, url: rule.meta.docs.url || undefined });
    }
  }
}

/** A rule's options: its defaults as they are when the config gives none (rules only read them). */
export function optionsWithDefaults(rule: Rule, setting: RuleSetting | undefined): unknown {
  const given = optionsOf(setting);
  return given ? { ...rule.meta.defaultOptions, ...given } : rule.meta.defaultOptions;
}

/**
 * A rule's report as a message of the file: its offsets (into the note's text) and those of
 * its fix, suggestions and evidence placed in the file. An edit that would span markup the
 * note's text leaves out (a blockquote's `>`) is dropped rather than applied across it.
 */
function reportFor(
  file: VFile,
  rule: Rule,
  severity: 1 | 2,
  locale: Locale,
  point: (offset: number) => { line: number; column: number; offset: number },
  placement: Placement,
  report: Report<string>,
  text: string,
): LintMessage {
  const place = (start: number, end: number) => {
    const fileStart = placement.toFile(start);
    return { start: point(fileStart), end: point(Math.max(fileStart, placement.toFileEnd(end))) };
  };
  const edit = (fix: Fix): Fix | undefined => {
    const range = placement.fileRange(fix.range[0], fix.range[1]);
    return range ? { range, text: fix.text } : undefined;
  };
  // Only a rule that declares itself fixable may offer edits that --fix applies unasked.
  const fix = rule.meta.fixable && report.fix ? edit(report.fix) : undefined;
  const placedSuggestions = report.suggestions?.flatMap((suggestion) => {
    const placed = edit(suggestion.fix);
    return placed ? [{ desc: suggestion.desc, fix: placed }] : [];
  });
  const suggestions = placedSuggestions && placedSuggestions.length > 0 ? placedSuggestions : undefined;
  return addMessage(file, formatMessage(rule, locale, report.messageId, report.data), {
    ruleId: rule.meta.id,
    severity: report.severity ?? severity,
    ...place(report.start, report.end),
    // A plugin rule may have no docs: no link rather than an empty one.
    url: rule.meta.docs.url || undefined,
    messageId: report.messageId,
    actual: report.actual,
    expected: report.expected,
    note: report.note,
    fix,
    suggestions,
    evidence: report.evidence?.map((evidence) => {
      const { start, end } = place(evidence.start, evidence.end);
      return { kind: evidence.kind, text: text.slice(evidence.start, evidence.end), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }),
  });
}

/** The note's declared language when the rules have messages in it (one language applies only when declared). */
function declaredLocale(languages: readonly string[]): Locale | undefined {
  const [language] = languages;
  return languages.length === 1 && isLocale(language) ? language : undefined;
}

function formatMessage(rule: Rule, locale: Locale, messageId: string, data?: Record<string, string | number>): string {
  const template = rule.meta.messages[locale][messageId] ?? rule.meta.messages.en[messageId] ?? messageId;
  return fillSlots(template, data);
}

function reportDirectiveProblems(
  file: VFile,
  document: NoteDocument,
  unused: SeverityName,
  point: (offset: number) => { line: number; column: number; offset: number },
  say: (message: CoreMessage) => string,
  known: ReadonlyMap<string, Rule>,
): void {
  const directives = readDirectives(document);
  if (directives.length === 0) return;
  const unusedSeverity = severityOf(unused);
  for (const problem of applyDirectives(file, directives, new Set(known.keys()))) {
    const at = { start: point(problem.directive.start), end: point(problem.directive.end) };
    const name = `invite-lint-${problem.directive.kind}`;
    if (problem.unknownRule !== undefined) {
      addMessage(file, say({ id: 'directiveUnknown', data: { rule: problem.unknownRule, directive: name } }), { ruleId: null, severity: 2, ...at });
    } else if (unusedSeverity !== 0) {
      const message: CoreMessage = problem.unusedRule ? { id: 'directiveUnusedRule', data: { directive: name, rule: problem.unusedRule } } : { id: 'directiveUnused', data: { directive: name } };
      addMessage(file, say(message), { ruleId: null, severity: unusedSeverity, ...at });
    }
  }
}
