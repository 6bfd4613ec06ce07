import { parse, type AST } from '@handlebars/parser';
import type { CoreMessage } from '../engine/core-messages.js';
import { defaultMaxLength, type VariableSpec } from '../settings.js';
import { countCharacters, offsetAfterCount } from './length.js';
import { scanTemplateTags } from './template-tags.js';

/**
 * A Handlebars template reduced to what its length depends on: literal text, values that
 * vary per contact, and choices between branches (`{{#if}}…{{else}}…{{/if}}`).
 */
export type Segment =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'value'; start: number; end: number; names: string[]; worst: number; sample: number }
  | { kind: 'choice'; start: number; end: number; branches: Segment[][]; sampleBranch: number };

export interface TemplateVariable {
  name: string;
  maxLength: number;
  sampleLength: number;
  declared: boolean;
}

export interface TemplateModel {
  segments: Segment[];
  variables: Map<string, TemplateVariable>;
  /** The Handlebars AST, for rules that check what the template does. */
  program: AST.Program;
  /** A node's place in the original source, as offsets. */
  rangeOf(node: AST.Node): { start: number; end: number };
}

export interface TemplateSyntaxError {
  message: CoreMessage;
  start: number;
  end: number;
}

export type Mode = 'sample' | 'worst';

/** Typical values for LinkedIn export columns, used when a template declares no sample. */
const DEFAULT_SAMPLES: Readonly<Record<string, string>> = {
  firstName: 'María',
  lastName: 'Fernández',
  company: 'Northwind Traders',
  position: 'Head of Data Engineering',
};

const CONDITIONALS = new Set(['if', 'unless']);

export function parseTemplate(
  source: string,
  body: { start: number; end: number },
  declared: Readonly<Record<string, VariableSpec>> | undefined,
): TemplateModel | TemplateSyntaxError {
  const text = source.slice(body.start, body.end);
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const offsetOf = (line: number, column: number) => body.start + (lineStarts[line - 1] ?? text.length) + column;

  const tooDeep = nestingBeyondLimit(text);
  if (tooDeep) return { message: { id: 'templateTooDeep', data: { depth: tooDeep.depth, limit: MAX_NESTING } }, start: body.start + tooDeep.at, end: body.start + tooDeep.at + 2 };

  let program: AST.Program;
  try {
    program = parse(text);
  } catch (error) {
    return syntaxError(error, offsetOf, body);
  }

  const variables = new Map<string, TemplateVariable>();
  const variable = (name: string): TemplateVariable => {
    let known = variables.get(name);
    if (!known) {
      const spec = declared && Object.hasOwn(declared, name) ? declared[name] : undefined;
      const maxLength = spec?.maxLength ?? defaultMaxLength(name);
      const sample = spec?.sample ?? (Object.hasOwn(DEFAULT_SAMPLES, name) ? DEFAULT_SAMPLES[name] : undefined);
      // Without a sample, a typical value is taken to be half the maximum length.
      const sampleLength = sample !== undefined ? countCharacters(sample) : Math.ceil(maxLength / 2);
      known = { name, maxLength, sampleLength, declared: spec !== undefined };
      variables.set(name, known);
    }
    return known;
  };

  const range = (node: AST.Node) => ({
    start: offsetOf(node.loc.start.line, node.loc.start.column),
    end: offsetOf(node.loc.end.line, node.loc.end.column),
  });

  const expression = (node: AST.Expression): { names: string[]; worst: number; sample: number } => {
    switch (node.type) {
      case 'PathExpression': {
        const path = node as AST.PathExpression;
        const known = variable(path.original);
        return { names: [path.original], worst: known.maxLength, sample: known.sampleLength };
      }
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral': {
        const length = countCharacters(String((node as AST.StringLiteral).value));
        return { names: [], worst: length, sample: length };
      }
      case 'SubExpression':
        return call(node as AST.SubExpression);
      default:
        return { names: [], worst: 0, sample: 0 };
    }
  };

  // A helper transforms its arguments (fallback, casing, first name): its output is taken to be
  // as long as its longest argument, and typically as long as its first non-empty one.
  const call = (node: { path: AST.Expression; params: AST.Expression[] }) => {
    if (node.params.length === 0) return expression(node.path);
    const results = node.params.map(expression);
    return {
      names: results.flatMap((result) => result.names),
      worst: Math.max(...results.map((result) => result.worst)),
      sample: results.find((result) => result.sample > 0)?.sample ?? 0,
    };
  };

  const segments = (statements: AST.Statement[]): Segment[] => {
    const out: Segment[] = [];
    for (const statement of statements) {
      switch (statement.type) {
        case 'ContentStatement': {
          const content = statement as AST.ContentStatement;
          if (content.value.length === 0) break;
          const { start } = range(content);
          const valueStart = start + Math.max(0, content.original.indexOf(content.value));
          out.push({ kind: 'text', start: valueStart, end: valueStart + content.value.length });
          break;
        }
        case 'MustacheStatement': {
          const mustache = statement as AST.MustacheStatement;
          out.push({ kind: 'value', ...range(mustache), ...call(mustache) });
          break;
        }
        case 'BlockStatement': {
          const block = statement as AST.BlockStatement;
          for (const param of block.params) expression(param);
          const branches = [segments(block.program?.body ?? []), segments(block.inverse?.body ?? [])];
          out.push({ kind: 'choice', ...range(block), branches, sampleBranch: sampleBranch(block, expression) });
          break;
        }
        default:
          // Comments render nothing; partials and decorators are outside the supported subset.
          break;
      }
    }
    return out;
  };

  return { segments: segments(program.body), variables, program, rangeOf: range };
}

