import { ASIDE, findCues, findEitherSide, SPACES, wordsBetween } from './cues.js';
import { oncePerAnalysis, opensSentence, perLanguage, type Analysis } from './index.js';
import { grammarPattern, spacesOrWord, wordEndingText } from './grammar.js';
import { findPhrases } from './phrase-pattern.js';
import { fold } from './fold.js';
import { spanContains, spansOverlap, type Span } from '../document/length.js';
import type { PlaceholderRole } from '../languages/index.js';

const referredBy = perLanguage((data) => data.sharedContact.referredBy);
const knownThrough = perLanguage((data) => [...data.sharedContact.inCommon, ...data.sharedContact.knownThrough]);
const inCommon = perLanguage((data) => data.sharedContact.inCommon);
const countInCommon = perLanguage((data) => data.sharedContact.countInCommon);
const placedAt = perLanguage((data) => data.sharedContact.placedAt ?? []);
const referrerPronouns = perLanguage((data) => data.sharedContact.referrerPronouns ?? []);
const referrerCompanions = perLanguage((data) => data.sharedContact.referrerCompanions ?? []);
const signedThrough = perLanguage((data) => data.sharedContact.signedThrough ?? []);

/** "12 connections in common", "23 relations en commun": how many, never who. Found once per analysis. */
export const findConnectionCounts = oncePerAnalysis((analysis): readonly Span[] =>
  findPhrases(countInCommon(analysis), analysis.folded, analysis.content.start, analysis.content.end),
);

/** "a mutual friend", "contactos en común": someone both know, named or not. */
export function findPeopleInCommon(analysis: Analysis): Span[] {
  return findPhrases(inCommon(analysis), analysis.folded, analysis.content.start, analysis.content.end);
}

// A slot beside a cue that may hold the person in common ("{{x}} suggested…", "through [Contact]"):
// not the recipient's name, the sender's own details, a company or any other fact.
const PERSON_ROLES: ReadonlySet<PlaceholderRole> = new Set(['shared-contact', 'person', 'free']);

// How far from its cue a name may stand: "Alejandro Ruiz, con quien coincidí en BBVA, me sugirió"
// before a referral; within the three words after a mutual cue ("our mutual friend, Dana Lee").
const NAME_BEFORE = 120;

/** A capital joined to others by "+" or "&": a department or a company ("I+D", "R&D", "P&G"), not someone's name. */
function inJoinedAcronym(prose: string, word: Span): boolean {
  return /^[+&]\p{Lu}/u.test(prose.slice(word.end, word.end + 2)) || /\p{Lu}[+&]$/u.test(prose.slice(Math.max(0, word.start - 2), word.start));
}

