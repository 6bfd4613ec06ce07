import { nameWords, type Placeholder } from '../document/placeholders.js';
import { languageData, PLACEHOLDER_ROLES, type PlaceholderRole, type RoleWords } from '../languages/index.js';
import type { Language } from '../settings.js';
import { fold } from './fold.js';

type KnownRole = Exclude<PlaceholderRole, 'free'>;

/** One language set's words, ready to test a word: whole words in a set, starts in a list. */
class WordMatcher {
  readonly #whole = new Set<string>();
  readonly #starts: string[] = [];

  constructor(lists: readonly (RoleWords | undefined)[]) {
    for (const entry of lists.flatMap((list) => list?.words ?? [])) {
      const word = fold(entry);
      if (word.endsWith('*')) this.#starts.push(word.slice(0, -1));
      else this.#whole.add(word);
    }
  }

  matches(word: string): boolean {
    return this.#whole.has(word) || this.#starts.some((start) => word.startsWith(start));
  }
}

interface RoleReader {
  possessives: WordMatcher;
  /** Articles, which may come before the possessive: `[Il tuo nome]`, `[O seu cargo]`. */
  articles: ReadonlySet<string>;
  bothHave: WordMatcher;
  roles: [KnownRole, WordMatcher][];
  known: Map<string, PlaceholderRole>;
}

const readers = new WeakMap<readonly Language[], RoleReader>();
// Distinct names seen in one process (an editor's keystrokes spell many): past this, start over.
const KNOWN_LIMIT = 5000;

function readerFor(languages: readonly Language[]): RoleReader {
  let reader = readers.get(languages);
  if (!reader) {
    // Slots are often named in English inside notes in other languages (`{{firstName}}`, `[Company]`).
    const read = [...new Set<Language>([...languages, 'en'])];
    const data = read.map((language) => languageData[language].placeholders);
    reader = {
      possessives: new WordMatcher(data.map((language) => language.senderPossessives)),
      articles: new Set(read.flatMap((language) => languageData[language].frame.grammar.definiteArticles.map(fold))),
      bothHave: new WordMatcher(data.map((language) => language.bothHave)),
      roles: PLACEHOLDER_ROLES.map((role) => [role, new WordMatcher(data.map((language) => language.roles[role]))]),
      known: new Map(),
    };
    readers.set(languages, reader);
  }
  return reader;
}

/**
 * What a placeholder stands for, read from the words of its name in `languages` (and English).
 * A shared contact wins over everything (`[your mutual connection]`); then a first word that
 * makes it the sender's own (`[Your Company]`); then the roles in PLACEHOLDER_ROLES' order.
 */
export function placeholderRole(placeholder: Pick<Placeholder, 'words' | 'fallback'>, languages: readonly Language[]): PlaceholderRole {
  const reader = readerFor(languages);
  const role = roleOfWords(reader, placeholder.words);
  if (role !== 'free' || placeholder.fallback === undefined) return role;
  // `{{ format | default("article") }}`: a name that says nothing is what its fallback says. The
  // fallback is the note's own text, so its "your" is the reader's: `default("your talk")`.
  const fallback = fold(nameWords(placeholder.fallback))
    .split(' ')
    .filter((word) => word !== '' && !reader.possessives.matches(word));
  return roleOfWords(reader, fallback.join(' '));
}

function roleOfWords(reader: RoleReader, names: string): PlaceholderRole {
  const known = reader.known.get(names);
  if (known) return known;
  const role = readRole(reader, fold(names).split(' ').filter(Boolean));
  if (reader.known.size >= KNOWN_LIMIT) reader.known.clear();
  reader.known.set(names, role);
  return role;
}

/**
 * Roles a shared contact's words may go with and still be that person: `[Name of mutual friend]`,
 * `[mention mutual connection]`, `[when you met our mutual friend]`.
 */
const STILL_A_PERSON: ReadonlySet<PlaceholderRole> = new Set(['person', 'name', 'specific', 'date']);

function readRole(reader: RoleReader, words: readonly string[]): PlaceholderRole {
  if (words.length === 0) return 'free';
  const has = (matcher: WordMatcher) => words.some((word) => matcher.matches(word));
  // PLACEHOLDER_ROLES starts with the shared contact.
  const [sharedContact, ...others] = reader.roles;
  const shared = sharedContact !== undefined && has(sharedContact[1]);
  const other = others.find(([, matcher]) => has(matcher))?.[0];
  // The template's user's own details (`[Your Company]`), unless what they write there is the
  // note's specific detail (`[Your reason for connecting]`).
  const first = words.length > 1 && reader.articles.has(words[0]!) ? words[1]! : words[0]!;
  if (!shared && reader.possessives.matches(first)) return other === 'specific' ? 'specific' : 'sender';
  // "Common" and "shared" make a person in common only of a person (`[common friend]`,
  // `[Shared Contact]`): beside a word for something else they say what both have
  // (`[shared interest]`, `[common background]`).
  const whatBothHave = shared && words.every((word) => !sharedContact[1].matches(word) || reader.bothHave.matches(word));
  if (whatBothHave && other !== undefined && other !== 'person' && other !== 'name') return other;
  // Beside a word no role knows, it is still something both have, not someone: `[shared experience]`.
  if (whatBothHave && other === undefined && words.length > 1) return 'topic';
  if (shared && (other === undefined || STILL_A_PERSON.has(other))) return 'shared-contact';
  // A name's word last, a word for a person right before it: the name is that person's, whatever
  // the words before say of them (`[Class Agent Name]`, `[Event Organizer Name]`).
  if (other !== undefined && other !== 'person' && words.length > 2 && isPersonsName(reader, words)) return 'person';
  return other ?? 'free';
}

function isPersonsName(reader: RoleReader, words: readonly string[]): boolean {
  const matcherOf = (role: KnownRole) => reader.roles.find(([known]) => known === role)?.[1];
  return matcherOf('name')?.matches(words.at(-1)!) === true && matcherOf('person')?.matches(words.at(-2)!) === true;
}
