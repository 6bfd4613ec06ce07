import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { CoreMessage } from '../engine/core-messages.js';
import { isLanguageTag, type Account, type Degree, type NoteSettings, type VariableSpec } from '../settings.js';

/** Something wrong in the front matter, as offsets into the original source. */
export interface FrontMatterProblem {
  message: CoreMessage;
  start: number;
  end: number;
  /** The file cannot be linted meaningfully (unclosed block, YAML syntax error). */
  fatal: boolean;
}

export interface FrontMatter {
  /** The settings the block declares; keys with invalid values are left out. */
  settings: NoteSettings;
  /** Rule ids listed under `disable`, with their offsets for error reporting. */
  disable: { id: string; start: number; end: number }[];
  /** Offset of the first character after the block (0 when there is none). */
  end: number;
  present: boolean;
  problems: FrontMatterProblem[];
}

/** What a text without front matter declares: nothing. Shared, so never changed. */
export const NO_FRONT_MATTER: FrontMatter = Object.freeze({ settings: {}, disable: [], end: 0, present: false, problems: [] });

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

// An editor re-lints on every keystroke and a folder of notes often repeats one front matter:
// parse each distinct block once. The results are only read, never changed, so they are shared.
// Remembered by size, oldest out first: a template's front matter that declares many variables
// (several kilobytes) is what an editor gains most from not parsing again.
const PARSED_BLOCKS = 200;
const PARSED_CHARACTERS = 1 << 20;
const parsed = new Map<string, FrontMatter>();
let parsedCharacters = 0;

export function readFrontMatter(source: string): FrontMatter {
  const result: FrontMatter = { settings: {}, disable: [], end: 0, present: false, problems: [] };
  const opening = OPENING.exec(source);
  if (!opening) return result;
  result.present = true;
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(source.slice(yamlStart));
  if (!closing) {
    result.end = source.length;
    result.problems.push({
      message: { id: 'frontMatterUnclosed' },
      start: 0,
      end: 3,
      fatal: true,
    });
    return result;
  }
  const yamlEnd = yamlStart + closing.index;
  const end = yamlEnd + closing[0].length;
  const block = source.slice(0, end);
  const known = parsed.get(block);
  if (known) return known;
  result.end = end;
  readBlock(source.slice(yamlStart, yamlEnd), yamlStart, result);
  if (block.length > PARSED_CHARACTERS / 4) return result;
  for (const oldest of parsed.keys()) {
    if (parsed.size < PARSED_BLOCKS && parsedCharacters + block.length <= PARSED_CHARACTERS) break;
    parsed.delete(oldest);
    parsedCharacters -= oldest.length;
  }
  parsed.set(block, result);
  parsedCharacters += block.length;
  return result;
}

function readBlock(yamlText: string, yamlStart: number, result: FrontMatter): void {
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const error of document.errors) {
    const key = /^[\w$-]+/.exec(yamlText.slice(error.pos[0]))?.[0];
    result.problems.push({
      message: error.code === 'DUPLICATE_KEY' && key ? { id: 'frontMatterDuplicate', data: { key } } : { id: 'frontMatterYaml', data: { detail: firstLine(error.message) } },
      start: yamlStart + error.pos[0],
      end: yamlStart + Math.max(error.pos[1], error.pos[0] + 1),
      fatal: true,
    });
  }
  if (result.problems.length > 0) return;
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return;
  if (!isMap(contents)) {
    result.problems.push(problemAt(contents, yamlStart, { id: 'frontMatterNotMap' }));
    return;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    const problem = (message: CoreMessage) => result.problems.push(problemAt(value ?? (pair.key as YamlNode), yamlStart, message));
    readKey(key, value, result, problem, yamlStart);
  }
}

function readKey(
  key: string,
  node: YamlNode | null,
  result: FrontMatter,
  problem: (message: CoreMessage) => void,
  yamlStart: number,
): void {
  const value: unknown = node?.toJSON();
  const settings = result.settings;
  switch (key) {
    case 'degree': {
      const degree = Number(value);
      if (degree === 1 || degree === 2 || degree === 3) settings.degree = degree as Degree;
      else problem({ id: 'degree', data: { value: show(value) } });
      return;
    }
    case 'lang':
      if (isLanguageTag(value)) settings.lang = value;
      else problem({ id: 'lang', data: { value: show(value) } });
      return;
    case 'scenario':
      if (typeof value === 'string' && value.length > 0) settings.scenario = value;
      else problem({ id: 'scenario', data: { value: show(value) } });
      return;
    case 'account':
      if (value === 'free' || value === 'premium') settings.account = value as Account;
      else problem({ id: 'account', data: { value: show(value) } });
      return;
    case 'limit':
      if (isPositiveInteger(value)) settings.limit = value;
      else problem({ id: 'limit', data: { value: show(value) } });
      return;
    case 'disable':
      readDisable(node, result, problem, yamlStart);
      return;
    case 'variables':
      readVariables(value, settings, problem);
      return;
    default:
      // Other keys are the author's own metadata (title, tags, notes): not ours to judge.
      return;
  }
}

function readDisable(node: YamlNode | null, result: FrontMatter, problem: (message: CoreMessage) => void, yamlStart: number) {
  const items = node && 'items' in node && Array.isArray(node.items) ? (node.items as YamlNode[]) : node ? [node] : [];
  for (const item of items) {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value !== 'string' || value.length === 0) {
      problem({ id: 'disable' });
      continue;
    }
    const [start, end] = item.range ?? [0, 0];
    result.disable.push({ id: value, start: yamlStart + start, end: yamlStart + end });
  }
}

function readVariables(value: unknown, settings: NoteSettings, problem: (message: CoreMessage) => void) {
  if (!isPlainObject(value)) {
    problem({ id: 'variables' });
    return;
  }
  const variables: Record<string, VariableSpec> = Object.create(null);
  for (const [name, raw] of Object.entries(value)) {
    if (typeof raw === 'string') {
      variables[name] = { description: raw };
      continue;
    }
    if (raw === null) {
      variables[name] = {};
      continue;
    }
    if (!isPlainObject(raw)) {
      problem({ id: 'variable', data: { name } });
      continue;
    }
    const spec: VariableSpec = {};
    if (raw.description !== undefined) spec.description = String(raw.description);
    if (raw.sample !== undefined) spec.sample = String(raw.sample);
    if (raw.required !== undefined) {
      if (typeof raw.required === 'boolean') spec.required = raw.required;
      else problem({ id: 'variableRequired', data: { name, value: show(raw.required) } });
    }
    if (raw.maxLength !== undefined) {
      if (isPositiveInteger(raw.maxLength)) spec.maxLength = raw.maxLength;
      else problem({ id: 'variableMaxLength', data: { name, value: show(raw.maxLength) } });
    }
    variables[name] = spec;
  }
  settings.variables = variables;
}

function problemAt(node: YamlNode, yamlStart: number, message: CoreMessage): FrontMatterProblem {
  const [start, end] = node.range ?? [0, 0];
  return { message, start: yamlStart + start, end: yamlStart + Math.max(end, start + 1), fatal: false };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : `\`${JSON.stringify(value)}\``;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
