import { blank, type NoteDocument } from '../document/note-document.js';
import type { Span } from '../document/length.js';
import type { Placeholder } from '../document/placeholders.js';
import type { Language } from '../settings.js';
import { fold } from './fold.js';
import { compileLiteralPhrases, compilePhrases, findPhrases, withShorthand, type PhrasePattern } from './phrase-pattern.js';
import { PhraseUnion, type PhraseFinder } from './phrase-union.js';
import { sentenceSpans } from './sentences.js';
import { placeholderRole } from './placeholder-roles.js';
import { grammarPattern } from './grammar.js';
import { languagesKey } from './languages-key.js';
import { languageData, type FramePhrases, type LanguageData, type PlaceholderRole } from '../languages/index.js';

/**
 * What a phrase list is compiled for: the note's languages, and whether its content holds a
 * chat spelling of one of their words ("thx for ur talk"; see FramePhrases.shorthand). Notes
 * without one, most of them, are matched by the plain lists, which run faster.
 */
export interface PhraseScope {
  languages: readonly Language[];
  chatSpellings: boolean;
}

/**
 * What the judgement rules read from a note: its frame (greeting, sign-off) told apart from
 * its content, the sentences, and where placeholders and capitalised words are. Computed once
 * per document and set of languages, however many rules ask.
 */
export interface Analysis extends PhraseScope {
  document: NoteDocument;
  /** The prose, placeholders spelled as runs of `x` (see NoteDocument.prose). */
  prose: string;
  /** The prose folded (lower case, no accents, straight quotes), offsets unchanged. */
  folded: string;
  greeting: Span | undefined;
  signature: Span | undefined;
  /** The body without greeting and signature. */
  content: Span;
  /** Sentences of the content, clipped to it, in order. */
  sentences: Span[];
  /** The sentence holding `offset`, if any. */
  sentenceAt(offset: number): Span | undefined;
  /** The position in `sentences` of the sentence holding `offset`, or -1. */
  sentenceIndexAt(offset: number): number;
  placeholderAt(offset: number): Placeholder | undefined;
  /** What a placeholder stands for, read in the note's languages. */
  roleOf(placeholder: Placeholder): PlaceholderRole;
  /** The placeholders that start in the content, in order: values filled in, not control tags (`{% if x %}` renders nothing). */
  contentPlaceholders: readonly Placeholder[];
  /**
   * Capitalised words in `span` that may be names: not pronouns, articles or greetings. None in
   * a note written all in capitals ("I WOULD LIKE TO ADD YOU…"), where every word has them.
   */
  capitalisedWords(span: Span): Span[];
  /**
   * Whether capitals mark every noun rather than names: German alone. There only acronyms and
   * brand-like spellings (see isAcronymOrBrand) are taken for names.
   */
  capitalsMarkNouns: boolean;
  /** Whether a word is a pronoun, article, greeting or the like: never a name, whatever its case. */
  isNotName(word: string): boolean;
  /** Whether a word is a given name that speech puts an article before (see FramePhrases.givenNames). */
  isGivenName(word: string): boolean;
  /**
   * Whether the writer gives names no capitals ("hi ana, marco suggested i reach out", "we met at
   * the dbt meetup in berlin. U were great"): capitals then say nothing about names. Worked out
   * when first asked.
   */
  caseless(): boolean;
  /** The words of `span` as folded text. */
  words(span: Span): string[];
}

const cache = new WeakMap<NoteDocument, Map<string, Analysis>>();

/**
 * `find`, computed once per analysis however many rules ask (require-reason looks for the
 * contexts require-context judges, and for the shared contacts require-shared-contact does).
 * Callers only read the result.
 */
export function oncePerAnalysis<Result>(find: (analysis: Analysis) => Result): (analysis: Analysis) => Result {
  const found = new WeakMap<Analysis, Result>();
  return (analysis) => {
    if (!found.has(analysis)) found.set(analysis, find(analysis));
    return found.get(analysis) as Result;
  };
}

/**
 * Compile each language's list once, for a note with chat spellings once more with them (see
 * withShorthand); a note whose language is unclear reads the union of its languages' lists.
 */
export function perLanguage(pick: (data: LanguageData) => readonly string[]) {
  const compiled = new Map<string, PhraseFinder | undefined>();
  const listFor = (languages: readonly Language[], chatSpellings: boolean): PhraseFinder | undefined => {
    const key = `${languagesKey(languages)}${chatSpellings ? '+chat' : ''}`;
    if (!compiled.has(key)) compiled.set(key, languages.length === 1 ? compileFor(languages[0]!, chatSpellings) : unionFor(languages, chatSpellings));
    return compiled.get(key);
  };
  const compileFor = (language: Language, chatSpellings: boolean) => {
    const picked = pick(languageData[language]);
    return compilePhrases(chatSpellings ? picked.map((phrase) => withShorthand(phrase, languageData[language].frame.shorthand)) : picked);
  };
  const unionFor = (languages: readonly Language[], chatSpellings: boolean) => {
    const parts = languages.map((language) => listFor([language], chatSpellings)).filter((part) => part !== undefined);
    return parts.length > 1 ? new PhraseUnion(parts) : parts[0];
  };
  return ({ languages, chatSpellings }: PhraseScope): PhraseFinder | undefined => listFor(languages, chatSpellings);
}

// Every chat spelling of a set of languages, as whole words: whether a note needs the lists that accept them.
const chatSpellingPatterns = new Map<string, PhrasePattern | undefined>();
function holdsChatSpellings(folded: string, span: Span, languages: readonly Language[]): boolean {
  const key = languagesKey(languages);
  if (!chatSpellingPatterns.has(key)) {
    chatSpellingPatterns.set(key, compileLiteralPhrases(languages.flatMap((language) => Object.values(languageData[language].frame.shorthand ?? {}).flat())));
  }
  return findPhrases(chatSpellingPatterns.get(key), folded, span.start, span.end).length > 0;
}

