import { ACCOUNT_LIMITS, isLanguageTag, LOCALES } from '@invite-lint/core/internal';
import * as z from 'zod';

/**
 * The cap on any text a call sends (a note, a template, a value): a note is at most 300
 * characters and a template with its front matter a few thousand, so past this it is something
 * else, refused before any work rather than linted for seconds.
 */
export const MAX_TEXT_CHARACTERS = 64 * 1024;
/** The cap on `lint_files`' paths in one call (each may be a folder or a glob). */
export const MAX_PATHS = 100;
const MAX_PATH_CHARACTERS = 4096;

export const text = (description: string) => z.string().max(MAX_TEXT_CHARACTERS).describe(`${description} At most ${MAX_TEXT_CHARACTERS} characters.`);

export const degree = z
  .literal([1, 2, 3])
  .describe('Your relationship degree to the recipient: 1 (already connected: a message, not an invitation), 2 (you have someone in common), 3 (no one in common). Without it the degree rules stay silent.');
export const account = z.enum(['free', 'premium']).describe(`The account you send from: free (${ACCOUNT_LIMITS.free} characters) or premium, Sales Navigator included (${ACCOUNT_LIMITS.premium}).`);
export const limit = z.number().int().min(1).max(MAX_TEXT_CHARACTERS).describe('A character limit of your own, over the account’s.');
export const lang = z
  .string()
  .max(35)
  .refine(isLanguageTag)
  .describe('The language the note is written in, as a tag (en, es, es-MX, …); detected when left out.');
export const locale = z.enum(LOCALES).describe('The language of the messages this call returns; else the server’s (its --locale, LANG or LC_ALL), else English.');
export const paths = z.array(z.string().max(MAX_PATH_CHARACTERS)).min(1).max(MAX_PATHS);

// What the tools return: results pass through as core makes them, so objects allow more fields than listed.
const fix = z.looseObject({ range: z.tuple([z.number(), z.number()]), text: z.string() });

/** One finding, in the JSON formatter's message shape (DESIGN.md). */
export const resultMessage = z.looseObject({
  ruleId: z.string().nullable().describe('The rule that reported it (explain_rule says more), or null for a problem with the text as a whole.'),
  severity: z.literal([1, 2]).describe('1 a warning, 2 an error.'),
  message: z.string(),
  line: z.number(),
  column: z.number(),
  endLine: z.number().optional(),
  endColumn: z.number().optional(),
  fix: fix.optional().describe('A certain fix: replace the UTF-16 offsets `range` of the text with `text`.'),
  suggestions: z.array(z.looseObject({ desc: z.string(), fix })).optional().describe('Possible fixes to offer, not apply blindly: each needs facts only the writer has.'),
});

/** ESLint's result shape for one file, as `invite-lint --format json` prints it. */
export const lintResult = z.looseObject({
  filePath: z.string(),
  messages: z.array(resultMessage),
  errorCount: z.number(),
  warningCount: z.number(),
  fixableErrorCount: z.number(),
  fixableWarningCount: z.number(),
});

/** A tool's schema as `tools/list` publishes it: JSON Schema draft 7, as the SDK's own servers write it. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): { type: 'object'; [key: string]: unknown } {
  return z.toJSONSchema(schema, { target: 'draft-7', io }) as { type: 'object'; [key: string]: unknown };
}
