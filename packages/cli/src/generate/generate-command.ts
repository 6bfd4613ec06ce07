import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ACCOUNT_LIMITS, countCharacters, lint, toLintResult, variableMayBeEmpty, type Account, type Degree, type Locale, type NoteSettings } from '@invite-lint/core';
import { closestColumn, csvText, exportKind, parseColumnMap, readCsvBatches, variableNames, type CsvEvent } from '@invite-lint/csv';
import { compileTemplate, helperSpecs, resolveTemplate, type CompiledTemplate } from '@invite-lint/templates';
import { stylish } from '../formatters/stylish.js';
import type { Io } from '../lint-command.js';
import { UsageError } from '../usage-error.js';
import { fingerprint } from './fingerprint.js';
import { checkRow, statusOf, type RowFinding, type RowRules } from './row-checks.js';
import { Summary } from './summary.js';
import { localeFrom, say } from '../messages.js';
import { openOutput, refuseInputAsOutput, type Output } from '../output.js';
import { csvFileProblem } from '../csv-file.js';
import { readOptionFile } from '../read.js';

export interface GenerateOptions {
  template: string;
  csv: string;
  outputFile?: string;
  format: string;
  account?: Account;
  limit?: number;
  map: string[];
  lang?: string;
  degree?: Degree;
  color: boolean;
  locale?: string;
}

export interface GeneratedRecord {
  row: number;
  status: 'ok' | 'warning' | 'error';
  note: string | null;
  length: number | null;
  findings: RowFinding[];
  url?: string;
}

const NEAR_LIMIT_MARGIN = 10;
const PROGRESS_MIN_BYTES = 1024 * 1024;

/** `invite-lint generate`: one checked note per CSV row, none skipped, none cut. */
export async function generateCommand(options: GenerateOptions, io: Io): Promise<number> {
  if (options.format !== 'jsonl' && options.format !== 'csv') throw new UsageError(`Unknown format "${options.format}". Use jsonl or csv.`);
  const locale = localeFrom(options.locale, undefined, io.env);
  const map = parseOrUsage(() => parseColumnMap(options.map));
  const template = parseOrUsage(() => resolveTemplate(options.template, io.cwd, (path) => readOptionFile('--template', options.template, path, locale)));
  refuseInputAsOutput(options.outputFile, [options.csv, options.template], io, locale);
  const csvPath = resolve(io.cwd, options.csv);

  const batches = readCsvBatches(csvPath)[Symbol.asyncIterator]();
  const next = () => nextBatch(batches, `--csv ${options.csv}`, locale);
  let batch = (await next()) ?? [];
  const first = batch[0];
  if (!first || first.kind !== 'header') throw new UsageError(`${options.csv} has no header line: it needs one (for LinkedIn's export: First Name,Last Name,…).`);
  const header = first.columns;
  // The header may come in a batch of its own: the first row, if any, is in the next one.
  if (batch.length === 1) batch = (await next()) ?? [];
  if (batch.length === 0) throw new UsageError(say(locale, 'noContacts', { file: options.csv }));
  const names = variableNames(header, map);
  const kind = exportKind(header);

  // The template is checked once, with every rule, against the columns it will be filled from.
  const overrides: NoteSettings = {};
  if (options.account) overrides.limit = ACCOUNT_LIMITS[options.account];
  if (options.account) overrides.account = options.account;
  if (options.limit) overrides.limit = options.limit;
  const defaults: NoteSettings = {};
  if (options.lang) defaults.lang = options.lang;
  if (options.degree) defaults.degree = options.degree;
  const file = lint(template.source, { filePath: template.path, settings: defaults, overrides, locale, templates: { helpers: helperSpecs, columns: names }, reportBlank: true });
  const templateResult = toLintResult(file, template.path);
  if (templateResult.messages.length > 0) io.stderr(stylish([templateResult], { cwd: io.cwd, color: options.color, rules: [], version: io.version, locale }));
  const linted = file.data.inviteLint;
  const settings = linted?.settings;
  // A template that does not parse, or an empty one, would give no note worth a row.
  if (!linted || linted.unparsed || !settings || !linted.template || linted.document.isBlank) return 2;
  // Outside the safe subset, Handlebars would refuse the template or some rows: stop before any.
  if (templateResult.messages.some((message) => message.ruleId === 'no-unsafe-template' && message.severity === 2)) {
    io.stderr(`${say(locale, 'unrenderable')}\n`);
    return 2;
  }

  const compiled: CompiledTemplate = compileTemplate(template.source, settings.language ?? 'en', { document: linted.document, model: linted.template });
  const declared = settings.variables;
  const missing = compiled.variables.filter((name) => !names.includes(name));
  const missingRequired = missing.filter((name) => !variableMayBeEmpty(name, declared));
  if (missingRequired.length > 0) {
    const hints = missingRequired.map((name) => {
      const near = closestColumn(name, header);
      return `\`${name}\` (--map "${near ?? 'Your column'}=${name}")`;
    });
    throw new UsageError(`${options.csv} has no column for ${hints.join(', ')}: the template needs it. Add the column or map one to it.`);
  }

  const rules: RowRules = { limit: settings.limit, margin: NEAR_LIMIT_MARGIN, variables: compiled.variables, declared, locale };
  const output = openOutput(options.outputFile, io, locale);
  const writer = options.format === 'csv' ? csvRecordWriter(output, names.includes('url')) : jsonlRecordWriter(output);
  const summary = new Summary(settings.limit, NEAR_LIMIT_MARGIN, locale);
  const progress = await startProgress(io, csvPath);
  const seenUrls = new Map<number, number>();

  for (; batch.length > 0; batch = (await next()) ?? []) {
    const records: GeneratedRecord[] = [];
    for (const event of batch) {
      if (event.kind === 'header') continue;
      const record = event.kind === 'row' ? rowRecord(event, names, header.length, kind, compiled, rules, seenUrls) : unreadRecord(event, rules.locale);
      summary.add(record);
      records.push(record);
    }
    await writer.write(records);
    const last = batch[batch.length - 1];
    if (last && last.kind !== 'header') progress?.update(last.bytes);
  }
  progress?.stop();
  await output.close();

  io.stderr(summary.report({ account: options.account ?? settings.account, templateErrors: templateResult.errorCount }));
  return templateResult.errorCount > 0 || summary.errors > 0 ? 1 : 0;
}

