import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ACCOUNT_LIMITS, countCharacters, type Account, type Degree, type Locale, type NoteSettings } from '@invite-lint/core/internal';
import { exportKind, mapColumns, parseColumnMap, readCsvBatches, type CsvEvent } from '@invite-lint/csv';
import { resolveTemplate, type CompiledTemplate } from '@invite-lint/templates';
import { stylish } from '../formatters/stylish.js';
import type { Io } from '../io.js';
import { UsageError } from '../usage-error.js';
import { FingerprintMap } from './fingerprint-map.js';
import { requireColumns } from './required-columns.js';
import type { GeneratedRecord } from './generated-record.js';
import { checkRow, requiredVariables, rowLengthRules, statusOf, type RowFinding, type RowRules } from './row-checks.js';
import { checkSetValues, parseSetValues } from './set-values.js';
import { Summary } from './summary.js';
import { checkTemplate } from './template-check.js';
import { csvRecordWriter, jsonlRecordWriter } from './writers.js';
import { localeFrom, say } from '../messages.js';
import { openOutput, refuseInputAsOutput } from '../output.js';
import { csvFileProblem } from '../csv-file.js';
import { readOptionFile } from '../read.js';
import { configFor } from '../lint-files.js';
import { ConfigResolver, loadPhraseWords } from '@invite-lint/config';

export interface GenerateOptions {
  template: string;
  csv: string;
  outputFile?: string | undefined;
  format: string;
  account?: Account | undefined;
  limit?: number | undefined;
  map: string[];
  /** `name=value`: one value for every row. */
  set: string[];
  lang?: string | undefined;
  degree?: Degree | undefined;
  color: boolean;
  locale?: string | undefined;
}

const PROGRESS_MIN_BYTES = 1024 * 1024;
// The CSV is read 16 KB at a time, a batch of some 170 rows: a batch and the records made from
// it are held until they are written, and batches of 2,700 rows (256 KB) outlived the young
// generation, which copied and promoted them. 30,000 rows: 0.82-0.87x the time, 300,000 rows:
// 0.81x and a peak of 111 MB instead of 202 MB (8 KB about the same, 32 KB 0.93x).
const CSV_CHUNK_BYTES = 16 * 1024;

/** `invite-lint generate`: one checked note per CSV row, none skipped, none cut. */
export async function generateCommand(options: GenerateOptions, io: Io): Promise<number> {
  if (options.format !== 'jsonl' && options.format !== 'csv') throw new UsageError(`Unknown format "${options.format}". Use jsonl or csv.`);
  const locale = localeFrom(options.locale, undefined, io.env);
  const map = parseOrUsage(() => parseColumnMap(options.map));
  const set = parseSetValues(options.set, locale);
  const template = parseOrUsage(() => resolveTemplate(options.template, io.cwd, (path) => readOptionFile('--template', options.template, path, locale)));
  refuseInputAsOutput(options.outputFile, [options.csv, options.template], io, locale);
  const csvPath = resolve(io.cwd, options.csv);
  loadPhraseWords();

  const batches = readCsvBatches(csvPath, { chunkBytes: CSV_CHUNK_BYTES })[Symbol.asyncIterator]();
  const next = () => nextBatch(batches, `--csv ${options.csv}`, locale);
  let batch = (await next()) ?? [];
  const first = batch[0];
  if (!first || first.kind !== 'header') throw new UsageError(`${options.csv} has no header line: it needs one (for LinkedIn's export: First Name,Last Name,…).`);
  const header = first.columns;
  // The header may come in a batch of its own: the first row, if any, is in the next one.
  if (batch.length === 1) batch = (await next()) ?? [];
  if (batch.length === 0) throw new UsageError(say(locale, 'noContacts', { file: options.csv }));
  const { names, mapped } = mapColumns(header, map);
  const kind = exportKind(header);

  // The project's config applies as lint applies it to the template's file (a library template
  // as a .hbs file in the working folder): its settings under the flags, its rules and their
  // options for the template and for every row.
  const configPath = template.libraryId === undefined ? template.path : resolve(io.cwd, 'template.hbs');
  const config = await configFor(new ConfigResolver({ cwd: io.cwd, ignorePatterns: [], trustJs: true }), configPath);

  // The template is checked once, with every rule, against the columns it will be filled from.
  const overrides: NoteSettings = {};
  if (options.account) overrides.limit = ACCOUNT_LIMITS[options.account];
  if (options.account) overrides.account = options.account;
  if (options.limit) overrides.limit = options.limit;
  const defaults: NoteSettings = { ...config.settings };
  if (options.lang) defaults.lang = options.lang;
  if (options.degree) defaults.degree = options.degree;
  const checked = checkTemplate(template.source, template.path, { defaults, overrides, locale, columns: [...names, ...set.keys()], rules: config.rules, extraRules: config.extraRules });
  const templateResult = checked.result;
  if (templateResult.messages.length > 0) io.stderr(stylish([templateResult], { cwd: io.cwd, color: options.color, rules: [], version: io.version, locale }));
  if (!checked.renderable) {
    // Outside the safe subset, Handlebars would refuse the template or some rows: stop before any.
    if (checked.why === 'unsafe') io.stderr(`${say(locale, 'unrenderable')}\n`);
    return 2;
  }
  const { compiled, settings } = checked;
  const lengthRules = rowLengthRules(checked.rules);
  const declared = settings.variables;
  const setWarnings = checkSetValues(set, compiled.variables, declared, locale);
  requireColumns(options.csv, header, names, { variables: compiled.variables, declared }, set, locale);
  for (const warning of setWarnings) io.stderr(`invite-lint generate: ${warning}\n`);
  // Whose connections these are decides their degree, which the file cannot say: said once, before the rows.
  if (kind === 'connections') io.stderr(`invite-lint generate: ${say(locale, 'connectionsNotice', { file: options.csv })}\n`);

  // Every row has the same fields, in the same order: an empty one shows them.
  const fields = Object.keys(rowValues([], names, set, compiled.variables));
  const rules: RowRules = { ...lengthRules, limit: settings.limit, variables: compiled.variables, required: requiredVariables(compiled.variables, declared), fields, locale };
  const output = openOutput(options.outputFile, io, locale);
  const writer = options.format === 'csv' ? csvRecordWriter(output, header) : jsonlRecordWriter(output);
  const summary = new Summary(settings.limit, lengthRules.margin, locale);
  const progress = await startProgress(io, csvPath);
  const seenUrls = new FingerprintMap();

  const context: RowContext = { names, columns: header.length, kind, compiled, rules, set, seenUrls };
  for (; batch.length > 0; batch = (await next()) ?? []) {
    const records: GeneratedRecord[] = [];
    const events: CsvEvent[] = [];
    for (const event of batch) {
      if (event.kind === 'header') continue;
      const record = event.kind === 'row' ? rowRecord(event, context) : unreadRecord(event, rules.locale);
      summary.add(record);
      records.push(record);
      events.push(event);
    }
    await writer.write(records, events);
    const last = batch[batch.length - 1];
    if (last && last.kind !== 'header') progress?.update(last.bytes);
  }
  progress?.stop();
  await output.close();

  io.stderr(summary.report({ account: options.account ?? settings.account, templateErrors: templateResult.errorCount, mapped: mapped.filter(({ variable }) => compiled.variables.includes(variable)) }));
  return templateResult.errorCount > 0 || summary.errors > 0 ? 1 : 0;
}

