import type { NoteDocument } from '../document/note-document.js';
import { detectLanguage, guessLanguage, writtenBesides } from '../language.js';
import {
  ACCOUNT_LIMITS,
  DEFAULT_LIMIT,
  declaredAndWritten,
  phraseLanguages,
  primaryLanguage,
  type Account,
  type Degree,
  type Language,
  type NoteSettings,
  type VariableSpec,
} from '../settings.js';

/** The settings a rule sees: config defaults overridden by the file's front matter (and, in a playbook, by the note's own). */
export interface ResolvedSettings {
  degree: Degree | undefined;
  account: Account | undefined;
  scenario: string | undefined;
  limit: number;
  /** Where the limit came from, so messages can say "the free-account limit". */
  limitSource: 'limit' | 'account' | 'default';
  variables: Record<string, VariableSpec>;
  /** The declared `lang`, as written. */
  lang: string | undefined;
  /** The declared language if invite-lint knows it, else the detected one, else undefined. */
  readonly language: Language | undefined;
  /** The languages whose phrase lists apply: the declared language, else all of them. */
  readonly languages: readonly Language[];
}

/**
 * `layers`, lowest first, each overriding the ones before: the config's defaults, the front
 * matter, a playbook note's own settings, the caller's overrides. `document` is read only when
 * the language must be detected.
 */
export function resolveSettings(document: NoteDocument, layers: readonly NoteSettings[]): ResolvedSettings {
  const declared: NoteSettings = {};
  let variables: Record<string, VariableSpec> = {};
  for (const layer of layers) {
    Object.assign(declared, layer);
    if (layer.variables) variables = { ...variables, ...layer.variables };
  }
  const limitSource = declared.limit !== undefined ? 'limit' : declared.account !== undefined ? 'account' : 'default';
  const limit = declared.limit ?? (declared.account ? ACCOUNT_LIMITS[declared.account] : DEFAULT_LIMIT);
  let language: { value: Language | undefined } | undefined;
  let guessed: { value: Language | undefined } | undefined;
  const languageOf = () => {
    language ??= { value: declared.lang !== undefined ? primaryLanguage(declared.lang) : detectLanguage(document.plainText) };
    return language.value;
  };
  return {
    degree: declared.degree,
    account: declared.account,
    scenario: declared.scenario,
    limit,
    limitSource,
    variables,
    lang: declared.lang,
    get language() {
      return languageOf();
    },
    // Undeclared, the language the note's function words plainly say (guessLanguage answers
    // only then), else every language's lists together. Every language at once makes one
    // language's words another's cues ("a" is a preposition in French, a German note's
    // capitalised nouns look like names): on the labelled sets with their languages withheld,
    // all languages at once cost recall that the guess gives back in full. Declared, its lists,
    // and those of another language the note is written in (see writtenBesides).
    get languages() {
      const written = () => (guessed ??= { value: guessLanguage(document.plainText) }).value;
      if (declared.lang === undefined) return phraseLanguages(written());
      const primary = primaryLanguage(declared.lang);
      // A language with no lists of its own: every language's.
      return primary === undefined ? phraseLanguages(undefined) : declaredAndWritten(primary, writtenBesides(document.plainText, primary));
    },
  };
}