// Longest first: the first alternative that matches is taken, and "buenas" must not cut
// "buenas tardes" short (the rest would be read as the note itself).
const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);
const greetingPattern = perLanguage((data) => longestFirst(data.frame.greetings));
const signOffPattern = perLanguage((data) => longestFirst(data.frame.signOffs));
const mailFooterPattern = perLanguage((data) => data.frame.mailFooters ?? []);
const wordSets = new Map<string, Set<string>>();
function wordSet(languages: readonly Language[], pick: (phrases: FramePhrases) => string[]): Set<string> {
  const key = `${languagesKey(languages)}:${pick.name}`;
  let set = wordSets.get(key);
  if (!set) {
    set = new Set(languages.flatMap((language) => pick(languageData[language].frame)));
    wordSets.set(key, set);
  }
  return set;
}
// A chat spelling of a word that is no name is none either: "q" (que), "u" (you).
const notNamesOf = (phrases: FramePhrases) => [...phrases.notNames, ...phrases.notNames.flatMap((word) => (phrases.shorthand && Object.hasOwn(phrases.shorthand, word) ? phrases.shorthand[word]! : []))];
const nounMarkersOf = (phrases: FramePhrases) => phrases.nounMarkers;
const nameParticlesOf = (phrases: FramePhrases) => phrases.nameParticles ?? [];
const givenNamesOf = (phrases: FramePhrases) => phrases.givenNames ?? [];
const abbreviationsOf = (phrases: FramePhrases) => phrases.abbreviations;
// Written with accents ("señor", "maître"), compared folded.
const addresseesOf = (phrases: FramePhrases) => phrases.addressees.map(fold);