function rowRecord(
  event: Extract<CsvEvent, { kind: 'row' }>,
  names: readonly string[],
  columns: number,
  kind: string,
  compiled: CompiledTemplate,
  rules: RowRules,
  seenUrls: Map<number, number>,
): GeneratedRecord {
  const row: Record<string, string> = Object.create(null);
  names.forEach((name, index) => (row[name] = (event.values[index] ?? '').trim()));
  for (const name of compiled.variables) row[name] ??= '';
  const url = row.url || undefined;
  const result = (status: GeneratedRecord['status'], note: string | null, findings: RowFinding[]): GeneratedRecord => {
    const record: GeneratedRecord = { row: event.row, status, note, length: note === null ? null : countCharacters(note), findings };
    if (url) record.url = url;
    return record;
  };

  if (event.values.length !== columns) {
    const swallowed = event.endLine > event.line ? say(rules.locale, 'swallowed', { from: event.line, to: event.endLine }) : '';
    const message = `${say(rules.locale, 'ragged', { fields: event.values.length, columns })}${swallowed}`;
    return result('error', null, [{ ruleId: 'malformed-row', severity: 2, message }]);
  }
  if (kind === 'connections' && !row.firstName && !row.lastName && !row.url) {
    const message = say(rules.locale, 'hidden');
    return { row: event.row, status: 'error', note: null, length: null, findings: [{ ruleId: 'hidden-profile', severity: 2, message }] };
  }
  let note: string;
  try {
    note = compiled.render(row);
  } catch (error) {
    // Lint keeps templates to what renders; should a row still fail, it is that row's error, not the run's.
    const reason = error instanceof Error ? error.message : String(error);
    return result('error', null, [{ ruleId: 'render-failed', severity: 2, message: say(rules.locale, 'renderFailed', { reason }) }]);
  }
  const findings = checkRow(note, row, rules);
  if (url) {
    const key = fingerprint(url);
    const first = seenUrls.get(key);
    if (first === undefined) seenUrls.set(key, event.row);
    else findings.push({ ruleId: 'duplicate-profile', severity: 1, message: say(rules.locale, 'duplicate', { row: first }) });
  }
  return result(statusOf(findings), note, findings);
}

/** A row that could not be read as its own: no note, an error saying why. */
function unreadRecord(event: Extract<CsvEvent, { kind: 'malformed' | 'runaway' }>, locale: Locale): GeneratedRecord {
  const message =
    event.kind === 'runaway' ? say(locale, 'runaway', { line: event.line, to: event.endLine }) : say(locale, 'malformed', { line: event.line, reason: event.reason });
  return { row: event.row, status: 'error', note: null, length: null, findings: [{ ruleId: 'malformed-row', severity: 2, message }] };
}

async function nextBatch(batches: AsyncIterator<CsvEvent[]>, shownPath: string, locale: Locale): Promise<CsvEvent[] | undefined> {
  try {
    const next = await batches.next();
    return next.done ? undefined : next.value;
  } catch (error) {
    throw csvFileProblem(error, shownPath, locale);
  }
}

function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

interface RecordWriter {
  write(records: readonly GeneratedRecord[]): Promise<void>;
}

function jsonlRecordWriter(output: Output): RecordWriter {
  return {
    async write(records) {
      let text = '';
      for (const record of records) text += `${JSON.stringify(record)}\n`;
      if (text) await output.write(text);
    },
  };
}

function csvRecordWriter(output: Output, withUrl: boolean): RecordWriter {
  const columns = ['row', 'status', 'length', 'note', 'findings', ...(withUrl ? ['url'] : [])];
  let header = true;
  return {
    // A batch at a time, written like any other text: a file that fails is then said the same way.
    async write(records) {
      const rows = records.map((record) => {
        const findings = record.findings.map((finding) => `${finding.ruleId}: ${finding.message}`).join('; ');
        return { ...record, note: record.note ?? '', length: record.length ?? '', findings, url: record.url ?? '' };
      });
      await output.write(csvText(columns, rows, header));
      header = false;
    },
  };
}

/** A progress bar on stderr, for large inputs and only on a terminal. */
async function startProgress(io: Io, path: string): Promise<{ update(bytes: number): void; stop(): void } | undefined> {
  const size = statSync(path).size;
  if (!io.stderrIsTTY || size < PROGRESS_MIN_BYTES) return undefined;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ stream: process.stderr, format: 'generate [{bar}] {percentage}% | {eta_formatted} left', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(size, 0);
  let last = 0;
  return {
    update(bytes) {
      if (bytes - last > size / 200) {
        bar.update(bytes);
        last = bytes;
      }
    },
    stop: () => bar.stop(),
  };
}