function sampleBranch(
  block: AST.BlockStatement,
  expression: (node: AST.Expression) => { sample: number },
): number {
  const head = (block.path as AST.PathExpression).original;
  const condition = block.params[0];
  if (!CONDITIONALS.has(head) || !condition) return 0;
  const truthy = expression(condition).sample > 0;
  return truthy === (head === 'if') ? 0 : 1;
}

/**
 * How deep blocks and subexpressions may nest. Handlebars' parser takes time that grows faster
 * than the template past a few hundred levels (3,000 nested `{{#if}}` took seconds), and no note
 * needs more than a handful.
 */
const MAX_NESTING = 50;

/** Where blocks (`{{#…}}` … `{{/…}}`) or parentheses inside tags first nest past MAX_NESTING, counted in one pass. */
function nestingBeyondLimit(text: string): { depth: number; at: number } | undefined {
  let blocks = 0;
  let first: number | undefined;
  let deepest = 0;
  for (const tag of scanTemplateTags(text)) {
    if (tag.kind === 'comment') continue;
    if (/^[#^]/.test(tag.inner)) blocks++;
    else if (tag.inner.startsWith('/')) blocks = Math.max(0, blocks - 1);
    let parentheses = 0;
    let widest = 0;
    for (const character of tag.inner) {
      if (character === '(') widest = Math.max(widest, ++parentheses);
      else if (character === ')') parentheses--;
    }
    const depth = Math.max(blocks, widest);
    if (depth > MAX_NESTING && first === undefined) first = tag.start;
    deepest = Math.max(deepest, depth);
  }
  return first === undefined ? undefined : { depth: deepest, at: first };
}

interface ParserFailure {
  message?: string;
  lineNumber?: number;
  column?: number;
  hash?: { token?: string; expected?: string[]; loc?: { first_line: number; first_column: number; last_column: number } };
}

/** Turn the Handlebars parser's grammar-token errors into what went wrong and how to fix it. */
function syntaxError(
  error: unknown,
  offsetOf: (line: number, column: number) => number,
  body: { start: number; end: number },
): TemplateSyntaxError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as ParserFailure;
  const clamp = (offset: number) => Math.max(body.start, Math.min(offset, body.end));
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(failure.message ?? '');
  if (mismatch && failure.lineNumber !== undefined) {
    const start = clamp(offsetOf(failure.lineNumber, failure.column ?? 0));
    const [, opened, closed] = mismatch;
    return { message: { id: 'templateMismatch', data: { opened: opened ?? '', closed: closed ?? '' } }, start, end: clamp(start + 1) };
  }
  const token = failure.hash?.token;
  const expected = failure.hash?.expected ?? [];
  const loc = failure.hash?.loc;
  const start = loc ? clamp(offsetOf(loc.first_line, loc.first_column)) : body.start;
  const end = loc ? clamp(Math.max(offsetOf(loc.first_line, loc.last_column), start + 1)) : clamp(body.start + 1);
  return { message: explainToken(token, expected), start, end };
}

function explainToken(token: string | undefined, expected: readonly string[]): CoreMessage {
  switch (token) {
    case 'EOF':
      return { id: expected.includes("'OPEN_ENDBLOCK'") ? 'templateUnclosedBlock' : 'templateUnclosedTag' };
    case 'INVALID':
      return { id: 'templateInvalid' };
    case 'CLOSE':
      return { id: 'templateEmpty' };
    case 'OPEN_ENDBLOCK':
      return { id: 'templateStrayClose' };
    case 'INVERSE':
    case 'OPEN_INVERSE':
    case 'OPEN_INVERSE_CHAIN':
      return { id: 'templateElse' };
    default:
      return { id: 'templateUnexpected', data: { token: token ? `\`${token.toLowerCase()}\`` : 'text' } };
  }
}

/** Whether a parse failed (undefined, for a note that is no template, is not a failure). */
export function isSyntaxError(model: TemplateModel | TemplateSyntaxError | undefined): model is TemplateSyntaxError {
  return model !== undefined && 'message' in model;
}

export function measure(segments: readonly Segment[], mode: Mode, source: string): number {
  let total = 0;
  for (const segment of segments) total += segmentLength(segment, mode, source);
  return total;
}

function segmentLength(segment: Segment, mode: Mode, source: string): number {
  switch (segment.kind) {
    case 'text':
      return countCharacters(source.slice(segment.start, segment.end));
    case 'value':
      return segment[mode];
    case 'choice':
      return mode === 'sample'
        ? measure(segment.branches[segment.sampleBranch] ?? [], mode, source)
        : Math.max(...segment.branches.map((branch) => measure(branch, mode, source)));
  }
}

/** Where the rendering passes `limit` characters, as a source offset (a value or block is taken whole). */
export function crossing(segments: readonly Segment[], mode: Mode, source: string, limit: number): number | undefined {
  let total = 0;
  for (const segment of segments) {
    const length = segmentLength(segment, mode, source);
    if (total + length > limit) {
      return segment.kind === 'text' ? offsetAfterCount(source, [segment], limit - total) : segment.start;
    }
    total += length;
  }
  return undefined;
}

/** The variables that the worst case renders, longest first. */
export function worstCaseVariables(model: TemplateModel, source: string): TemplateVariable[] {
  const names = new Set<string>();
  const collect = (segments: readonly Segment[]) => {
    for (const segment of segments) {
      if (segment.kind === 'value') for (const name of segment.names) names.add(name);
      if (segment.kind === 'choice') {
        const lengths = segment.branches.map((branch) => measure(branch, 'worst', source));
        collect(segment.branches[lengths.indexOf(Math.max(...lengths))] ?? []);
      }
    }
  };
  collect(model.segments);
  return [...names]
    .map((name) => model.variables.get(name))
    .filter((known): known is TemplateVariable => known !== undefined)
    .sort((a, b) => b.maxLength - a.maxLength);
}