// After an apostrophe only where it elides an article: "d'Aurélie", "l'ESSEC", not "O'Brien"'s second half.
// A capitalised word; a lone capital with a full stop is an initial or an abbreviation's letter
// ("P.S.", "P.D.", "J. Ruiz"), never a detail by itself.
const CAPITALISED = /(?:(?<![\p{L}\p{N}'’])|(?<=(?<![\p{L}\p{N}])[dDlL]['’]))\p{Lu}(?:[\p{L}\p{M}'’-]+|(?!\.))/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
// An elided article in capitals before a word in lower case opens a sentence with a noun ("L'équipe
// de Station F…", "L'azienda"), not a name ("L'Oréal").
const ELIDED_NOUN = /^[DL]['’]\p{Ll}/u;
// A name or a title, a title's feminine or masculine mark included ("Eng.ª", "Dr.ª", "Sr.º").
// A title may carry its feminine ending after the full stop: "Dott.ssa", "Sig.ra".
const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{Ll}{1,3}(?![\p{L}]))?\.?[ªº]?(?:\/\p{Lu}[\p{L}\p{M}]*\.?)?/u;
// A word for the reader in any case ("professor", "there"), a full stop after it ends the greeting.
const ADDRESSEE_TOKEN = /^[\p{L}\p{M}]+(?![\p{L}\p{M}'’-])/u;
// A greeting or title written for either reader: "Sehr geehrte/r", "Prezado(a)", "Caro/a", "geehrte*r".
const EITHER_ENDING = /^(?:\/\p{L}\p{Ll}{0,7}|\(\p{Ll}{1,3}\)|\*\p{Ll}{1,3})(?![\p{L}])/u;
const FRAME_PUNCTUATION = /^[\s,!:;.—–-]*/u;
// A title line's close: a colon or a comma, then the line's end.
const TITLE_LINE_CLOSE = /^[^\S\r\n]*[:,][^\S\r\n]*(?:\r?\n\s*|$)/u;
// A short first line with no sentence's end, then a blank line.
const SUBJECT_LINE = /^[^\n.!?]{1,80}\r?\n[^\S\r\n]*\r?\n\s*/u;
// The same with no blank line, a template's title over its greeting: "Step 1 – connection request\nHi {{first_name}},".
const TITLE_LINE = /^[^\n.!?]{1,80}\r?\n\s*/u;
// A postscript's mark: "P.S.", "PS:", "P.D.".
const POSTSCRIPT_SIGN = String.raw`(?:P\.?\s?S|P\.?\s?D)\.?[:,]?`;
// Punctuation, then up to four capitalised words (a title's abbreviation among them), a closing
// quote, and the end or a postscript on a line of its own: a name that signs off ("…Saludos,\nIng. Ramiro Paz\n\nPD: …").
// (Marks past ASCII as escapes: a bundle writes String.raw's own that way.)
const ONLY_A_NAME_LEFT = new RegExp(String.raw`^[\s,!.:;\u2014\u2013-]*(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*[\s,]*){0,4}[\s"\u201D\u00BB\u2019)\]]*(?:\r?\n\s*${POSTSCRIPT_SIGN}\s[\s\S]*)?$`, 'u');
// How far a greeting phrase reaches: "greetings of the day", "madame la directrice des achats".
const GREETING_REACH = 80;
const DECORATION = /^(?:[\s¡¿]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)*/u;

export function analyse(document: NoteDocument, languages: readonly Language[]): Analysis {
  let byLanguages = cache.get(document);
  if (!byLanguages) {
    byLanguages = new Map();
    cache.set(document, byLanguages);
  }
  const key = languagesKey(languages);
  const known = byLanguages.get(key);
  if (known) return known;

  const { source } = document;
  let { prose } = document;
  const body = document.judged;
  let folded = fold(prose.slice(0, body.end));
  const names = wordSet(languages, notNamesOf);
  const nounMarkers = wordSet(languages, nounMarkersOf);
  const abbreviations = wordSet(languages, abbreviationsOf);
  const readerWords = wordSet(languages, addresseesOf);
  const followsNounMarker = (offset: number) => {
    const previous = /([\p{L}]+)\s+$/u.exec(prose.slice(Math.max(0, offset - 24), offset))?.[1];
    return previous !== undefined && nounMarkers.has(fold(previous));
  };
  const placeholderAt = (offset: number) => spanAt(document.placeholders, offset);
  // A word in capitals is a function word only if every language read says so: in a Spanish note
  // also read as French, «la norma UNE 100713» names a standard, not the article «une».
  const everyLanguageNames = languages.length > 1 ? languages.map((language) => wordSet([language], notNamesOf)) : [names];
  const isNotName = (word: string) => {
    const key = fold(word).replace(/[.'’]s?$/, '');
    return ALL_CAPITALS.test(word) ? everyLanguageNames.every((set) => set.has(key)) : names.has(key);
  };
  // After a word that marks a noun, a spelling with capitals inside is still a name («beim
  // Bosch-Marathon», «bei der IHK»), but not a noun after one letter («im E-Commerce») nor after
  // a word that is never a name («der LinkedIn-Gruppe»).
  const brandAfterMarker = (word: string) => isAcronymOrBrand(word) && !/^\p{Lu}-/u.test(word) && !isNotName(word.split('-')[0]!);
  const givenNames = wordSet(languages, givenNamesOf);
  const isGivenName = (word: string) => givenNames.has(fold(word));
  const titleOpens = (line: string) => {
    const word = ADDRESSEE_TOKEN.exec(line)?.[0];
    return word !== undefined && (readerWords.has(fold(word)) || (line[word.length] === '.' && abbreviations.has(word)));
  };
  const scope: PhraseScope = { languages, chatSpellings: holdsChatSpellings(folded, body, languages) };

  // Greeting: a greeting word, then names, titles or a placeholder, then punctuation.
  let greeting: Span | undefined;
  // Measured on the prose, where comments and template control tags are blanked out.
  let cursor = body.start + (DECORATION.exec(prose.slice(body.start, body.end))?.[0].length ?? 0);
  // Only a greeting right at `at` is wanted: the words just after it are searched, not the note.
  const greetingFrom = (at: number) => {
    let to = Math.min(body.end, at + GREETING_REACH);
    while (to < body.end && /[\p{L}\p{N}]/u.test(folded[to]!)) to++;
    return findPhrases(greetingPattern(scope), folded, at, to)[0];
  };
  // A subject line above the greeting ("Re: Conexión", "Connection request"), a blank line between: frame, not note.
  // Not a first line that is itself the greeting: "Hola Ana, me gustaría añadirte…\nSaludos,".
  const atStart = greetingFrom(cursor);
  const subject = SUBJECT_LINE.exec(prose.slice(cursor, body.end))?.[0].length ?? (atStart?.start === cursor ? undefined : TITLE_LINE.exec(prose.slice(cursor, body.end))?.[0].length);
  const afterSubject = subject === undefined ? undefined : greetingFrom(cursor + subject);
  // Not a greeting with only a name after it to the end: that is the sign-off ("…de LinkedIn 😊\nSaludos,\nAndrés").
  if (subject !== undefined && afterSubject?.start === cursor + subject && !ONLY_A_NAME_LEFT.test(source.slice(afterSubject.end, body.end))) cursor += subject;
  const opening = afterSubject?.start === cursor ? afterSubject : atStart;
  // The names, titles and slots from `from` on: where they end.
  const namesFrom = (from: number) => {
    let end = from;
    for (let tokens = 0; tokens < 5; tokens++) {
      const ending = EITHER_ENDING.exec(source.slice(end, body.end))?.[0].length;
      if (ending !== undefined) {
        end += ending;
        continue;
      }
      const gap = /^[^\S\r\n]*/.exec(source.slice(end))?.[0].length ?? 0;
      const placeholder = placeholderAt(end + gap);
      if (placeholder) {
        end = placeholder.end;
        continue;
      }
      const rest = source.slice(end + gap, body.end);
      const word = ADDRESSEE_TOKEN.exec(rest)?.[0];
      // A title's abbreviation with its full stop, in lower case too where the language writes it
      // so: "Dear Prof. Banerjee,", "Geachte heer prof. dr. De Graaf,"; not one a name goes on
      // from ("Eng.ª Sofia").
      const name = NAME_TOKEN.exec(rest)?.[0];
      const title = word !== undefined && rest[word.length] === '.' && abbreviations.has(word) ? `${word}.` : undefined;
      // A name typed in lower case right after the greeting word, closed by a comma, is the one
      // greeted: "hola lucas, Vi tu perfil." (not a function word: "hey so, I was…").
      const lowerCaseName = tokens === 0 && name === undefined && word !== undefined && /^\p{Ll}/u.test(word) && rest[word.length] === ',' && !isNotName(word) ? word : undefined;
      const token = title !== undefined && (name === undefined || name.length <= title.length) ? title : word !== undefined && readerWords.has(fold(word)) ? word : (name ?? lowerCaseName);
      // A title is no name but belongs to the greeting: "Dear Mr. Smith,", "Hi Ms Lee,", "Dear Professor,".
      if (!token || (token !== word && isNotName(token) && !abbreviations.has(token.replace(/\.$/u, '')))) break;
      end += gap + token.length;
      // "Hola Fernanda. Pablo Ossa me dio tu nombre": a full stop after a name ends the
      // greeting, unless it marks an initial or a title ("J.", "Dr.").
      if (token.endsWith('.') && token.length > 2 && !abbreviations.has(token.slice(0, -1).split('/').at(-1) ?? '')) break;
    }
    return end;
  };
  if (opening && opening.start === cursor) {
    let end = namesFrom(opening.end);
    // "Buenas tardes, Lic. Hernández.": names after a comma too, when punctuation closes them
    // ("Hi, Dana suggested…" keeps Dana in the note), and not after a greeting that is a title
    // itself ("Madame, M. Brunet, que j'ai accompagné…": someone else).
    const comma = /^[^\S\r\n]*,/.exec(source.slice(end, body.end))?.[0].length;
    if (end === opening.end && comma !== undefined && !readerWords.has(folded.slice(opening.start, opening.end))) {
      const afterNames = namesFrom(end + comma);
      const closed = source[afterNames - 1] === '.' || /^(?:[^\S\r\n]*[,.!:;]|[^\S\r\n]*\r?\n|$)/u.test(source.slice(afterNames, body.end));
      if (afterNames > end + comma && closed) end = afterNames;
    }
    end += FRAME_PUNCTUATION.exec(source.slice(end, body.end))?.[0].length ?? 0;
    end += DECORATION.exec(source.slice(end, body.end))?.[0].length ?? 0;
    greeting = { start: cursor, end };
    cursor = end;
  } else if (titleOpens(source.slice(cursor, body.end))) {
    // No greeting word, a title and a name on a line of their own: "Doctora Paula Jaramillo:", "Dr. Lee,".
    const end = namesFrom(cursor);
    const named = /\s\p{Lu}/u.test(source.slice(cursor, end));
    const close = TITLE_LINE_CLOSE.exec(source.slice(end, body.end))?.[0].length;
    // Or the greeting after them: "Profe Ramírez, buenas tardes.". A dash or a colon sets them off as a comma does: "Dr. Hall — your…", "Sr. Vargas: me gustaría…".
    const comma = named && close === undefined ? /^[^\S\r\n]*[,—–:][^\S\r\n]*/u.exec(source.slice(end, body.end))?.[0].length : undefined;
    const greetingAfter = comma === undefined ? undefined : greetingFrom(end + comma);
    if (named && close !== undefined) {
      greeting = { start: cursor, end: end + close };
      cursor = end + close;
    } else if (comma !== undefined && greetingAfter?.start === end + comma) {
      const greetingEnd = greetingAfter.end + (FRAME_PUNCTUATION.exec(source.slice(greetingAfter.end, body.end))?.[0].length ?? 0);
      greeting = { start: cursor, end: greetingEnd };
      cursor = greetingEnd;
    } else if (comma !== undefined) {
      // Or the note right after them, the title and name said to the reader: "Dr. Restrepo, LinkedIn me sugirió su perfil…", "Dr. Hall — our mutual contacts…", "Sr. Vargas: me gustaría…".
      greeting = { start: cursor, end: end + comma };
      cursor = end + comma;
    }
  }

  // A second greeting, a sentence of its own: "Dear Sir,\nGreetings of the day!", "Hi Sandeep, greetings!".
  if (greeting) {
    const again = greetingFrom(cursor);
    const closing = again?.start === cursor ? /^[^\S\r\n]*[.!]+\s*/u.exec(source.slice(again.end, body.end))?.[0].length : undefined;
    if (again && closing !== undefined) {
      cursor = again.end + closing;
      greeting = { start: greeting.start, end: cursor };
    }
  }

  // A title in a signature, a word for the reader or an abbreviation: "tante Ria", "Dr. Ines Varga".
  const isTitle = (word: string) => readerWords.has(fold(word)) || abbreviations.has(word);
  // A postscript after the sign-off ("Best,\nSam\n\nP.S. …") is the note's again: the signature is
  // looked for above it, and read as blank where the content runs on past it to the postscript.
  const signatureIn = (signed: Span) =>
    findSignature(document, signed, folded, cursor, signOffPattern(scope), mailFooterPattern(scope), isNotName, isTitle, wordSet(languages, nameParticlesOf), nameFromWorkplace(languages), placeholderAt);
  let signature = signatureIn(body);
  const postscript = lastPostscript(prose.slice(cursor, body.end));
  // One that only closes ("P.S. Have a great week!") is the signature's already.
  const postscriptAt = postscript && !(signature && signature.start <= cursor + postscript.at) ? cursor + postscript.at : undefined;
  if (postscriptAt !== undefined) signature = signatureIn({ start: body.start, end: postscriptAt - (/\s*$/u.exec(prose.slice(cursor, postscriptAt))?.[0].length ?? 0) });
  const content = { start: cursor, end: postscriptAt === undefined ? (signature?.start ?? body.end) : body.end };
  // The mark itself ("P.S.", "PD:") says nothing, and a signature above it is no part of the note.
  const blanks: readonly Span[] = postscriptAt === undefined ? [] : [{ start: postscriptAt, end: postscriptAt + postscript!.mark }, ...(signature ? [signature] : [])];
  for (const { start, end } of blanks) {
    const spaces = blank(prose.slice(start, end));
    prose = prose.slice(0, start) + spaces + prose.slice(end);
    folded = folded.slice(0, start) + spaces + folded.slice(end);
  }

  const sentences: Span[] = [];
  for (const sentence of sentenceSpans(prose, { start: body.start, end: content.end })) {
    const start = Math.max(sentence.start, content.start);
    if (sentence.end > start && /[\p{L}\p{N}]/u.test(prose.slice(start, sentence.end))) sentences.push({ start, end: sentence.end });
  }

  let caseless: boolean | undefined;
  const contentProse = prose.slice(content.start, content.end);
  const upperCase = !/\p{Ll}/u.test(contentProse) && /\p{Lu}/u.test(contentProse);
  // Every word capitalised ("I'd Like To Add You To My Network"): capitals mark no names, as in upper case.
  let titleCase: boolean | undefined;
  // Every field written out, not spread from `scope`: V8 keeps a literal's shape fast.
  const analysis: Analysis = {
    document,
    languages,
    chatSpellings: scope.chatSpellings,
    prose,
    folded,
    greeting,
    signature,
    content,
    sentences,
    sentenceAt: (offset) => sentences[indexAt(sentences, offset)],
    sentenceIndexAt: (offset) => indexAt(sentences, offset),
    placeholderAt,
    roleOf: (placeholder) => placeholderRole(placeholder, languages),
    // Not the slots of what is blank in the prose, a signature above a postscript: "<sender_name>, <post_nominals>\n\nP.S. …".
    contentPlaceholders: document.placeholders.filter(
      (placeholder) =>
        !placeholder.control &&
        placeholder.start >= content.start &&
        placeholder.start < content.end &&
        !blanks.some((span) => placeholder.start >= span.start && placeholder.start < span.end),
    ),
    isNotName,
    isGivenName,
    capitalsMarkNouns: languages.length === 1 && languages[0] === 'de',
    // A postscript's first word may well be in lower case ("P.S. no rush"): no sign of the writer's habits.
    caseless: () => (caseless ??= namesInLowerCase(prose, body, content, postscriptAt === undefined ? sentences : sentences.filter((sentence) => sentence.start !== postscriptAt), placeholderAt)),
    capitalisedWords(span) {
      const found: Span[] = [];
      if (upperCase || (titleCase ??= isTitleCase(contentProse))) return found;
      CAPITALISED.lastIndex = span.start;
      for (let match = CAPITALISED.exec(prose); match && match.index < span.end; match = CAPITALISED.exec(prose)) {
        const word = match[0];
        if (!isNotName(word) && !ELIDED_NOUN.test(word) && (!followsNounMarker(match.index) || brandAfterMarker(word) || isGivenName(word))) found.push({ start: match.index, end: match.index + word.length });
      }
      return found;
    },
    words(span) {
      return folded.slice(span.start, span.end).match(WORD) ?? [];
    },
  };
  byLanguages.set(key, analysis);
  return analysis;
}

// Regards sent on to someone else, not a closing: «¡Saludos a {{mutual_name}}!», "Greetings to Dana", „Grüße an Jan“.
const SENT_ON = /^[^\S\r\n]+(?:a|al|para|to|an|à|au|aux|aan|ao|aos|às|alla|ai|agli)[^\S\r\n]/u;

// Two capitals or more and no small letter: «UNE», "UN", "LA".
const ALL_CAPITALS = /^\p{Lu}{2,}[^\p{Ll}]*$/u;

// How many words a note in title case has at least, and the share of them capitalised.
const TITLE_CASE_WORDS = 5;
const TITLE_CASE_SHARE = 0.8;

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.length >= TITLE_CASE_WORDS && words.filter((word) => /^\p{Lu}/u.test(word)).length >= words.length * TITLE_CASE_SHARE;
}

/**
 * Whether the writer gives names no capitals: no word but a sentence's first is capitalised, and
 * the content has no capital at all, the note's first word is in lower case ("hey sam, …") or a
 * sentence past the first opens in lower case. A sentence right after "Hi Dana," or "{{name}},"
 * opens in lower case in any note. Acronyms ("QA", "PR") say nothing.
 */
function namesInLowerCase(prose: string, body: Span, content: Span, sentences: readonly Span[], placeholderAt: (offset: number) => Placeholder | undefined): boolean {
  const opening = body.start + (DECORATION.exec(prose.slice(body.start, body.end))?.[0].length ?? 0);
  let inLowerCase = !/\p{Lu}/u.test(prose.slice(content.start, content.end)) || (/\p{Ll}/u.test(prose[opening] ?? '') && !placeholderAt(opening));
  for (const [index, sentence] of sentences.entries()) {
    LETTER.lastIndex = sentence.start;
    let first = LETTER.exec(prose);
    while (first && placeholderAt(first.index)) first = LETTER.exec(prose);
    const firstAt = first && first.index < sentence.end ? first.index : undefined;
    if (index > 0 && firstAt !== undefined && /\p{Ll}/u.test(prose[firstAt]!)) inLowerCase = true;
    TITLE_CASE.lastIndex = sentence.start;
    for (let word = TITLE_CASE.exec(prose); word && word.index < sentence.end; word = TITLE_CASE.exec(prose)) if (word.index !== firstAt) return false;
  }
  return inLowerCase;
}

const LETTER = /\p{L}/gu;
// A word with a capital and a small letter after it: "Ana", "Meetup", not "QA" or "i".
const TITLE_CASE = /(?<![\p{L}\p{N}])\p{Lu}+\p{Ll}/gu;

/**
 * Whether `offset` is where its sentence's words begin: only spaces, punctuation and emoji stand
 * before it ("¡Conectemos!", "🎉 Congrats"), so a capital there is the sentence's, not a name's.
 */
export function opensSentence(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentenceAt(offset);
  return /^[\s\p{P}\p{Extended_Pictographic}]*$/u.test(analysis.prose.slice(sentence?.start ?? offset, offset));
}

/** `SaaS`, `KubeCon`, `AWS`: two capitals in a word, a name even where every noun is capitalised. */
export function isAcronymOrBrand(word: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(word);
}

/** The span of the sorted, non-overlapping `spans` that holds `offset`, by binary search. */
function spanAt<Item extends Span>(spans: readonly Item[], offset: number): Item | undefined {
  return spans[indexAt(spans, offset)];
}

/** Where in `spans` (sorted, apart) the one holding `offset` stands, or -1. */
function indexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as Span;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** One to four capitalised words and nothing else: "Alex Kim", not "Portfolio: [URL]". */
const BARE_NAME = /^\s*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s*$/u;

/**
 * The sign-off block at the end of a note: trailing lines (or a final sentence) that hold only
 * a closing ("Best,", "Un saludo") and names or a placeholder, or only a name ("- Kim").
 */
function findSignature(
  document: NoteDocument,
  body: Span,
  folded: string,
  from: number,
  signOffs: PhraseFinder | undefined,
  mailFooters: PhraseFinder | undefined,
  isNotName: (word: string) => boolean,
  isTitle: (word: string) => boolean,
  nameParticles: ReadonlySet<string>,
  nameFromWorkplace: RegExp,
  placeholderAt: (offset: number) => Placeholder | undefined,
): Span | undefined {
  const { source } = document;
  // "(Retd.)", "(PhD)", "(Ex-Google)": a short aside in brackets, in capitals, beside a name says who,
  // and is no name. Not one that says more ("(Ollie's sister, by the way)", "(via Dana)").
  // Found only when a line is read for names, which most notes never need.
  let asides: Span[] | undefined;
  const inAside = (offset: number) => {
    asides ??= [...source.matchAll(TITLE_ASIDE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    return asides.some((aside) => offset >= aside.start && offset < aside.end);
  };
  // After a closing, a name in lower case too, of two words at most: "lg stefan", "gr. kees".
  const onlyNames = (start: number, end: number, afterClosing = false) => {
    let words = 0;
    let lowerCase = 0;
    let aside = false;
    for (const match of source.slice(start, end).matchAll(/\S+/gu)) {
      // Quotes too: a note quoted whole ends its signature with one ("…God bless you.”").
      const word = match[0].replace(/^[-–—,.!"“”'‘’«»]+|[-–—,.!"“”'‘’«»]+$/gu, '');
      // "De" in "Marco De Luca", "van der" in "Joost van der Linden": inside a name, not a word of the note.
      if (words > 0 && nameParticles.has(word.toLowerCase()) && /^\s*\p{Lu}/u.test(source.slice(start + match.index + match[0].length, end).replace(/^(?:\s+\p{Ll}+)*/u, ''))) continue;
      if (inAside(start + match.index)) {
        aside = true;
        continue;
      }
      if (word === '' || /^\p{Extended_Pictographic}+$/u.test(word)) continue;
      if (placeholderAt(start + match.index)) continue;
      // A title in lower case belongs with the name: "tante Ria", "tia Lurdes".
      if (isTitle(word)) continue;
      if (isNotName(word)) return false;
      if (!/^\p{Lu}/u.test(word)) {
        if (!afterClosing || !/^\p{Ll}+$/u.test(word) || nameParticles.has(word)) return false;
        lowerCase++;
      }
      words++;
    }
    // An aside alone is a note of its own: "(we sat next to each other at DevOpsDays…)".
    return words <= (lowerCase > 0 ? 2 : 4) && (words > 0 || !aside);
  };
  // A name with its job after a comma or a bar: "Mia Lopez, Recruiter", "Ella, Marketing Manager",
  // "Daniela | Growth @ Cuentix".
  const nameLine = (start: number, end: number) => {
    const line = source.slice(start, end);
    const bar = line.search(HEADLINE_SEPARATOR);
    if (bar !== -1) return onlyNames(start, start + bar) && isSignatureLine(line);
    // A name and where they work: "Sam from Brightleaf Solar", "Rick @ Pointline".
    // Not a title's own "de" after the comma: "Rocío, enfermera de UCI".
    const workplace = nameFromWorkplace.exec(line);
    if (workplace && onlyNames(start, start + workplace.index)) return isSignatureLine(line.slice(workplace.index + workplace[0].length), TITLE_WORDS);
    const comma = source.indexOf(',', start);
    if (comma === -1 || comma >= end) return onlyNames(start, end);
    const title = source.slice(comma + 1, end).trim();
    // A company after the title takes a comma of its own: "Jess, Front Office Manager, Hilton Garden Inn".
    return comma > start && onlyNames(start, comma) && title !== '' && !/[.!?]$/u.test(title) && isSignatureLine(title, title.includes(',') ? SIGNATURE_WORDS : TITLE_WORDS);
  };
  const leadOf = (start: number, end: number) => start + (POSTSCRIPT.exec(source.slice(start, end))?.[0].length ?? 0);
  /** The closing phrase that opens `start`…`end`, if one does. */
  const closingAt = (start: number, end: number) => {
    const lead = leadOf(start, end);
    const closing = findPhrases(signOffs, folded, lead, end)[0];
    return closing?.start === lead ? closing : undefined;
  };
  const isClosing = (start: number, end: number) => {
    const lead = leadOf(start, end);
    const dash = /^[-–—]\s*/u.exec(source.slice(lead, end));
    if (dash) return nameLine(lead + dash[0].length, end);
    const closing = closingAt(start, end);
    if (closing === undefined || SENT_ON.test(source.slice(closing.end, end))) return false;
    if (onlyNames(closing.end, end, true)) return true;
    // A name and its headline after the closing: "Cheers, Tara | eXp Realty".
    const nameStart = closing.end + (FRAME_PUNCTUATION.exec(source.slice(closing.end, end))?.[0].length ?? 0);
    return HEADLINE_SEPARATOR.test(source.slice(nameStart, end)) && nameLine(nameStart, end);
  };
  // A closing and its whole signature run into one line: "Best regards, Kevin O'Malley Senior
  // Account Executive | Brightline Logistics": a name of two words first, then a short block.
  const closesWithSignature = (start: number, end: number) => {
    const closing = closingAt(start, end);
    if (!closing) return false;
    const restStart = closing.end + (FRAME_PUNCTUATION.exec(source.slice(closing.end, end))?.[0].length ?? 0);
    const rest = source.slice(restStart, end);
    const name = /^\S+\s+\S+/u.exec(rest);
    return name !== null && onlyNames(restStart, restStart + name[0].length) && isSignatureLine(rest, SIGNATURE_RUN_ON_WORDS, HEADLINE);
  };

  // "Sent from my iPhone" under it all: the signature, if any, ends above it.
  const footer = mailFooterAt(source, folded, from, body.end, mailFooters);
  const end = footer ?? body.end;
  let start: number | undefined;
  let lineEnd = end;
  // A closing with a signature block under it: a name, a title, a company, a phone number.
  const closing = closingAboveSignature(source, from, end, isClosing, isTitle) ?? nameAboveSignature(source, from, end, nameLine);
  if (closing !== undefined) {
    start = closing;
    lineEnd = closing - 1;
  }
  while (lineEnd > from) {
    const lineStart = Math.max(from, source.lastIndexOf('\n', lineEnd - 1) + 1);
    const line = source.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      lineEnd = lineStart - 1;
      continue;
    }
    if (isClosing(lineStart, lineEnd)) {
      start = lineStart;
      lineEnd = lineStart - 1;
      continue;
    }
    const above = source.lastIndexOf('\n', lineStart - 2) + 1;
    const blankAbove = lineStart > from && source.slice(above, lineStart).trim() === '';
    // A name heading a headline, under a blank line or a sentence's end: "Chris Patel | Account Executive, Nimbus";
    // under any line when the headline has three parts or more: "Martina | CEO @ Brota | Forbes 30u30".
    const endsAbove = blankAbove || (lineStart > from && SENTENCE_END.test(source.slice(Math.max(above, from), lineStart - 1)));
    const headline = HEADLINE_SEPARATOR.test(line) && (endsAbove || (lineStart > from && line.split(HEADLINE_SEPARATOR).length >= 3));
    if (start === undefined && headline && nameLine(lineStart, lineEnd)) {
      start = lineStart;
      lineEnd = lineStart - 1;
      continue;
    }
    if (start === undefined && onlyNames(lineStart, lineEnd) && lineStart > from) {
      // A bare name on the last line is a signature if a closing stands above it, or a blank line.
      if (above >= from && above < lineStart - 1 && isClosing(above, lineStart - 1)) {
        start = above;
        lineEnd = above - 1;
        continue;
      }
      // Or if the line above ends a sentence: "…on LinkedIn.\nRita Amaral", the greeting on that line too.
      if (blankAbove || SENTENCE_END.test(source.slice(Math.max(above, from), lineStart - 1))) {
        start = lineStart;
        lineEnd = lineStart - 1;
        continue;
      }
    }
    // A closing sentence at the end of the last line of text: "… on LinkedIn. Thanks!" (with
    // only signature lines, if any, below it).
    const sentenceStart = lastSentenceStart(source, lineStart, lineEnd, isTitle);
    if (sentenceStart !== undefined && (isClosing(sentenceStart, lineEnd) || closesWithSignature(sentenceStart, lineEnd))) start = sentenceStart;
    // A bare name after the last sentence, on its line: "… open to connecting! Alex Kim".
    else if (start === undefined && sentenceStart !== undefined && sentenceStart > from && BARE_NAME.test(source.slice(sentenceStart, lineEnd)) && onlyNames(sentenceStart, lineEnd)) start = sentenceStart;
    break;
  }
  start ??= footer;
  return start === undefined ? undefined : { start, end: body.end };
}

const SENTENCE_END = /[.!?…]\s*$|\p{Extended_Pictographic}\s*$/u;
// A capital alone before a full stop and a name: "A. Russo", "T. Aydin".
const INITIAL = /(?<=(?:^|\s)\p{Lu})\.(?=\s+\p{Lu})/gu;
// After a comma or a dash, a capitalised word's stop before a name, read as a title's where the
// languages list it: "Best regards, Dr. Ana Torres", «Un cordial saludo, Lic. Ana Torres»,
// "introduced via our mutual contact — Prof. Alan Whitfield".
const TITLE_STOP = /(?<=[,—–]\s+)(\p{Lu}\p{L}+)\.(?=\s+\p{Lu})/gu;

/**
 * Where the last lines start when they are all what a mail app or a company adds ("Sent from my
 * iPhone", a confidentiality notice, a "--" rule above them), if they are.
 */
function mailFooterAt(source: string, folded: string, from: number, end: number, mailFooters: PhraseFinder | undefined): number | undefined {
  if (!mailFooters) return undefined;
  let footerStart: number | undefined;
  for (let textEnd = from + source.slice(from, end).trimEnd().length; textEnd > from; textEnd = from + source.slice(from, footerStart).trimEnd().length) {
    const lineStart = source.lastIndexOf('\n', textEnd - 1) + 1;
    if (lineStart <= from) break;
    const line = source.slice(lineStart, textEnd);
    // A dash before it is the mail app's or the sender's, not words of the note: "— Enviado desde mi iPhone".
    const indent = FOOTER_INDENT.exec(line)![0].length;
    const footer = footerStart === undefined || !SIGNATURE_RULE.test(line) ? findPhrases(mailFooters, folded, lineStart + indent, textEnd)[0] : { start: lineStart + indent, end: textEnd };
    if (!footer || footer.start !== lineStart + indent || source.slice(footer.end, textEnd).trim() !== '') break;
    footerStart = lineStart;
  }
  return footerStart;
}

// Up to five words in brackets, each opening with a capital or a digit (or a brand's small letter before one: "eXp"), or "@" or "&" between them: "(Sales @ Pointline)".
const TITLE_ASIDE = /\((?:(?:[\p{Lu}\p{N}]|\p{Ll}\p{Lu})[^\s()]*)(?:\s+(?:(?:[\p{Lu}\p{N}]|\p{Ll}\p{Lu})[^\s()]*|[@&])){0,4}\)/gu;

// Between a name and its workplace, a capitalised name after it: "Sam from Brightleaf Solar".
const nameFromWorkplace = grammarPattern(
  (words) => new RegExp(String.raw`\s+(?:${words((grammar) => [...grammar.originMarkers, ...grammar.workplaceMarkers])}|@)\s+(?=[\p{Lu}\p{N}])`, 'u'),
);

// Spaces and a dash before a footer's words.
const FOOTER_INDENT = /^\s*(?:[-—–]+\s*)?/u;

// The line a mail client puts above a signature: "--", "-- ", "__".
const SIGNATURE_RULE = /^\s*(?:--|—|__+)\s*$/u;

/**
 * Where the last of several sentences on a line starts, if the line holds more than one. An
 * initial's full stop ends no sentence: "… su LinkedIn. Cordiali saluti, A. Russo".
 */
function lastSentenceStart(source: string, lineStart: number, lineEnd: number, isTitle: (word: string) => boolean): number | undefined {
  // An initial's stop, one closing a bracket ("Colonel (Retd.) D. Pike"), an abbreviation's
  // before a comma ("Atte., Claudia Soto") and a title's between a closing and a name ("Un
  // cordial saludo, Lic. Ana Torres") end no sentence.
  const line = source
    .slice(lineStart, lineEnd)
    .replace(INITIAL, '_')
    .replace(/[.](?=[),])/gu, '_')
    .replace(TITLE_STOP, (stop, title: string) => (isTitle(title) ? `${title}_` : stop));
  // The last sentence may close a quote: "…Please help sir. God bless you.”".
  const lastSentence = /(?:[.!?]|\p{Extended_Pictographic}\uFE0F?)\s+(?=[^.!?]*[.!?]?["”’»]?\s*$)/u.exec(line);
  return lastSentence ? lineStart + lastSentence.index + lastSentence[0].length : undefined;
}

// How many short lines a signature block may hold under its closing, and how short they are.
const SIGNATURE_LINES = 8;
const SIGNATURE_LINE = /^[^\n]{0,80}$/u;
const SIGNATURE_WORDS = 8;
// A postcode or a phone number: four digits or more, spaces allowed between groups.
const ADDRESS = /\d{4,}|\d{2,} \d{2,} \d{2,}/u;
// A headline of short parts between bars or dots: "Kevin Marsh | Growth Strategist | kevinmarsh.io",
// as long as LinkedIn lets one be (220 characters), a part as long as a tagline ("Helping SaaS
// companies scale from $1M to $100M ARR").
const HEADLINE_SEPARATOR = /\s[|·•]\s/u;
const HEADLINE = /^[^\n]{0,220}$/u;
const HEADLINE_PART_WORDS = 10;

// Spaces, and a postscript's mark: a postscript that only closes ("P.S. Have a great week!") is a closing.
const POSTSCRIPT = new RegExp(String.raw`^\s*(?:${POSTSCRIPT_SIGN}\s+)?[¡¿]?`, 'iu');
const POSTSCRIPT_MARK = new RegExp(String.raw`^${POSTSCRIPT_SIGN}\s`, 'iu');

// A postscript's mark at the start of a line, past any indent, to the space after it.
const POSTSCRIPT_LINE = new RegExp(String.raw`(?<=^|\n)([^\S\r\n]*)(${POSTSCRIPT_SIGN})(?=\s)`, 'giu');

/** Where the last postscript of `text` starts (its mark, past any indent) and how long the mark is. */
function lastPostscript(text: string): { at: number; mark: number } | undefined {
  let last: { at: number; mark: number } | undefined;
  for (const match of text.matchAll(POSTSCRIPT_LINE)) last = { at: match.index + match[1]!.length, mark: match[2]!.length };
  return last;
}

// How many words a signature run into the closing's line may hold when it is no headline.
const SIGNATURE_RUN_ON_WORDS = 12;

/** Words of a line, dashes and other marks standing alone not counted: "Av. Boa Viagem, 3200 – Sala 1104". */
function wordCount(line: string): number {
  return line.split(/\s+/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}

/**
 * Whether a line below a closing can belong to a signature block: short (`shape`, at most
 * `words` words), or a headline of short parts.
 */
function isSignatureLine(line: string, words = SIGNATURE_WORDS, shape = SIGNATURE_LINE): boolean {
  // A postscript under the signature is more of the note: "P.S. [Mutual Connection] speaks very highly of you!".
  if (/\?$/u.test(line) || POSTSCRIPT_MARK.test(line)) return false;
  if (HEADLINE_SEPARATOR.test(line)) return HEADLINE.test(line) && line.split(HEADLINE_SEPARATOR).every((part) => wordCount(part) <= Math.max(words, HEADLINE_PART_WORDS));
  // An address or a phone number runs longer: "Plot No. 42, Phase II, IDA Jeedimetla, Hyderabad – 500055".
  return shape.test(line) && (wordCount(line) <= words || (ADDRESS.test(line) && !/[.!?]$/u.test(line)));
}

// How many words a job title after a name may hold: "Mia Lopez, Senior Technical Recruiter".
const TITLE_WORDS = 5;

/**
 * The start of a signature block with no closing: under a blank line (or, two lines or more, under
 * a sentence's end), a name (`nameLine`) heading at most SIGNATURE_LINES short lines in all
 * ("Creed Morales\nSales Associate\nNorthwind", "Max Keller, Analyst"), below the note's text.
 */
function nameAboveSignature(source: string, from: number, end: number, nameLine: (start: number, end: number) => boolean): number | undefined {
  let lineEnd = end;
  let top: number | undefined;
  let lines = 0;
  let sentenceAbove = false;
  for (; lineEnd > from && lines < SIGNATURE_LINES; lines++) {
    const lineStart = Math.max(from, source.lastIndexOf('\n', lineEnd - 1) + 1);
    const line = source.slice(lineStart, lineEnd).trim();
    if (line === '') break;
    if (!isSignatureLine(line)) {
      sentenceAbove = SENTENCE_END.test(line);
      break;
    }
    top = lineStart;
    lineEnd = lineStart - 1;
  }
  // Text above, a blank line between (or, for a name and a title under it, the end of a
  // sentence: "…en LinkedIn.\nJuan Carlos Pereira\nPatrón Mayor, Cofradía de Lira"), and a name
  // heading the block.
  if (top === undefined || top <= from) return undefined;
  const blankAbove = source.slice(Math.max(from, source.lastIndexOf('\n', top - 2) + 1), top).trim() === '';
  if (!blankAbove && !(sentenceAbove && lines >= 2)) return undefined;
  const firstEnd = source.indexOf('\n', top);
  return nameLine(top, firstEnd === -1 || firstEnd > end ? end : firstEnd) ? top : undefined;
}

/**
 * The start of a closing line ("Kind regards,", "Atentamente,") under which only a signature
 * block stands: at most SIGNATURE_LINES short lines, none a question.
 */
function closingAboveSignature(
  source: string,
  from: number,
  end: number,
  isClosing: (start: number, end: number) => boolean,
  isTitle: (word: string) => boolean,
): number | undefined {
  let lineEnd = end;
  for (let below = 0; lineEnd > from && below <= SIGNATURE_LINES;) {
    const lineStart = Math.max(from, source.lastIndexOf('\n', lineEnd - 1) + 1);
    const line = source.slice(lineStart, lineEnd).trim();
    if (line !== '') {
      if (isClosing(lineStart, lineEnd)) return below > 0 ? lineStart : undefined;
      // "… on LinkedIn. Kind regards," ending a line of text, the signature on the lines below.
      const sentenceStart = below > 0 ? lastSentenceStart(source, lineStart, lineEnd, isTitle) : undefined;
      if (sentenceStart !== undefined && isClosing(sentenceStart, lineEnd)) return sentenceStart;
      if (!isSignatureLine(line)) return undefined;
      below++;
    }
    lineEnd = lineStart - 1;
  }
  return undefined;
}

/** The analysis a prose rule works on, or undefined when the note is blank (nothing to judge yet). */
export function judge(context: { document: NoteDocument; settings: { languages: readonly Language[] } }): Analysis | undefined {
  if (context.document.isBlank) return undefined;
  return analyse(context.document, context.settings.languages);
}

/** What a note-level finding highlights: the content, or the whole body when there is only a greeting. */
export function findingRange(analysis: Analysis): Span {
  const { content } = analysis;
  return content.end > content.start ? content : analysis.document.body;
}
