import type { Locale } from '@invite-lint/core/internal';
import type * as z from 'zod';
import { say, type MessageId } from '../messages.js';
import { nearName } from '../near-name.js';
import { UsageError } from '../usage-error.js';
import { visible } from '../visible.js';

/** How much of a wrong value a message quotes: enough to recognise it, never a whole note. */
const QUOTED = 40;

const TYPE_WORDS: Readonly<Record<string, MessageId>> = {
  string: 'typeString',
  number: 'typeNumber',
  int: 'typeInteger',
  boolean: 'typeBoolean',
  object: 'typeObject',
  record: 'typeObject',
  array: 'typeArray',
  tuple: 'typeArray',
  null: 'typeNull',
};

/**
 * A tool's arguments, parsed with its schema; else a UsageError in the call's locale that says,
 * for the first problem, which argument, what was expected and what came: an agent reads it and
 * tries again, so it must name the fix, not zod's internals.
 */
export function parseArguments<Schema extends z.ZodType>(schema: Schema, args: unknown, locale: Locale): z.infer<Schema> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  // A misspelt argument explains the missing one that follows from it ("txt" for "text"): said first.
  const { issues } = parsed.error;
  const issue = issues.find((found) => found.code === 'unrecognized_keys') ?? issues[0];
  throw new UsageError(issue ? describeIssue(issue, args, locale, schema) : say(locale, 'mcpBadArguments', { detail: parsed.error.message }));
}

function describeIssue(issue: z.core.$ZodIssue, args: unknown, locale: Locale, schema: z.ZodType): string {
  const name = dottedPath(issue.path);
  const value = valueAt(args, issue.path);
  const got = describeValue(value, locale);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWord(issue.expected, locale);
      return value === undefined ? say(locale, 'mcpMissing', { name, expected }) : say(locale, 'mcpWrongType', { name, expected, got });
    }
    case 'invalid_value':
      return say(locale, 'mcpNotOneOf', { name, values: issue.values.map((allowed) => JSON.stringify(allowed)).join(', '), got });
    case 'too_big':
      if (typeof value === 'string') return say(locale, 'mcpTooLong', { name, length: value.length, max: Number(issue.maximum) });
      if (Array.isArray(value)) return say(locale, 'mcpTooMany', { name, count: value.length, max: Number(issue.maximum) });
      return say(locale, 'mcpTooLarge', { name, max: Number(issue.maximum), got });
    case 'too_small':
      return Array.isArray(value) ? say(locale, 'mcpEmpty', { name }) : say(locale, 'mcpTooSmall', { name, min: Number(issue.minimum), got });
    case 'unrecognized_keys': {
      const [unknown = ''] = issue.keys;
      const known = argumentNames(schema);
      const near = nearName(unknown, known);
      const suggestion = near === undefined ? '' : say(locale, 'didYouMean', { name: near });
      return say(locale, 'mcpUnknownArgument', { name: issue.path.length > 0 ? `${name}.${unknown}` : unknown, suggestion, names: known.map((known) => `\`${known}\``).join(', ') });
    }
    case 'custom':
      // The one refinement the schemas use: a language tag (core's isLanguageTag).
      return say(locale, 'mcpNotTag', { name, got });
    default:
      return say(locale, 'mcpBadArguments', { detail: `${name}: ${issue.message}` });
  }
}

/** `values.firstName`, `paths[2]`. */
function dottedPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((dotted, key) => (typeof key === 'number' ? `${dotted}[${key}]` : dotted === '' ? String(key) : `${dotted}.${String(key)}`), '');
}

function valueAt(args: unknown, path: readonly PropertyKey[]): unknown {
  let value = args;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeWord(type: string, locale: Locale): string {
  const id = TYPE_WORDS[type];
  return id ? say(locale, id) : type;
}

/** A wrong value as a message shows it: short values as they came (made visible), others by their type. */
function describeValue(value: unknown, locale: Locale): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return value.length <= QUOTED ? visible(JSON.stringify(value)) : typeWord('string', locale);
  return typeWord(Array.isArray(value) ? 'array' : typeof value, locale);
}

/** The arguments a tool takes, for "this tool takes …". */
function argumentNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