// Between the sender's word and their handle: a space, after a contraction's tail ("I'm @lena").
const SENDER_THEN_SPACE = /^(?:['’]\p{L}{1,2})?[^\S\r\n]+$/u;

// A name that owns what follows is someone's, not a place: "at Nadia's birthday".
const POSSESSIVE = /['’]s(?!\p{L})/u;

// A word that opens a clause of what was said, in the languages the rules read.
const clauseOpens = grammarPattern((words) => new RegExp(String.raw`(?<![\p{L}\p{N}'’])(?:${words((grammar) => grammar.clauseOpeners)})(?![\p{L}\p{N}])`, 'iu'));

// The three words after a cue, past an aside in brackets: "nos presentó (de pasada, en una cena) Raquel Ibáñez".
const FOLLOWING_WORDS = new RegExp(String.raw`^(?:(?:[^\p{L}\p{N}(]|${ASIDE.source}|\()*[\p{L}\p{N}'’.-]+){0,3}`, 'u');

// What a referral was about, right before a capitalised word after it: "me sugirió escribirle acerca del
// Festival El Ojo", "suggested I write to you about the Lisbon Summit". A topic, not who.
const topicBefore = grammarPattern(
  (words) =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${words((grammar) => grammar.topicMarkers)})(?:[^\S\r\n]+(?:${words((grammar) => grammar.definiteArticles)}))?[^\S\r\n]+(?:\p{Lu}[\p{L}\p{M}'’-]*[^\S\r\n]+)*$`,
      'u',
    ),
);

// Spaces and the capitalised words of a name before it, with the small words and articles between them: how a place's name runs on ("St Thomas'", "the Rotary Club of Enugu", «en el Colegio Notarial»).
const placeNameRun = grammarPattern((words) => new RegExp(String.raw`^(?:[^\S\r\n]+(?:\p{Lu}[^\s,;:.!?]*|${words((grammar) => [...grammar.nameJoiners, ...grammar.definiteArticles])}))*[^\S\r\n]+$`, 'u'));

export interface SharedContactFinding extends Span {
  how: 'placeholder' | 'mention' | 'named-referral';
}

interface Cue extends Span {
  sentence: Span;
  /** Where a name must stand to be the shared contact. */
  window: Span;
  /** Which end of the window touches the cue: a name stands right before a referral, right after a mutual cue. */
  side: 'before' | 'after';
}

function cuesIn(analysis: Analysis): Cue[] {
  const { folded, content } = analysis;
  const cues: Cue[] = [];
  const sentenceOf = (offset: number) => analysis.sentenceAt(offset);
  for (const match of findPhrases(referredBy(analysis), folded, content.start, content.end)) {
    const sentence = sentenceOf(match.start);
    if (sentence) cues.push({ ...match, sentence, window: { start: Math.max(sentence.start, match.start - NAME_BEFORE), end: match.start }, side: 'before' });
  }
  for (const match of findPhrases(knownThrough(analysis), folded, content.start, content.end)) {
    const sentence = sentenceOf(match.start);
    if (!sentence) continue;
    const words = FOLLOWING_WORDS.exec(analysis.prose.slice(match.end, sentence.end))?.[0] ?? '';
    // After "que", "that" (not in an aside), what was said begins: "me contó que en Codelco…" names no teller.
    const following = words.slice(0, clauseOpens(analysis.languages).exec(words.replace(ASIDE, (aside) => ' '.repeat(aside.length)))?.index ?? words.length);
    cues.push({ ...match, sentence, window: { start: match.end, end: match.end + following.length }, side: 'after' });
  }
  // A referral's verb after the cue ends its window: "a mutual friend told me Kestrel Bio is…"
  // names no one after "told me", what was said begins there.
  const verbs = cues.filter((cue) => cue.side === 'before');
  return cues.map((cue) => {
    if (cue.side !== 'after') return cue;
    const verb = verbs.find((other) => other.start >= cue.window.start && other.start < cue.window.end);
    return verb ? { ...cue, window: { start: cue.window.start, end: verb.start } } : cue;
  });
}

// Between "in" and a word of a place's name: nothing, or an article, the name's words before it or both ("en el Zambrano Hellion", "at the Royal Free",
// "in San Antonio", «en el eShow México»: a brand's small first letter too).
const articleAfterLocative = grammarPattern(
  (words) => new RegExp(String.raw`^[^\S\r\n]+(?:(?:${words((grammar) => grammar.definiteArticles)})[^\S\r\n]+)?(?:(?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}\p{M}'’&-]*[^\S\r\n]+)*$`, 'u'),
);

/** Where the note names a person both know: a placeholder for them, an @mention, or a name beside a referral. */
export const findSharedContacts = oncePerAnalysis((analysis): readonly SharedContactFinding[] => {
  const { content } = analysis;
  const found: SharedContactFinding[] = [];
  // "{{ contactos_comunes }} contactos en común" holds how many, not who.
  const counts = findConnectionCounts(analysis);
  const isCount = (placeholder: Span) => counts.some((count) => spanContains(count, placeholder));
  for (const placeholder of analysis.contentPlaceholders) {
    if (analysis.roleOf(placeholder) === 'shared-contact' && !isCount(placeholder)) found.push({ start: placeholder.start, end: placeholder.end, how: 'placeholder' });
  }
  // Not the sender's own handle: "I'm @lena_builds from Buildspace", «soy @nico_dev».
  let senders: readonly Span[] | undefined;
  const isSenders = (start: number) => (senders ??= findCues(analysis, 'sender')).some((cue) => cue.end <= start && SENDER_THEN_SPACE.test(analysis.prose.slice(cue.end, start)));
  for (const match of analysis.prose.slice(content.start, content.end).matchAll(/(?<![\p{L}\p{N}.])@\p{L}[\p{L}\p{M}.'’-]*/gu)) {
    const start = content.start + match.index;
    if (!isSenders(start) && !mentionsNoPerson(analysis, start)) found.push({ start, end: start + match[0].length, how: 'mention' });
  }
  const cues = cuesIn(analysis);
  // "a colleague of yours at St Thomas' suggested": the capitalised words (or the slot) right after
  // are where that person is. Looked for only when a word or a slot beside a cue asks.
  let places: readonly Span[] | undefined;
  const isPlace = (word: Span) =>
    (places ??= findPhrases(placedAt(analysis), analysis.folded, content.start, content.end)).some(
      (place) => place.end <= word.start && placeNameRun(analysis.languages).test(analysis.prose.slice(place.end, word.start)),
    );
  // Before a referral, a name right after "in" or "at" is where, not who: "…a charity in Oaxaca, and a friend we share told me…"
  // (but "at Nadia's birthday" is someone's). Not after "a", Portuguese's article before a name: "a Bruna comentou…".
  const locatives = cues.some((cue) => cue.side === 'before') ? findCues(analysis, 'locative').filter((locative) => locative.end - locative.start > 1) : [];
  const isPlacedBefore = (cue: Cue, word: Span) =>
    cue.side === 'before' &&
    !POSSESSIVE.test(analysis.prose.slice(word.start, word.end + 2)) &&
    locatives.some((locative) => locative.end <= word.start && articleAfterLocative(analysis.languages).test(analysis.prose.slice(locative.end, word.start)));
  // "…at GDG Sevilla; un amigo mutuo me dijo que te escribiera": the one who referred is the
  // unnamed person right before the referral, not a capitalised word further back.
  const unnamedReferrers = cues.some((cue) => cue.side === 'before') ? findPeopleInCommon(analysis) : [];
  const referredByUnnamed = (cue: Cue) => cue.side === 'before' && unnamedReferrers.some((mutual) => mutual.end <= cue.start && /^\s*$/u.test(analysis.prose.slice(mutual.end, cue.start)));
  for (const cue of cues) {
    if (referredByUnnamed(cue)) continue;
    const capitalised = withoutGroupNames(analysis, analysis.capitalisedWords(cue.window))
      .filter(
        (word) =>
          !isAcronym(analysis.prose.slice(word.start, word.end)) &&
          !inJoinedAcronym(analysis.prose, word) &&
          !isPlace(word) &&
          !isPlacedBefore(cue, word) &&
          !(cue.side === 'after' && topicBefore(analysis.languages).test(analysis.prose.slice(cue.end, word.start))) &&
          !(analysis.capitalsMarkNouns && nounAfterAdjective(analysis, cue, word)),
      );
    const names =
      capitalised.length > 0 ? capitalised
      : analysis.caseless() ? (cue.side === 'before' ? lowerCaseBefore(analysis, cue) : lowerCaseAfter(analysis, cue, cues))
      : cue.side === 'before' ? lowerCaseOpening(analysis, cue)
      : [];
    // Right after "our shared connection" a name slot is that person: "Onze gedeelde connectie [naam] vertelde…";
    // and so is one that opens a referral's sentence, its subject, not someone addressed: "[Name] aus Ihrem Einkauf meinte, dass Sie…", not "[Vorname], Lena meinte…".
    const isPersonRole = (placeholder: Span, role: PlaceholderRole) =>
      PERSON_ROLES.has(role) || (role === 'name' && (cue.side === 'after' || (SENTENCE_OPENING.test(analysis.prose.slice(cue.sentence.start, placeholder.start)) && !ADDRESSED.test(analysis.prose.slice(placeholder.end)))));
    const slots = analysis.contentPlaceholders.filter(
      (placeholder) => spanContains(cue.window, placeholder) && isPersonRole(placeholder, analysis.roleOf(placeholder)) && !isCount(placeholder) && !isPlace(placeholder),
    );
    // After how many are in common, a name is said to be one of them ("23 in common, including
    // Dana Lee"); past a dash or a comma the note goes on ("23 gemeinsame Kontakte – Zeit, dass…").
    const afterCount = cue.side === 'after' && counts.some((count) => spansOverlap(count, cue));
    const first =
      [...names, ...slots].filter((name) => !afterCount || !/[,;:.!?—–]/u.test(analysis.prose.slice(cue.end, name.start))).sort((a, b) => a.start - b.start)[0] ??
      (cue.side === 'before' ? nameBeforePronoun(analysis, cue, isPlace, isSenders) : undefined);
    if (!first) continue;
    // The whole name: "Pedro Alonso", "María José Lozano", not just its first word.
    let end = first.end;
    for (const next of names) if (next.start > end && /^\s+$/u.test(analysis.prose.slice(end, next.start))) end = next.end;
    found.push({ start: first.start, end, how: 'named-referral' });
  }
  found.push(...namedInSignature(analysis));
  return found;
});

// A way of sending, not a person: "— Ines (via LinkedIn)", "sent via Superhuman".
const MEANS = /^(?:LinkedIn|Google|Gmail|Outlook|Calendly|Zoom|Teams|Slack|WhatsApp|Telegram|Superhuman|Sales Navigator|Lemlist|Apollo|Email|E-mail|Mail|iPhone|Android|Mobile)(?![\p{L}\p{N}])/iu;

// Right after the signature's "via": a capitalised name of up to three words, or a handle.
const SIGNED_NAME = /^[^\S\r\n]+(?:@\p{L}[\p{L}\p{M}.'’-]*|\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\r\n]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;

/**
 * Who put the two in touch, named in the signature after the sender's name: "— Ines, via Tomás",
 * "Owen Blake (intro via Harriet Cole)", «— Sergio, vía Raquel». The signature is no part of
 * the note's content, which the other cues read.
 */
function namedInSignature(analysis: Analysis): SharedContactFinding[] {
  const { signature } = analysis;
  if (!signature) return [];
  // Read from the document: above a postscript, the analysis blanks the signature out.
  const signed = analysis.document.prose.slice(signature.start, signature.end);
  const found: SharedContactFinding[] = [];
  for (const cue of findPhrases(signedThrough(analysis), fold(signed))) {
    const name = SIGNED_NAME.exec(signed.slice(cue.end));
    if (!name || isAcronym(name[0].trim()) || MEANS.test(name[0].trim())) continue;
    const start = signature.start + cue.end + name[0].length - name[0].trimStart().length;
    found.push({ start, end: signature.start + cue.end + name[0].length, how: 'named-referral' });
  }
  return found;
}

/**
 * The capitalised words but the runs that name a group by the people in it: "the Product Guild
 * folks said…", "the Acme team recommended…" (a word for people right after the run, not after
 * someone's: "Karen Holt's team").
 */
function withoutGroupNames(analysis: Analysis, words: readonly Span[]): readonly Span[] {
  if (words.length === 0 || peopleWords(analysis).length === 0) return words;
  const kept: Span[] = [];
  for (let first = 0; first < words.length;) {
    let last = first;
    while (last + 1 < words.length && SPACES.test(analysis.prose.slice(words[last]!.end, words[last + 1]!.start))) last++;
    const end = words[last]!.end;
    // Someone's people are that someone's: "Karen Holt's team", "(Sven's friend)".
    const group = !POSSESSIVE.test(analysis.prose.slice(end - 2, end + 2)) && peopleWordAfter(analysis, end);
    if (!group) kept.push(...words.slice(first, last + 1));
    first = last + 1;
  }
  return kept;
}

/** The words for people ("team", "friend", "engineers"), not the determiners their list holds too. */
const peopleWords = oncePerAnalysis((analysis): readonly Span[] =>
  findCues(analysis, 'personNoun').filter((cue) => !determiner(analysis.languages).test(analysis.folded.slice(cue.start, cue.end))),
);

/** Whether a word for people stands right after `end`: a group named by its people ("the Acme team"), a company's people by its slot ("{{company}} teams"). */
export function peopleWordAfter(analysis: Analysis, end: number): boolean {
  return peopleWords(analysis).some((cue) => cue.start > end && SPACES.test(analysis.prose.slice(end, cue.start)));
}

// Articles, indefinites and possessives, which the people words list as what stands before them ("a friend", "my manager").
const determiner = grammarPattern((words) => new RegExp(String.raw`^(?:${words((grammar) => [...grammar.definiteArticles, ...grammar.indefinites, ...grammar.possessives])})$`, 'u'));

/**
 * An @mention that is a workplace's, not a person's: after "at" («en»), "a recruiter at
 * @Deloitte", or a slot for something else, "folks at @{{company}}", "founder @[Your Company]".
 */
function mentionsNoPerson(analysis: Analysis, at: number): boolean {
  const slot = analysis.placeholderAt(at + 1);
  if (slot) return !MENTIONED_PEOPLE.has(analysis.roleOf(slot));
  return workplaceBefore(analysis.languages).test(analysis.prose.slice(Math.max(analysis.content.start, at - 12), at));
}

// The slots an @mention may name a person with.
const MENTIONED_PEOPLE: ReadonlySet<PlaceholderRole> = new Set(['shared-contact', 'person', 'name', 'free']);
const workplaceBefore = wordEndingText((grammar) => grammar.workplaceMarkers);

// Between a word for doing something with someone and their name: a space, or an article as
// colloquial Spanish puts before a name («jugaba al fútbol con el Pato»).
const spaceOrArticle = spacesOrWord((grammar) => grammar.nameArticles, 'u');

/**
 * A referral said by a pronoun ("… She mentioned you're hiring"), or opening its sentence with
 * the pronoun dropped («… Me dijo que necesitas…»), stands for the person the sentence before
 * opens with: "Dana Ruiz and I go back to our time at Ardent.", "My friend Dana
 * Ruiz runs the Leeds depot.", or names right after a word for doing something with them ("I
 * worked with Dana Ruiz at Ardent."). Not a place or an event further on ("We met at KubeCon.
 * She said…"), nor the sender's own name («Soy Olga. Me dijeron que…» names no one).
 */
function nameBeforePronoun(analysis: Analysis, cue: Cue, isPlace: (word: Span) => boolean, isSenders: (start: number) => boolean): Span | undefined {
  const { folded, prose } = analysis;
  // With the subject after the verb instead («Me contó un amigo que…») it is someone else.
  const dropped = SENTENCE_OPENING.test(prose.slice(cue.sentence.start, cue.start)) && !subjectAfter(analysis.languages).test(prose.slice(cue.end, cue.sentence.end));
  if (!dropped) {
    const pronoun = findPhrases(referrerPronouns(analysis), folded, cue.sentence.start, cue.start).at(-1);
    if (!pronoun || !/^\s*$/u.test(prose.slice(pronoun.end, cue.start))) return undefined;
  }
  const index = analysis.sentenceIndexAt(cue.start);
  const before = index > 0 ? analysis.sentences[index - 1] : undefined;
  if (!before || before.start < analysis.content.start) return undefined;
  const names = analysis.capitalisedWords(before).filter((word) => !isAcronym(prose.slice(word.start, word.end)) && !isPlace(word));
  // After the sender's own name, the next one in that sentence: «Soy Lucas, el que reemplazó a Sebastián en…».
  const introduced = names[0] !== undefined && isSenders(names[0].start);
  const name = introduced ? names[1] : names[0];
  if (!name) return undefined;
  // Further in, only right after a word for doing something together: "I worked with Dana Ruiz…".
  const accompanied = () => findPhrases(referrerCompanions(analysis), folded, before.start, name.start).some((companion) => spaceOrArticle(analysis.languages).test(prose.slice(companion.end, name.start)));
  if (!introduced && wordsBetween(analysis, before.start, name.start) > OPENING_WORDS && !accompanied()) return undefined;
  // "At KubeCon, Dana told me…": a place, not who.
  return findCues(analysis, 'locative').some((locative) => locative.end <= name.start && /^\s*$/u.test(prose.slice(locative.end, name.start))) ? undefined : name;
}

// A referral's subject after its verb: an article or a word for someone, before "que"/"that".
const subjectAfter = grammarPattern(
  (words) =>
    new RegExp(
      String.raw`^[^\S\r\n]+(?:${words((grammar) => [...grammar.indefinites, ...grammar.definiteArticles, ...grammar.possessives, ...grammar.someone])})(?![\p{L}])`,
      'iu',
    ),
);

// Nothing before a referral in its sentence but marks that open one.
const SENTENCE_OPENING = /^[\s¡¿"'“«(]*$/u;

// A comma, a dash or a colon right after a name: whom the sentence addresses ("[Name] - saw your profile…").
const ADDRESSED = /^[^\S\r\n]*[,:!—–-]/u;

// "My friend Dana Ruiz": the words a sentence may open with before its subject's name.
const OPENING_WORDS = 2;

/**
 * Where capitals mark every noun (German), a capitalised word right after a word in lower case, in
 * the cue's window, is a noun with its adjective ("…gemeinsame Kontakte – höchste Zeit"), not a
 * name; but a given name is one («der Flo vom Rudern»), and so is a genitive right before the
 * referral's word for that person, a name's only («ich bin Amelies Schwester»).
 */
function nounAfterAdjective(analysis: Analysis, cue: Cue, word: Span): boolean {
  const { prose } = analysis;
  if (analysis.isGivenName(prose.slice(word.start, word.end))) return false;
  if (cue.side === 'before' && /^s[^\S\r\n]+$/u.test(prose.slice(word.end - 1, cue.start))) return false;
  return /(?<!\p{L})\p{Ll}[\p{L}-]*[^\S\r\n]+$/u.test(prose.slice(cue.window.start, word.start));
}

/**
 * "IA", "CTO", "CFOs", "CAD-based": what a referral cue may stand beside ("gracias a una IA privada",
 * "through CAD-based defect detection", "I work with CFOs and thought your perspective would…") without it being a person.
 */
function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,}(?:s?$|-)/u.test(word);
}

/**
 * In a note whose names have no capitals, the words right after a cue that takes a name, up to a
 * break or a word that is no name: "my old flatmate jonas says…", "amiga d bea de la uni", "ur bro
 * luis 😍". Not after "a mutual friend" or "en común,": the next word is as likely
 * the note going on ("…en común, conectemos!").
 */
function lowerCaseAfter(analysis: Analysis, cue: Cue, cues: readonly Cue[]): Span[] {
  if (findPeopleInCommon(analysis).some((mutual) => spansOverlap(mutual, cue))) return [];
  const people = findCues(analysis, 'personNoun');
  const referrals = cues.filter((other) => other.side === 'before');
  const name: Span[] = [];
  let reached = cue.end;
  for (const match of analysis.prose.slice(cue.end, cue.sentence.end).matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const word = { start: cue.end + match.index, end: cue.end + match.index + match[0].length };
    if (name.length === LOWER_CASE_NAME_WORDS || !SPACES.test(analysis.prose.slice(reached, word.start))) break;
    if (analysis.isNotName(match[0]) || [...people, ...referrals].some((other) => spansOverlap(other, word))) break;
    // A slot is read by its role, not as a name: "ambos trabajamos con {empresa}" names no one.
    if (analysis.placeholderAt(word.start)) break;
    name.push(word);
    reached = word.end;
  }
  return name;
}

// A parenthesis closing right before the referral.
const ASIDE_AT_END = /\s*\([^()]*\)\s*$/u;

/**
 * In a note typed in a hurry (a chat spelling in it) that has capitals elsewhere, a name in lower
 * case that opens the referral's sentence (or the note's content), nothing but its own words
 * before the referral: "hey Mike, jess from the climbing gym said ur running ops at Ridgeline".
 * Not in a careful note, where a sentence going on in lower case after the greeting opens with a
 * word, not a name ("Hallo Herr Wagner, wie bereits angekündigt…").
 */
function lowerCaseOpening(analysis: Analysis, cue: Cue): Span[] {
  if (!analysis.chatSpellings || /\p{Lu}/u.test(analysis.prose.slice(cue.window.start, cue.start))) return [];
  return lowerCaseBefore(analysis, cue).filter((name) => name.start === analysis.content.start || opensSentence(analysis, name.start));
}

// How many words a name written in lower case may have: "marco bellini", "maría josé lozano".
const LOWER_CASE_NAME_WORDS = 3;

/**
 * In a note written all in lower case, the words just before a referral that are neither
 * function words nor words for people ("a friend", "my manager"): "hi ana, marco bellini suggested…".
 */
function lowerCaseBefore(analysis: Analysis, cue: Cue): Span[] {
  const people = findCues(analysis, 'personNoun');
  // An aside between the name and the referral is the name's: "irene (trabajamos juntas en n26) me dijo".
  const windowText = analysis.prose.slice(cue.window.start, cue.window.end);
  const windowEnd = cue.window.start + (ASIDE_AT_END.exec(windowText)?.index ?? windowText.length);
  const words = [...windowText.slice(0, windowEnd - cue.window.start).matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)].map((match) => ({
    start: cue.window.start + match.index,
    end: cue.window.start + match.index + match[0].length,
  }));
  words.reverse();
  const name: Span[] = [];
  // The name runs up to the referral, or to a full stop before it ("soy amigo de kike moreno.
  // me dijo…"); after a comma a clause, not a name, stands before it ("…saw your profile,
  // thought we should connect").
  // Not a slot's stand-in letters: a slot beside a referral is read by its role ("[Their Company] was recommended to us").
  const isNameWord = (word: Span) => !people.some((noun) => spanContains(noun, word)) && !analysis.isNotName(analysis.prose.slice(word.start, word.end)) && analysis.placeholderAt(word.start) === undefined;
  const spaced = (word: Span, next: number) => /^[.!?]?\s*$/u.test(analysis.prose.slice(word.end, next));
  let next = windowEnd;
  for (const [index, word] of words.entries()) {
    if (name.length === LOWER_CASE_NAME_WORDS || !spaced(word, next)) break;
    const owned = name.length > 0 && findEitherSide(analysis).some((owner) => spanContains(owner, word));
    if (owned || (name.length > 0 && determiner(analysis.languages).test(analysis.prose.slice(word.start, word.end).toLowerCase()))) {
      // What is someone's own, or a place, is no name: the name stands before where they are from
      // ("kev from my running club told me", "jess from the climbing gym said"), if anyone's does
      // ("someone in our alumni group mentioned…").
      const [preposition, person] = [words[index + 1], words[index + 2]];
      if (preposition && person && spaced(preposition, word.start) && spaced(person, preposition.start) && !isNameWord(preposition) && isNameWord(person)) return [person];
      if (owned) return [];
    }
    if (!isNameWord(word)) break;
    name.push(word);
    next = word.start;
  }
  return name.sort((a, b) => a.start - b.start);
}
