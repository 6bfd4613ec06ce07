import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { Account, Degree, NoteSettings, VariableSpec } from '../settings.js';

/** Something wrong in the front matter, as offsets into the original source. */
export interface FrontMatterProblem {
  message: string;
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

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

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
      message: 'Front matter opened on line 1 is never closed: add a line with `---` after it.',
      start: 0,
      end: 3,
      fatal: true,
    });
    return result;
  }
  const yamlEnd = yamlStart + closing.index;
  result.end = yamlEnd + closing[0].length;
  const document = parseDocument(source.slice(yamlStart, yamlEnd), { prettyErrors: false, uniqueKeys: true });
  const yamlText = source.slice(yamlStart, yamlEnd);
  for (const error of document.errors) {
    const key = /^[\w$-]+/.exec(yamlText.slice(error.pos[0]))?.[0];
    result.problems.push({
      message:
        error.code === 'DUPLICATE_KEY' && key
          ? `\`${key}\` is declared twice in the front matter: keep one.`
          : `Invalid YAML in front matter: ${firstLine(error.message)}`,
      start: yamlStart + error.pos[0],
      end: yamlStart + Math.max(error.pos[1], error.pos[0] + 1),
      fatal: true,
    });
  }
  if (result.problems.length > 0) return result;
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return result;
  if (!isMap(contents)) {
    result.problems.push(problemAt(contents, yamlStart, 'Front matter must be a list of `key: value` lines.'));
    return result;
  }
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    const problem = (message: string) => result.problems.push(problemAt(value ?? (pair.key as YamlNode), yamlStart, message));
    readKey(key, value, result, problem, yamlStart);
  }
  return result;
}

function readKey(
  key: string,
  node: YamlNode | null,
  result: FrontMatter,
  problem: (message: string) => void,
  yamlStart: number,
): void {
  const value: unknown = node?.toJSON();
  const settings = result.settings;
  switch (key) {
    case 'degree': {
      const degree = Number(value);
      if (degree === 1 || degree === 2 || degree === 3) settings.degree = degree as Degree;
      else problem(`\`degree\` must be 1, 2 or 3, not ${show(value)}.`);
      return;
    }
    case 'lang':
      if (typeof value === 'string' && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value)) settings.lang = value;
      else problem(`\`lang\` must be a language tag such as \`en\` or \`es\`, not ${show(value)}.`);
      return;
    case 'scenario':
      if (typeof value === 'string' && value.length > 0) settings.scenario = value;
      else problem(`\`scenario\` must be a name such as \`event\`, not ${show(value)}.`);
      return;
    case 'account':
      if (value === 'free' || value === 'premium') settings.account = value as Account;
      else problem(`\`account\` must be \`free\` (200 characters) or \`premium\` (300), not ${show(value)}.`);
      return;
    case 'limit':
      if (isPositiveInteger(value)) settings.limit = value;
      else problem(`\`limit\` must be a whole number of characters above 0, not ${show(value)}.`);
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

function readDisable(node: YamlNode | null, result: FrontMatter, problem: (m: string) => void, yamlStart: number) {
  const items = node && 'items' in node && Array.isArray(node.items) ? (node.items as YamlNode[]) : node ? [node] : [];
  for (const item of items) {
    const value = isScalar(item) ? item.value : undefined;
    if (typeof value !== 'string' || value.length === 0) {
      problem('`disable` must be a rule id or a list of rule ids.');
      continue;
    }
    const [start, end] = item.range ?? [0, 0];
    result.disable.push({ id: value, start: yamlStart + start, end: yamlStart + end });
  }
}

function readVariables(value: unknown, settings: NoteSettings, problem: (m: string) => void) {
  if (!isPlainObject(value)) {
    problem('`variables` must map each variable name to its description, maxLength, sample and required.');
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
      problem(`Variable \`${name}\` must be a description or an object with maxLength, sample, required.`);
      continue;
    }
    const spec: VariableSpec = {};
    if (raw.description !== undefined) spec.description = String(raw.description);
    if (raw.sample !== undefined) spec.sample = String(raw.sample);
    if (raw.required !== undefined) {
      if (typeof raw.required === 'boolean') spec.required = raw.required;
      else problem(`\`required\` of variable \`${name}\` must be true or false, not ${show(raw.required)}.`);
    }
    if (raw.maxLength !== undefined) {
      if (isPositiveInteger(raw.maxLength)) spec.maxLength = raw.maxLength;
      else problem(`\`maxLength\` of variable \`${name}\` must be a whole number above 0, not ${show(raw.maxLength)}.`);
    }
    variables[name] = spec;
  }
  settings.variables = variables;
}

function problemAt(node: YamlNode, yamlStart: number, message: string): FrontMatterProblem {
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
