import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { formatOf, NoteDocument, type NoteFormat } from '../document/note-document.js';
import { isSyntaxError, parseTemplate, type TemplateModel } from '../document/template.js';
import { recommended } from '../presets.js';
import { ruleById } from '../rules/index.js';
import type { Locale, NoteSettings } from '../settings.js';
import { coreMessage, type CoreMessage } from './core-messages.js';
import { addMessage, fillSlots, type LintMessage } from './messages.js';
import type { Report, Rule, RuleContext, TemplateScope } from './rule.js';
import { applyDirectives, readDirectives } from './directives.js';
import { optionsOf, severityOf, type RuleSetting, type RulesConfig, type SeverityName } from './rules-config.js';
import { resolveSettings, type ResolvedSettings } from './settings.js';

export interface LintOptions {
  /** Picks the format (`.hbs` is a template) and names the file in messages. */
  filePath?: string;
  /** Overrides the format the file name implies. */
  format?: NoteFormat;
  /** Defaults for what front matter may declare (degree, lang, account, limit, variables). */
  settings?: NoteSettings;
  /** Settings that win over the front matter (generate's --account: the sender's account). */
  overrides?: NoteSettings;
  /** For templates: the helpers they may call and the CSV columns they will be filled from. */
  templates?: Partial<TemplateScope>;
  /** Which rules run, at what severity; `recommended` when absent. */
  rules?: RulesConfig;
  /** How to report a directive that turned off nothing: `warn` unless told. */
  reportUnusedDirectives?: SeverityName;
  /** `false` ignores inline directives, as ESLint's `allowInlineConfig`: for text written by strangers. */
  allowInlineConfig?: boolean;
  /**
   * Report a note or template with nothing after its front matter as an error: where it is
   * about to be checked or sent (the CLI). An editor leaves it off, as every new file starts blank.
   */
  reportBlank?: boolean;
  locale?: Locale;
}

/** What `lint` leaves in `file.data` for callers that show more than messages (hover, status bar). */
export interface LintData {
  document: NoteDocument;
  settings: ResolvedSettings | undefined;
  template: TemplateModel | undefined;
  /** The file could not be parsed: its one message is fatal and no rule ran. */
  unparsed: boolean;
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
  const data: LintData = { document, settings: undefined, template: undefined, unparsed: false };
  file.data.inviteLint = data;
  const locale = options.locale ?? 'en';
  const say = (message: CoreMessage) => coreMessage(locale, message);
  const stop = (message: CoreMessage, start: number, end: number) => {
    data.unparsed = true;
    addMessage(file, say(message), { ruleId: null, severity: 2, start: point(start), end: point(end) });
    return file;
  };

  const frontMatter = document.frontMatter;
  const fatal = frontMatter.problems.find((problem) => problem.fatal);
  if (fatal) return stop(fatal.message, fatal.start, fatal.end);
  for (const problem of frontMatter.problems) {
    addMessage(file, say(problem.message), { ruleId: null, severity: 2, start: point(problem.start), end: point(problem.end) });
  }

  if (options.reportBlank && document.isBlank) {
    const at = point(document.body.start);
    addMessage(file, say({ id: document.kind === 'template' ? 'blankTemplate' : 'blankNote' }), { ruleId: null, severity: 2, start: at, end: at });
  }

  const settings = resolveSettings(document, options.settings, options.overrides);
  data.settings = settings;
  if (document.kind === 'template') {
    const model = parseTemplate(source, document.body, settings.variables);
    if (isSyntaxError(model)) return stop(model.message, model.start, model.end);
    data.template = model;
  }

  // Copied only when the front matter turns rules off: most notes run the config as given.
  const config = frontMatter.disable.length > 0 ? { ...(options.rules ?? recommended) } : (options.rules ?? recommended);
  for (const entry of frontMatter.disable) {
    if (ruleById.has(entry.id)) config[entry.id] = 'off';
    else {
      addMessage(file, say({ id: 'unknownDisable', data: { rule: entry.id } }), {
        ruleId: null,
        severity: 2,
        start: point(entry.start),
        end: point(entry.end),
      });
    }
  }

  const templateScope: TemplateScope = { helpers: options.templates?.helpers ?? [], columns: options.templates?.columns };
  let tree: Root | undefined;
  for (const id in config) {
    const setting = config[id];
    const severity = severityOf(setting);
    const rule = ruleById.get(id);
    if (severity === 0 || !rule) continue;
    const context: RuleContext<unknown, string> = {
      document,
      settings,
      template: data.template,
      templateScope,
      locale,
      options: optionsWithDefaults(rule, setting),
      tree: () => (tree ??= document.tree(settings.language)),
      format: (messageId, data) => formatMessage(rule, locale, messageId, data),
      formatForNote: (messageId, data) => formatMessage(rule, isLocale(settings.language) ? settings.language : locale, messageId, data),
      report: (report) => reportFor(file, rule, severity, locale, point, report, source),
    };
    try {
      rule.check(context);
    } catch (error) {
      // A rule that throws on some input must not take the file (or the editor's server) down with it.
      const reason = error instanceof Error ? error.message : String(error);
      addMessage(file, say({ id: 'ruleFailed', data: { rule: id, detail: reason } }), {
        ruleId: id,
        severity: 2,
        start: point(0),
        end: point(0),
        url: rule.meta.docs.url,
      });
    }
  }
  if (options.allowInlineConfig !== false) reportDirectiveProblems(file, document, options.reportUnusedDirectives ?? 'warn', point, say);
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return file;
}

/** A rule's options: its defaults as they are when the config gives none (rules only read them). */
function optionsWithDefaults(rule: Rule, setting: RuleSetting | undefined): unknown {
  const given = optionsOf(setting);
  return given ? { ...rule.meta.defaultOptions, ...given } : rule.meta.defaultOptions;
}

function reportFor(
  file: VFile,
  rule: Rule,
  severity: 1 | 2,
  locale: Locale,
  point: (offset: number) => { line: number; column: number; offset: number },
  report: Report<string>,
  source: string,
): LintMessage {
  return addMessage(file, formatMessage(rule, locale, report.messageId, report.data), {
    ruleId: rule.meta.id,
    severity: report.severity ?? severity,
    start: point(report.start),
    end: point(report.end),
    url: rule.meta.docs.url,
    messageId: report.messageId,
    actual: report.actual,
    expected: report.expected,
    note: report.note,
    // Only a rule that declares itself fixable may offer edits that --fix applies unasked.
    fix: rule.meta.fixable ? report.fix : undefined,
    suggestions: report.suggestions,
    evidence: report.evidence?.map((evidence) => {
      const start = point(evidence.start);
      const end = point(evidence.end);
      return { kind: evidence.kind, text: source.slice(evidence.start, evidence.end), line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }),
  });
}

function isLocale(language: string | undefined): language is Locale {
  return language === 'en' || language === 'es';
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
): void {
  const directives = readDirectives(document);
  if (directives.length === 0) return;
  const unusedSeverity = severityOf(unused);
  for (const problem of applyDirectives(file, directives, new Set(ruleById.keys()))) {
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