/** What every row is made with. */
interface RowContext {
  /** The variable each column fills. */
  names: readonly string[];
  /** How many fields the header has. */
  columns: number;
  kind: string;
  compiled: CompiledTemplate;
  rules: RowRules;
  /** `--set` values, over any column of the same name. */
  set: ReadonlyMap<string, string>;
  /** The first row of each profile URL seen so far. */
  seenUrls: FingerprintMap;
}

function rowRecord(event: Extract<CsvEvent, { kind: 'row' }>, { names, columns, kind, compiled, rules, set, seenUrls }: RowContext): GeneratedRecord {
  const { values } = event;
  const row = rowValues(values, names, set, compiled.variables);
  const url = row.url || undefined;

  if (values.length !== columns) {
    const swallowed = event.endLine > event.line ? say(rules.locale, 'swallowed', { from: event.line, to: event.endLine }) : '';
    const message = `${say(rules.locale, 'ragged', { fields: values.length, columns })}${swallowed}`;
    return generatedRecord(event.row, 'error', null, [{ ruleId: 'malformed-row', severity: 2, message }], url);
  }
  if (kind === 'connections' && !row.firstName && !row.lastName && !url) {
    const message = say(rules.locale, 'hidden');
    return { row: event.row, status: 'error', note: null, length: null, findings: [{ ruleId: 'hidden-profile', severity: 2, message }] };
  }
  let note: string;
  try {
    note = compiled.render(row);
  } catch (error) {
    // Lint keeps templates to what renders; should a row still fail, it is that row's error, not the run's.
    const reason = error instanceof Error ? error.message : String(error);
    return generatedRecord(event.row, 'error', null, [{ ruleId: 'render-failed', severity: 2, message: say(rules.locale, 'renderFailed', { reason }) }], url);
  }
  const length = countCharacters(note);
  const findings = checkRow(note, length, row, rules);
  if (url) {
    const first = seenUrls.keepFirst(url, event.row);
    if (first !== undefined) findings.push({ ruleId: 'duplicate-profile', severity: 1, message: say(rules.locale, 'duplicate', { row: first }) });
  }
  return generatedRecord(event.row, statusOf(findings), note, findings, url, length);
}

/**
 * The values a row's note is made with: a record without a prototype, every variable in it.
 * Made as an empty object whose prototype is then taken away, before any field: V8 keeps such
 * an object's fields in place (every row alike), where `Object.create(null)` gives each row a
 * dictionary to look its fields up in, which the template, the checks and the writer all do.
 */
function rowValues(values: readonly string[], names: readonly string[], set: ReadonlyMap<string, string>, variables: readonly string[]): Record<string, string> {
  const row = Object.setPrototypeOf({}, null) as Record<string, string>;
  for (let index = 0; index < names.length; index++) row[names[index] as string] = (values[index] ?? '').trim();
  if (set.size > 0) for (const [name, value] of set) row[name] = value;
  for (const name of variables) row[name] ??= '';
  return row;
}

/** A row's record; its URL, when it has one, last (a record's fields keep this order in JSONL). */
function generatedRecord(row: number, status: GeneratedRecord['status'], note: string | null, findings: RowFinding[], url: string | undefined, length: number | null = null): GeneratedRecord {
  const record: GeneratedRecord = { row, status, note, length, findings };
  if (url) record.url = url;
  return record;
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
