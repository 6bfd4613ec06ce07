/** What a note or template says about itself (front matter) or what a config gives as defaults. */
export type Degree = 1 | 2 | 3;
export type Account = 'free' | 'premium';

/** The languages invite-lint's own messages, help and docs are written in; the first is the fallback. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The locale a language tag asks for (`es-MX`, `es_ES.UTF-8` → es), or undefined when none is written in it. */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  const language = tag?.toLowerCase().split(/[-_.@]/)[0];
  return isLocale(language) ? language : undefined;
}

/**
 * The locale of messages a POSIX environment asks for: LC_ALL, else LC_MESSAGES, else LANG
 * (`es_ES.UTF-8` → es); the fallback for anything else. Given the variables, so that core stays I/O-free.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return localeOfTag(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? LOCALES[0];
}

/** Languages whose phrase lists and parsers ship with invite-lint. */
export const LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const ACCOUNT_LIMITS: Readonly<Record<Account, number>> = { free: 200, premium: 300 };
export const DEFAULT_LIMIT = ACCOUNT_LIMITS.premium;

export interface VariableSpec {
  description?: string;
  maxLength?: number;
  sample?: string;
  required?: boolean;
}

export interface NoteSettings {
  degree?: Degree | undefined;
  lang?: string | undefined;
  scenario?: string | undefined;
  account?: Account | undefined;
  limit?: number | undefined;
  variables?: Record<string, VariableSpec> | undefined;
}

/**
 * The fields of LinkedIn's Connections.csv export, as template variables. Names are always
 * there; the others are empty for many contacts (LinkedIn leaves Company or Position blank, and
 * e-mail addresses are usually withheld).
 */
export const LINKEDIN_FIELDS: Readonly<Record<string, { mayBeEmpty: boolean }>> = {
  firstName: { mayBeEmpty: false },
  lastName: { mayBeEmpty: false },
  url: { mayBeEmpty: true },
  email: { mayBeEmpty: true },
  company: { mayBeEmpty: true },
  position: { mayBeEmpty: true },
  connectedOn: { mayBeEmpty: false },
};

/** A helper a template may call, as the template library declares it (core has no implementations). */
export interface TemplateHelper {
  name: string;
  /** `fallback`: `{{default company "your team"}}` gives its second argument when the first is empty. */
  role: 'fallback' | 'transform';
}

/**
 * Whether a template variable may be empty in a row: declared variables say so with
 * `required`; otherwise LinkedIn's optional fields may be, and everything else is required.
 */
export function variableMayBeEmpty(name: string, variables: Readonly<Record<string, VariableSpec>>): boolean {
  const spec = Object.hasOwn(variables, name) ? variables[name] : undefined;
  if (spec?.required !== undefined) return !spec.required;
  return Object.hasOwn(LINKEDIN_FIELDS, name) && (LINKEDIN_FIELDS[name]?.mayBeEmpty ?? false);
}

/** A variable's maximum length when nothing declares one (DESIGN.md). */
const DEFAULT_MAX_LENGTHS: Readonly<Record<string, number>> = {
  firstName: 20,
  lastName: 30,
  company: 40,
  position: 60,
};
const FALLBACK_MAX_LENGTH = 40;

export function defaultMaxLength(name: string): number {
  // Own keys only: a variable named `constructor` is no function's length.
  return (Object.hasOwn(DEFAULT_MAX_LENGTHS, name) ? DEFAULT_MAX_LENGTHS[name] : undefined) ?? FALLBACK_MAX_LENGTH;
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

const ONLY = new Map<Language, readonly Language[]>(LANGUAGES.map((language) => [language, [language]]));

/**
 * The languages whose phrase lists apply: the one given, else all. Always the same arrays, so
 * that what is computed per set of languages can be cached by the array itself.
 */
export function phraseLanguages(language: Language | undefined): readonly Language[] {
  return (language && ONLY.get(language)) || LANGUAGES;
}

const PAIRS = new Map<string, readonly Language[]>();

/**
 * The declared language's lists, and those of the language the note's own words plainly say when
 * it is another (`lang: en` over a note written in Portuguese, a folder's default over one Spanish
 * note): the same arrays every time, as phraseLanguages gives.
 */
export function declaredAndWritten(declared: Language, written: Language | undefined): readonly Language[] {
  if (written === undefined || written === declared) return phraseLanguages(declared);
  const key = `${declared}+${written}`;
  let pair = PAIRS.get(key);
  if (!pair) {
    pair = [declared, written];
    PAIRS.set(key, pair);
  }
  return pair;
}

/** What `lang` may hold, in front matter and config alike: a BCP 47-style tag such as `en` or `es-MX`. */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(value);
}

/** `es-MX` → `es`; languages without phrase lists map to undefined. */
export function primaryLanguage(tag: string | undefined): Language | undefined {
  const primary = tag?.split(/[-_]/)[0]?.toLowerCase();
  return primary !== undefined && isLanguage(primary) ? primary : undefined;
}
