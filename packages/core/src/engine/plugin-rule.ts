import { NO_OPTIONS, type OptionsSchema, type Rule, type RuleContext } from './rule.js';

/**
 * A rule as a plugin may write it: a plain object, nothing to install. Only `meta.messages`
 * and `check` are required; the rest has the defaults of a rule without options or fixes.
 * `messages` is either `{ en: {...}, es?: {...} }` or one flat map of message ids (English).
 */
export interface PluginRule {
  meta: {
    description?: string;
    docs?: { url?: string };
    fixable?: boolean;
    hasSuggestions?: boolean;
    schema?: OptionsSchema;
    defaultOptions?: object;
    messages: { en: Record<string, string>; es?: Record<string, string> } | Record<string, string>;
  };
  // A plugin's options are its own: typed `unknown`, a rule with options could not be given here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  check(context: RuleContext<any, string>): void;
}

/**
 * A plugin's rule as the engine runs it, under its full id (`prefix/rule-id`), or why it cannot
 * be one (English: the config package words the error around it).
 */
export function ruleFromPlugin(id: string, candidate: unknown): Rule | string {
  if (!isObject(candidate)) return 'is not an object with `meta` and `check`';
  const { meta, check } = candidate;
  if (!isObject(meta)) return 'has no `meta` object';
  if (typeof check !== 'function') return 'has no `check(context)` function';
  const messages = localizedMessages(meta.messages);
  if (!messages) return '`meta.messages` must map message ids to text (or be `{ en: {...}, es: {...} }`)';
  const docs = isObject(meta.docs) && typeof meta.docs.url === 'string' ? meta.docs.url : '';
  if (meta.schema !== undefined && !(isObject(meta.schema) && isObject(meta.schema.properties))) return "has a `meta.schema` without `properties` (write { type: 'object', properties: {...}, additionalProperties: false })";
  const schema = (meta.schema ?? NO_OPTIONS.schema) as OptionsSchema;
  return {
    meta: {
      id,
      description: typeof meta.description === 'string' ? meta.description : '',
      docs: { url: docs },
      fixable: meta.fixable === true,
      hasSuggestions: meta.hasSuggestions === true,
      schema,
      defaultOptions: isObject(meta.defaultOptions) ? meta.defaultOptions : {},
      messages,
    },
    check: check as Rule['check'],
  };
}

function localizedMessages(messages: unknown): Rule['meta']['messages'] | undefined {
  if (!isObject(messages)) return undefined;
  if (isTextMap(messages)) return { en: messages, es: {} };
  const { en, es = {} } = messages;
  // A message missing in Spanish falls back to English (see formatMessage in lint.ts).
  return isTextMap(en) && isTextMap(es) ? { en, es } : undefined;
}

function isTextMap(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((text) => typeof text === 'string');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
