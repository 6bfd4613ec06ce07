import { isAcronymOrBrand, oncePerAnalysis, opensSentence, perLanguage, type Analysis } from './index.js';
import { findPhrases } from './phrase-pattern.js';
import { grammarPattern, spacesOrWord, wordEndingText } from './grammar.js';
import { spanContains, spansOverlap, type Span } from '../document/length.js';
import { findCuePairs, findCues, findEitherSide, SPACES, wordsBetween, type CueCategory } from './cues.js';
import { findAskingAfterThem, findNewClauses, findProfileFound } from './specificity.js';
import type { PlaceholderRole } from '../languages/index.js';
import { placeholderRole } from './placeholder-roles.js';

export type ContextKind = 'event' | 'studied-together' | 'interaction' | 'value-offer';

export interface ContextFinding extends Span {
  kind: ContextKind;
  /** For events: whether the event is named (a capitalised name or a placeholder follows). */
  named: boolean;
  /** Someone else's work named through the recipient ("your colleague Priya's talk at KubeCon"): a reason, not their context. */
  othersWork?: true;
}

const patterns = {
  event: perLanguage((data) => data.context.metAt),
  'studied-together': perLanguage((data) => data.context.studiedTogether),
  interaction: perLanguage((data) => data.context.interaction),
  'value-offer': perLanguage((data) => data.context.valueOffer),
} as const;
const followingInGeneral = perLanguage((data) => data.context.followingInGeneral);
const pieceSingledOut = perLanguage((data) => data.context.pieceSingledOut ?? []);
const studiedElsewhere = perLanguage((data) => data.context.studiedElsewhere ?? []);

/** A slot for the event, their post or talk, or what is offered gives that context by itself: `at [Event]`, `your {{ recent_post }}`. */
const SLOT_CONTEXTS: Partial<Record<PlaceholderRole, ContextKind>> = { event: 'event', content: 'interaction', offer: 'value-offer' };

/**
 * Contexts said as two cues with words between them, in one sentence (or, with `sentencesAhead`,
 * the next ones too): "the thread you started" (or "usted publicó hace un mes el hilo"), "you
 * and I overlapped in the robotics lab", "two intakes behind you on the same programme", "I can
 * send you our teardown of 40 pricing pages", "I compiled the rates of 25 agencies (…). Happy to
 * send it over".
 */
const FRAMES: readonly { kind: ContextKind; first: CueCategory; second: CueCategory; maxWords: number; ordered: boolean; sentencesAhead?: number; namedProgramme?: boolean }[] = [
  { kind: 'interaction', first: 'contentNoun', second: 'authored', maxWords: 4, ordered: false },
  { kind: 'studied-together', first: 'shared', second: 'educationNoun', maxWords: 8, ordered: false },
  // "I filed two issues on marcwrangler and you fixed the encoding one", "you were a panellist and I was the moderator".
  { kind: 'interaction', first: 'readerActed', second: 'senderActed', maxWords: 20, ordered: false, sentencesAhead: 1 },
  // "I'm in this year's Humphrey Fellowship cohort at Penn State too": named by the programme's own name (see namesProgramme).
  // (The word for studies second: most notes have none, and findCuePairs looks for the second first.)
  { kind: 'studied-together', first: 'together', second: 'educationNoun', maxWords: 8, ordered: false, namedProgramme: true },
  { kind: 'studied-together', first: 'educationNoun', second: 'relative', maxWords: 8, ordered: false },
  { kind: 'value-offer', first: 'offerVerb', second: 'offerNoun', maxWords: 6, ordered: true },
  // "I recorded a Loom of your pricing page (…). No pitch attached. Want the link?"
  { kind: 'value-offer', first: 'offerMade', second: 'offerSend', maxWords: 45, ordered: true, sentencesAhead: 3 },
  // "Want the file? I built a sheet that turns Shopify exports into landed costs."
  { kind: 'value-offer', first: 'offerSend', second: 'offerMade', maxWords: 12, ordered: true, sentencesAhead: 1 },
];

/** Slots that never name an event: "lovely to meet you [date], [Your Name]". */
const NEVER_AN_EVENT: ReadonlySet<PlaceholderRole> = new Set(['name', 'sender', 'date']);
/**
 * Slots that name no event unless they stand right after its cue ("pendant [Thème]"): "at the
 * meetup — [your remark on what they said]", "discussing [subject] with you at the meetup": a
 * person, what was said or talked about, where ("the event in [City]").
 */
const NAMES_NOTHING: ReadonlySet<PlaceholderRole> = new Set([...NEVER_AN_EVENT, 'person', 'shared-contact', 'role', 'topic', 'praise', 'specific', 'content', 'offer', 'field', 'place']);

/** "I've been following your posts": following their content in general, which is not an interaction. */
export const findFollowingInGeneral = oncePerAnalysis((analysis): readonly Span[] =>
  findPhrases(followingInGeneral(analysis), analysis.folded, analysis.content.start, analysis.content.end),
);

/** Every 3rd-degree context the content gives; events carry whether they are named. */
export const findContexts = oncePerAnalysis((analysis): readonly ContextFinding[] => {
  const { folded, content } = analysis;
  const found: ContextFinding[] = [];
  const following = findFollowingInGeneral(analysis);
  // "I've been following your posts on {{topic}}" is following in general, not an exchange; a
  // clause of its own after it names one piece: "I've been following your work — your post on tiers…".
  const isFollowing = (kind: ContextKind, span: Span) =>
    kind === 'interaction' && following.some((general) => analysis.sentenceAt(general.start) === analysis.sentenceAt(span.start) && !partedByClause(analysis, general, span));
  for (const kind of Object.keys(patterns) as ContextKind[]) {
    for (const match of findPhrases(patterns[kind](analysis), folded, content.start, content.end)) {
      if (isFollowing(kind, match)) continue;
      const named =
        kind === 'studied-together'
          ? saysWhereStudied(analysis, match) && !saysStudiedElsewhere(analysis, match)
          : kind !== 'event' || namesSomethingAfter(analysis, match.end) || placedByNameBefore(analysis, match.start) || eventNamedJustBefore(analysis, match.start) || eventNamedEarlierInSentence(analysis, match.start);
      found.push({ ...match, kind, named });
    }
  }
  // One piece of theirs singled out is an exchange even beside following in general: "been reading it since your issue on IFRS 17".
  for (const match of findPhrases(pieceSingledOut(analysis), folded, content.start, content.end)) found.push({ ...match, kind: 'interaction', named: true });
  found.push(...eventFrames(analysis), ...attendanceFrames(analysis), ...sharedPastHeading(analysis), ...momentsAtNamed(analysis), ...scenesAtNamed(analysis));
  for (const frame of FRAMES) {
    for (const { first, second } of findCuePairs(analysis, frame.first, frame.second, frame.maxWords, frame.ordered, frame.sentencesAhead)) {
      const span = { start: Math.min(first.start, second.start), end: Math.max(first.end, second.end) };
      if (isFollowing(frame.kind, span)) continue;
      // Studies said to have been elsewhere are no studies in common, however they are said.
      const elsewhere = frame.kind === 'studied-together' && saysStudiedElsewhere(analysis, span);
      found.push({ ...span, kind: frame.kind, named: !elsewhere && (!frame.namedProgramme || namesProgramme(analysis, second)) });
    }
  }
  for (const placeholder of analysis.contentPlaceholders) {
    const role = analysis.roleOf(placeholder);
    const kind = role === 'school' && saidTogether(analysis, placeholder) ? 'studied-together' : SLOT_CONTEXTS[role];
    // A piece of some kind, not theirs: "researching [Topic] for an upcoming [Article/Report]".
    if (kind === 'interaction' && indefiniteSlot(analysis.languages).test(analysis.prose.slice(Math.max(analysis.content.start, placeholder.start - 30), placeholder.start))) continue;
    if (kind && !isFollowing(kind, placeholder)) found.push({ start: placeholder.start, end: placeholder.end, kind, named: true });
  }
  return markOthersWork(analysis, found);
});

/** The contexts that are the recipient's own: not someone else's work named through them. */
export const findOwnContexts = oncePerAnalysis((analysis): readonly ContextFinding[] => findContexts(analysis).filter((finding) => !finding.othersWork));

/**
 * Marks an event or an exchange that someone else's work, named earlier in its sentence, is
 * about: "your colleague Priya's talk at KubeCon", «la ponencia de vuestro CEO en el Foro».
 */
function markOthersWork(analysis: Analysis, found: ContextFinding[]): ContextFinding[] {
  const others = findCues(analysis, 'othersWork');
  if (others.length === 0) return found;
  return found.map((finding) => {
    if (finding.kind !== 'event' && finding.kind !== 'interaction') return finding;
    const sentence = analysis.sentenceAt(finding.start);
    return others.some((cue) => cue.start < finding.end && analysis.sentenceAt(cue.start) === sentence) ? { ...finding, othersWork: true } : finding;
  });
}

// Punctuation that ends a clause inside a sentence.
const CLAUSE_BREAK = /[;:\u2014\u2013]/u;

/** Whether a clause ends between two spans of one sentence (they do not overlap), or a new one opens where the second begins (", especially the one on…"). */
function partedByClause(analysis: Analysis, one: Span, other: Span): boolean {
  const [from, to] = one.end <= other.start ? [one.end, other.start] : [other.end, one.start];
  if (from >= to) return false;
  return CLAUSE_BREAK.test(analysis.prose.slice(from, to)) || findNewClauses(analysis).some((clause) => clause.start >= from && clause.start <= to);
}

/**
 * A school slot is studies in common only with a word that says so: "also a [University] grad",
 * "fellow [School] alum", "el mismo [Programa]"; "a student at [University]" is not.
 */
function saidTogether(analysis: Analysis, placeholder: Span): boolean {
  const sentence = analysis.sentenceAt(placeholder.start);
  return sentence !== undefined && findCues(analysis, 'together').some((cue) => analysis.sentenceAt(cue.start) === sentence);
}

// How far a locative may stand before its event noun: "at the Ljubljana Python meetup". The
// words of a name between them count as one: "at the Local Government Association's annual
// conference", up to NAMED_LOCATIVE_REACH words in all.
const LOCATIVE_REACH = 4;
const NAMED_LOCATIVE_REACH = 8;

function locativeReaches(analysis: Analysis, locative: Span, noun: Span): boolean {
  const words = wordsBetween(analysis, locative.end, noun.start);
  if (words <= LOCATIVE_REACH) return true;
  if (words > NAMED_LOCATIVE_REACH) return false;
  const names = analysis.capitalisedWords({ start: locative.end, end: noun.start });
  if (names.length < 2) return false;
  // The words that are no name's, nor a small word joining a name's.
  let unnamed = 0;
  for (const word of analysis.folded.slice(locative.end, noun.start).matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = locative.end + word.index;
    if (!NAME_JOINERS.has(word[0]) && !names.some((name) => start >= name.start && start < name.end)) unnamed++;
  }
  return unnamed < LOCATIVE_REACH;
}

// Small words inside a name, or its possessive: "Royal College of Nursing's", "Feria del Libro".
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 's', 'de', 'del', 'y', 'la', 'las', 'los', 'el']);

/**
 * Meeting at an event said with words between the cues, in any order within a sentence: a
 * meeting cue ("talk in person", "our conversation") and an event noun placed by a locative
 * ("at the … meetup", "over lunch") or by the event's name right before it ("#SaaStock24
 * afterparty, the conversation about churn"). Named when a name or a slot follows the locative,
 * or a name spelled as an event's (see spelledNamesIn) stands earlier in the sentence: "so good
 * to finally talk in person at the Ljubljana Python meetup", "PyData Warsaw, the chat at lunch".
 */
function eventFrames(analysis: Analysis): ContextFinding[] {
  // Names an event's by their spelling or by the word that places an occasion in time before them ("during SaaStr Europa").
  const spelled = [...eventNamesBySpelling(analysis), ...namesAfterEventTime(analysis)];
  const nouns = [...findCues(analysis, 'eventNoun'), ...spelled];
  if (nouns.length === 0) return [];
  const meetings = findCues(analysis, 'meeting');
  // At an event named by its spelling, by the capitalised name right before its noun or by its
  // noun capitalised (see properNoun), what the two did or shared there says they met: "we were
  // both stuck at table 12 during DataConf", "you were the one handing out sourdough at BrightonSEO".
  // Looked for only when a noun has no meeting cue beside it.
  let together: readonly Span[] | undefined;
  const togetherCues = () => (together ??= [...findCues(analysis, 'recalled'), ...findCues(analysis, 'shared'), ...findCues(analysis, 'sharedScene')]);
  const locatives = findCues(analysis, 'locative');
  const frames: ContextFinding[] = [];
  for (const noun of nouns) {
    const sentence = analysis.sentenceAt(noun.start);
    if (!sentence) continue;
    const inSentence = (cue: Span) => cue.start >= sentence.start && cue.end <= sentence.end;
    const apart = (cue: Span) => inSentence(cue) && (cue.end <= noun.start || cue.start >= noun.end);
    // An event noun capitalised inside the sentence is part of the event's name: «en el Congreso AECA de Contabilidad de Santander me prestaste tu chaqueta».
    const properNoun = /^\p{Lu}/u.test(analysis.prose.slice(noun.start, noun.end)) && !opensSentence(analysis, noun.start) && !analysis.capitalsMarkNouns;
    const meeting = meetings.find(apart) ?? (spelled.includes(noun) || properNoun || nameRunBefore(analysis, noun) || slotRightBefore(analysis, noun) ? togetherCues().find(apart) : undefined);
    if (!meeting) continue;
    const locative = locatives.findLast((cue) => inSentence(cue) && cue.end <= noun.start && locativeReaches(analysis, cue, noun));
    const nameBefore = locative ? undefined : (spelledNameRightBefore(analysis, noun) ?? nameRunBefore(analysis, noun) ?? slotRightBefore(analysis, noun));
    const placeAfter = locative || nameBefore ? undefined : placeNamedAfter(analysis, noun, sentence);
    const heading = locative || nameBefore || placeAfter || spelled.includes(noun) ? undefined : nameHeading(analysis, sentence, Math.min(noun.start, meeting.start));
    if (!locative && !nameBefore && !placeAfter && !heading && !(spelled.includes(noun) && headsSentence(analysis, noun, sentence))) continue;
    const start = Math.min(meeting.start, locative?.start ?? nameBefore?.start ?? noun.start);
    frames.push({
      start,
      end: Math.max(meeting.end, noun.end),
      kind: 'event',
      named:
        nameBefore !== undefined ||
        placeAfter !== undefined ||
        heading !== undefined ||
        spelled.includes(noun) ||
        NAMED_BY_SPELLING.some((spelling) => spelling.test(analysis.prose.slice(noun.start, noun.end))) ||
        namesIn(analysis, { start: locative?.start ?? noun.start, end: sentence.end }, noun) ||
        spelledNamesIn(analysis, { start: sentence.start, end: start }).length > 0 ||
        placedByNameBefore(analysis, locative?.start ?? start),
    });
  }
  // A meeting said in the sentence after the event's: "…the last vegan sandwich at Web Summit! We
  // ended up talking about edge computing", "…at the EU Datathon. I was two tables over".
  // What the two did then says it is a meeting recalled, not one asked for ("Open to a chat?").
  for (const meeting of meetings) {
    if (frames.some((frame) => spansOverlap(frame, meeting)) || !eventNamedJustBefore(analysis, meeting.start)) continue;
    const sentence = analysis.sentenceAt(meeting.start);
    if (sentence && findCues(analysis, 'recalled').some((cue) => spanContains(sentence, cue))) frames.push({ start: meeting.start, end: meeting.end, kind: 'event', named: true });
  }
  return frames;
}

/**
 * A moment of the two at a named occasion without a word for the occasion: what the reader did
 * then, or did with or for the sender, or the two did together, told as past (see sharedMoment),
 * in a sentence that holds a name or after one that does ("Porto Hardware Hackers on Tuesday.
 * You saved my board", "you let me fly your mapping rig over the Umgeni estuary at Durban Drone
 * Pilots"). Names here are capitalised words that are not a sentence's first, not acronyms
 * ("LLMs", "SOC 2" are topics) and not places or addresses ("the summit in Lisbon" names none).
 */
function momentsAtNamed(analysis: Analysis): ContextFinding[] {
  const moments = findCues(analysis, 'sharedMoment');
  if (moments.length === 0) return [];
  return moments
    .filter((moment) => {
      const index = analysis.sentenceIndexAt(moment.start);
      if (index < 0) return false;
      return occasionNamedIn(analysis, { start: analysis.sentences[Math.max(0, index - 1)]!.start, end: analysis.sentences[index]!.end });
    })
    .map((moment) => ({ start: moment.start, end: moment.end, kind: 'event' as const, named: true }));
}

/**
 * The two of them somewhere, told as past (see sharedScene): with a piece of writing after it, an
 * exchange around that piece ("you and I both answered that thread about dbt snapshots"); else,
 * with a name, a slot that can name an occasion or an acronym and its batch in its sentence, an
 * event ("we were on opposite teams at Hack the Harbour", "we shared a breakout room in week two
 * of {{program}}", "we were in YC W22 together"). Looser than a moment (the two as subject say less
 * than what one did for the other), so the name must stand in its own sentence: "It's Graham
 * from Leeds. We were in the same office once" names no occasion.
 */
function scenesAtNamed(analysis: Analysis): ContextFinding[] {
  const scenes = findCues(analysis, 'sharedScene');
  if (scenes.length === 0) return [];
  // Not a piece that is an event too: "we were both on a webinar last week" names no event.
  const events = findCues(analysis, 'eventNoun');
  const pieces = findCues(analysis, 'contentNoun').filter((noun) => !events.some((event) => spansOverlap(event, noun)));
  const found: ContextFinding[] = [];
  for (const scene of scenes) {
    const sentence = analysis.sentenceAt(scene.start);
    if (!sentence) continue;
    const piece = pieces.find((noun) => noun.start >= scene.end && noun.end <= sentence.end && wordsBetween(analysis, scene.end, noun.start) <= SCENE_TO_PIECE);
    if (piece) found.push({ start: scene.start, end: piece.end, kind: 'interaction', named: true });
    else if (occasionNamedIn(analysis, sentence, CITY_BEFORE) || slotNamesIn(analysis, sentence) || acronymPlaced(analysis, sentence)) found.push({ start: scene.start, end: scene.end, kind: 'event', named: true });
  }
  return found;
}

// How many words may stand between the two somewhere and the piece they were in: "we replied almost at the same time in the discussion about…".
const SCENE_TO_PIECE = 8;

/**
 * An acronym with a year or a batch after it, right after a locative: "we were in YC W22
 * together", "we sat together at SXSW 2024" (an acronym alone is as often a field or a topic:
 * "we both worked in HR").
 */
function acronymPlaced(analysis: Analysis, span: Span): boolean {
  return findCues(analysis, 'locative').some((locative) => {
    if (locative.start < span.start || locative.end >= span.end) return false;
    const word = ACRONYM_NEXT.exec(analysis.prose.slice(locative.end, span.end));
    return word !== null && BATCH_AFTER.test(analysis.prose.slice(locative.end + word[0].length, span.end));
  });
}

const ACRONYM_NEXT = /^[^\S\r\n]+\p{Lu}{2,}(?![\p{L}\p{N}])/u;

// "auf einer Konferenz in Berlin", «en Madrid»: a city right after the word for "in", in any of the languages.
const CITY_BEFORE = /(?<![\p{L}])(?:in|en|em|near)[^\S\r\n]+$/u;

/**
 * A name in `span` (see namesOf) that can name an occasion: not an acronym (nor, with `place`, a
 * word that it says is a place).
 */
function occasionNamedIn(analysis: Analysis, span: Span, place?: RegExp): boolean {
  const { prose } = analysis;
  return namesOf(analysis, span).some((word) => NAME_WORD.test(prose.slice(word.start, word.end)) && !place?.test(prose.slice(Math.max(0, word.start - 6), word.start)));
}

// A capital and a small letter: a name's spelling, not an acronym's.
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

// How many words may stand between an event's part and where it was: "la mesa redonda de agtech en Expoagro".
const PLACE_AFTER_NOUN = 3;
// An indefinite and at most one word after it: "an upcoming ".
const indefiniteSlot = wordEndingText((grammar) => grammar.indefinites, 1);
const indefiniteBefore = wordEndingText((grammar) => grammar.indefinites);

/**
 * Where an event's part was, named right after it: "compartimos la mesa redonda de agtech en
 * Expoagro", "pasó usted por nuestro stand de Alimentaria Barcelona", "the club de lectura de la
 * Librería Lerner" (an article may come before the name). Not a place ("the panel in Berlin").
 */
function placeNamedAfter(analysis: Analysis, noun: Span, sentence: Span): Span | undefined {
  // Some event or other is none named, whatever follows: "coincidimos en algún evento de RR. HH.".
  if (indefiniteBefore(analysis.languages).test(analysis.prose.slice(Math.max(sentence.start, noun.start - 12), noun.start))) return undefined;
  return [...findCues(analysis, 'locative'), ...findCues(analysis, 'eventOf')].find((cue) => {
    if (cue.start < noun.end || cue.end > sentence.end || wordsBetween(analysis, noun.end, cue.start) > PLACE_AFTER_NOUN) return false;
    const name = analysis.capitalisedWords({ start: cue.end, end: sentence.end })[0];
    return name !== undefined && wordsBetween(analysis, cue.end, name.start) <= 1 && !addressOrPlace(analysis, name);
  });
}

/**
 * Names spelled as an event's wherever they stand, a sentence's first word too: a camel hump
 * ("PyData", "SaaStock"), a hashtag ("#RSAC"), capitals with a year ("GHC '23"). Capitals alone
 * are as often a topic ("SEO workshop", "AI panel") or a slot left in ("Hi $NAME").
 */
function spelledNamesIn(analysis: Analysis, span: Span): Span[] {
  const { prose } = analysis;
  return analysis.capitalisedWords(span).filter(
    (word) => (CAMEL_HUMP.test(prose.slice(word.start, word.end)) || prose[word.start - 1] === '#' || YEAR_AFTER.test(prose.slice(word.end, word.end + 6))) && !addressOrPlace(analysis, word),
  );
}

/**
 * A name of two capitalised words or more heading the sentence, set off by a comma or a dash, an
 * event noun and a meeting after it: "Strange Loop, the last row of the closing keynote — you were
 * the one live-posting the demo". One capitalised word there is only the sentence's start.
 */
function nameHeading(analysis: Analysis, sentence: Span, cuesStart: number): Span | undefined {
  // The name stands before the event noun and the meeting: "Great Talk, …" is no name.
  const [first, second] = analysis.capitalisedWords({ start: sentence.start, end: Math.min(cuesStart, sentence.start + 60) });
  if (!first || !second || !/^[\s\p{P}]*$/u.test(analysis.prose.slice(sentence.start, first.start)) || !SPACES.test(analysis.prose.slice(first.end, second.start))) return undefined;
  const name = { start: first.start, end: second.end };
  return headsSentence(analysis, name, sentence) && namesOf(analysis, sentence).some((word) => word.start === second.start) ? name : undefined;
}

/**
 * An event's name as the sentence's heading, set off by a comma or a dash: "KubeCon EU, booth 14,
 * you walked me through…", "ETHGlobal Paris — the table next to ours…".
 */
function headsSentence(analysis: Analysis, name: Span, sentence: Span): boolean {
  const { prose } = analysis;
  return NAME_START_BEFORE.test(prose.slice(sentence.start, name.start)) && nameThenBreak(analysis.languages).test(prose.slice(name.end, Math.min(sentence.end, name.end + 40)));
}

// The name's first capitalised words, when the part spelled as an event's comes last: "Belfast Hardware Meetup".
const NAME_START_BEFORE = /^[\s\p{P}\p{S}]*(?:\p{Lu}[\p{L}\p{N}'’.-]*[^\S\r\n]+){0,3}$/u;

// The rest of a name (capitalised words, numbers), maybe when it was ("HackMIT on Saturday",
// "PyCon in 2019": a short word, then a capitalised one or a number; "… Meetup last night": a time
// just past), then a comma, a dash or a colon ("KubeCon EU Paris: we were both stuck in the
// queue"); an ampersand joins its words ("Security & Risk Summit").
const nameThenBreak = grammarPattern(
  (words) =>
    new RegExp(
      String.raw`^(?:[^\S\r\n]+(?:&|['’]?[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)){0,3}(?:[^\S\r\n]+\p{Ll}{2,4}[^\S\r\n]+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|[^\S\r\n]+(?:${words((grammar) => grammar.recentTimes)}))?[^\S\r\n]*[,—–:]`,
      'u',
    ),
);

const CAMEL_HUMP = /\p{Ll}\p{Lu}/u;
const YEAR_AFTER = /^(?:\p{N}{2,4}|[^\S\r\n]+(?:['’]\p{N}{2}|(?:19|20)\p{N}{2}))(?![\p{L}\p{N}])/u;

/**
 * A name spelled as one, only its year's digits, its edition's capitals and spaces between it and
 * the event noun after it: "#SaaStock24 afterparty", "KubeCon keynote", "PyCon US panel".
 */
function spelledNameRightBefore(analysis: Analysis, noun: Span): Span | undefined {
  return spelledNamesIn(analysis, { start: Math.max(analysis.content.start, noun.start - 40), end: noun.start }).find((word) => NAME_TO_NOUN.test(analysis.prose.slice(word.end, noun.start)));
}

// Two capitalised words or more right before an event's noun, a modifier in lower case between
// them and it at most: "the Lowestoft Rotary charity cycle", not "the AI panel" or "our SEO workshop".
const NAME_RUN_BEFORE = /(?<![\p{L}\p{N}'’.-])(?:\p{Lu}[\p{L}'’.-]+[^\S\r\n]+){2,}(?:\p{Ll}[\p{L}-]*[^\S\r\n]+)?$/u;

function nameRunBefore(analysis: Analysis, noun: Span): Span | undefined {
  if (analysis.capitalsMarkNouns) return undefined;
  const from = Math.max(analysis.content.start, noun.start - 60);
  const run = NAME_RUN_BEFORE.exec(analysis.prose.slice(from, noun.start));
  if (!run || opensSentence(analysis, from + run.index)) return undefined;
  // Capitals that mark names in this note: none in one written in title or upper case.
  const span = { start: from + run.index, end: noun.start };
  return analysis.capitalisedWords(span).length >= 2 ? span : undefined;
}

// What may stand between a spelled name and its event noun: a year, an edition in capitals ("US", "EU 2024").
const NAME_TO_NOUN = /^\p{N}*(?:[^\S\r\n]+(?:\p{Lu}{2,}|\p{N}+))*[^\S\r\n]+$/u;

// How far "too" may stand from going to an event: "I'll be at SaaStr Annual next week too".
const TOGETHER_REACH = 12;

// A year or a term: "2016", "'19", "Law '12", "July '19 intake", a batch's code ("YC W21").
const YEAR = /(?<![\p{L}\p{N}])(?:(?:19|20)\p{N}{2}|['’]\p{N}{2}|[WSF]\p{N}{2})(?![\p{L}\p{N}])/u;
// The same right after a space: "YC W22".
const BATCH_AFTER = new RegExp(String.raw`^[^\S\r\n]+${YEAR.source}`, 'u');
// Where a heading ends: a dash, a semicolon or a colon, else its sentence's end; its parts
// stand between commas.
const HEADING_END = /[—–;:]|\s-\s/u;
const HEADING_PART = /[^,]+,?/gu;
const HEADING_WORDS = 10;

// How many words may come before the school or course that opens a heading: "fire lookout bootcamp".
const SCHOOL_OPENS_WITHIN = 3;

// A name or two and an exclamation mark, a sentence of their own.
const CALLED_OUT = /^\p{Lu}[\p{L}'’-]*(?:[^\S\r\n]+\p{Lu}[\p{L}'’-]*)?[^\S\r\n]*!+$/u;

/**
 * A shared past said as a heading, then what happened there: "Imperial, MSc Computing 2016. You
 * debugged my Haskell coursework", "Hack the North 2019, same table, opposite ends", "Cohort 14 at
 * Founders & Coders — we paired on…". The heading opens the content: its first parts, up to ten
 * words and to the first with someone speaking in it ("I", "you": "I'm a Stanford MBA, 2015" is
 * the sender's own past), hold a name and a year (or a cohort's number). A cue of something
 * recalled, shared or met follows, in the heading's sentence or the next (or, after a school,
 * the reader spoken to). Studies in common when the heading has a word for a school or a cohort,
 * else an event.
 */
function sharedPastHeading(analysis: Analysis): ContextFinding[] {
  // Asking after them first, or how the sender found them, is no part of the note's matter: "Hope
  // you're well. Imperial, MSc 2016…", "I came across your profile. Great run at…" (a subject before it too).
  const preamble = [...findAskingAfterThem(analysis), ...findProfileFound(analysis)];
  const isPreamble = (sentence: Span) =>
    preamble.some((phrase) => phrase.start >= sentence.start && phrase.end <= sentence.end && wordsBetween(analysis, sentence.start, phrase.start) <= 1 && wordsBetween(analysis, phrase.end, sentence.end) === 0);
  // Nor is the reader's name called out on its own: "Ofelia! Cohort 9 of the…".
  const calledOut = (sentence: Span) => CALLED_OUT.test(analysis.prose.slice(sentence.start, sentence.end));
  const opening = analysis.sentences.findIndex((sentence) => !isPreamble(sentence) && !calledOut(sentence));
  const [first, second] = opening < 0 ? [] : analysis.sentences.slice(opening);
  if (!first) return [];
  const sentence = analysis.prose.slice(first.start, first.end);
  const cut = sentence.search(HEADING_END);
  const candidate = cut < 0 ? sentence : sentence.slice(0, cut);
  const byName = cut > 0 && nameFirstPart(analysis.languages).test(candidate);
  // Most notes open with no figure, no slot and no name set off: no heading of a shared past, and no cue looked for.
  // A heading set off by a dash or a colon may name a school without a figure ("Durban coding bootcamp, January intake — …").
  // So may a sentence of its own that names an event: "Pacific Islands Fisheries Data Workshop in Suva, the tuna breakout. You had…".
  // So may one that opens on a school or a course: "Fire lookout bootcamp in Kamloops, June. Remember the osprey nest?"
  // (not one that ends on it: «veo que conoces a Fernanda Luján de la maestría»).
  const occasionInHeading = () =>
    findCues(analysis, 'eventNoun').some((noun) => spanContains(first, noun)) ||
    findCues(analysis, 'educationNoun').some((noun) => spanContains(first, noun) && wordsBetween(analysis, first.start, noun.start) <= SCHOOL_OPENS_WITHIN);
  if (!byName && cut <= 0 && !/\p{N}/u.test(candidate) && !analysis.contentPlaceholders.some((placeholder) => placeholder.start < first.start + candidate.length) && !occasionInHeading()) return [];
  const speaking = findEitherSide(analysis);
  let end = first.start;
  for (const part of candidate.matchAll(HEADING_PART)) {
    const span = { start: first.start + part.index, end: first.start + part.index + part[0].length };
    if (speaking.some((cue) => spanContains(span, cue)) || wordsBetween(analysis, first.start, span.end) > HEADING_WORDS) break;
    end = span.end;
  }
  const heading = { start: first.start, end };
  if (end === first.start) return [];
  const inHeading = (cue: Span) => spanContains(heading, cue);
  const schoolSlot = analysis.contentPlaceholders.some((placeholder) => inHeading(placeholder) && analysis.roleOf(placeholder) === 'school');
  const schooling = schoolSlot || findCues(analysis, 'educationNoun').some(inHeading);
  const headingText = analysis.prose.slice(heading.start, heading.end);
  if (byName && heading.end === first.start + cut) return namedHeadingFrame(analysis, heading, first, schooling);
  // A heading has no verb to open it: its first capitalised word is a name too ("INSEAD, July '19 intake").
  const names = analysis.capitalsMarkNouns ? namesOf(analysis, heading) : analysis.capitalisedWords(heading);
  // A school's or a course's name is enough without a year: "Durban coding bootcamp, January intake — you debugged…";
  // so is an event's, past the heading's first word or in a slot:
  // "The free [Tool] workshop run by [Host] last month — we ended up in the same breakout room".
  // Set off by a dash or a colon, the heading's event noun is named by any name there; a whole
  // sentence as the heading names it only with title-case words before it ("Pacific Islands
  // Fisheries Data Workshop in Suva, …"), a spelled name, or a name right after a noun that opens
  // the sentence («Del webinar de la Cámara Forestal de Corrientes, …»).
  const inTitle = (noun: Span) => names.some((name) => name.start === noun.start) && names.filter((name) => name.end <= noun.start).length >= 2;
  const nounNamed = (noun: Span) =>
    cut > 0 || inTitle(noun) || spelledNameRightBefore(analysis, noun) !== undefined || (wordsBetween(analysis, first.start, noun.start) <= 1 && placeNamedAfter(analysis, noun, first) !== undefined);
  const namedEvent = () =>
    findCues(analysis, 'eventNoun').some((noun) => inHeading(noun) && nounNamed(noun)) &&
    (names.some((name) => name.start > heading.start && wordsBetween(analysis, heading.start, name.start) > 0) || slotNamesIn(analysis, heading));
  if (!YEAR.test(headingText) && !schoolSlot && !(schooling && (/\p{N}/u.test(headingText) || names.length > 0)) && !namedEvent()) return [];
  // The writer's own past, introduced: "{{major}} student at {{university}} here".
  if (endsOnSelfHere(analysis.languages).test(headingText)) return [];
  if (names.length === 0 && !slotNamesIn(analysis, heading)) return [];
  const around = { start: heading.start, end: (second ?? first).end };
  const follow = [...findCues(analysis, 'recalled'), ...findCues(analysis, 'shared'), ...findCues(analysis, 'meeting')].find((cue) => spanContains(around, cue));
  // "Erasmus em Bolonha, 2018, os jantares na Via Zamboni. Estás agora na Farfetch", not the
  // sender's own past: "Stanford MBA 2015 here, now running growth".
  if (!follow && !(schooling && findCues(analysis, 'addressee').some((cue) => spanContains(around, cue) && cue.start >= heading.end))) return [];
  return [{ start: heading.start, end: Math.max(heading.end, follow?.end ?? heading.end), kind: schooling ? 'studied-together' : 'event', named: true }];
}

const endsOnSelfHere = grammarPattern((words) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${words((grammar) => grammar.selfHere)})[\s\p{P}]*$`, 'iu'));

// A workplace after the heading's first comma: "…, Head of Sales at Norvik", "…, directora en Alba".
const workplaceAfterComma = grammarPattern((words) => new RegExp(String.raw`,.*(?:^|[^\p{L}])(?:${words((grammar) => grammar.workplaceMarkers)}|@)[^\S\r\n]+\p{Lu}`, 'u'));
// A heading's first part all capitalised words (small joining words between), then a second part
// after a comma: "Codemotion Madrid, pasillo de los stands", "FOSDEM, Rust devroom".
const nameFirstPart = grammarPattern(
  (words) =>
    new RegExp(
      String.raw`^[\s\p{P}]*\p{Lu}[\p{L}\p{N}'’&.-]*(?:[^\S\r\n]+(?:(?:${words((grammar) => grammar.nameJoiners)})[^\S\r\n]+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*[^\S\r\n]*,[^\S\r\n]*\S`,
      'u',
    ),
);

/**
 * A heading set off by a dash or a colon that opens with a name, then a second part, and what
 * the two did there after it in the same sentence: "Codemotion Madrid, pasillo de los stands — me
 * enseñaste cómo migrasteis el monolito", "FOSDEM, Rust devroom: you asked about async drop".
 */
function namedHeadingFrame(analysis: Analysis, heading: Span, sentence: Span, schooling: boolean): ContextFinding[] {
  const names = analysis.capitalisedWords(heading);
  if (names.length === 0 || !opensSentence(analysis, names[0]!.start)) return [];
  // Who the sender is, by name and job: "Anna Berg, Head of Sales at Norvik — we met briefly".
  if (workplaceAfterComma(analysis.languages).test(analysis.prose.slice(heading.start, heading.end))) return [];
  const after = { start: heading.end, end: sentence.end };
  // The event is said after the heading, which the other readers judge: "Lisbon, last spring: we talked at some event".
  if (findCues(analysis, 'eventNoun').some((noun) => spanContains(after, noun))) return [];
  // Something both share is no meeting here: "London, fintech — both of us, it seems".
  const follow = [...findCues(analysis, 'recalled'), ...findCues(analysis, 'meeting')].find((cue) => spanContains(after, cue));
  return follow ? [{ start: heading.start, end: follow.end, kind: schooling ? 'studied-together' : 'event', named: true }] : [];
}

/**
 * Both going to one event, said by each side or with "too", in one sentence or two in a row:
 * "I'll be at SaaStr too", "are you attending Web Summit? I'll be there too", "I noticed you're
 * speaking at SaaStr. I'll be in the audience!". Named by a name or a slot from the first cue on.
 */
function attendanceFrames(analysis: Analysis): ContextFinding[] {
  const attending = findCues(analysis, 'attending');
  if (attending.length === 0) return [];
  const together = findCues(analysis, 'together');
  const sentenceOf = (cue: Span) => analysis.sentenceIndexAt(cue.start);
  const frames: ContextFinding[] = [];
  for (const cue of attending) {
    const sentence = sentenceOf(cue);
    // "también vas a estar en Agroexpo": the word for "too" inside the cue says both go, to a place it names.
    const inside = together.find((other) => spanContains(cue, other));
    const partner =
      attending.find((other) => other !== cue && other.start > cue.start && sentenceOf(other) - sentence <= 1) ??
      (inside && namesIn(analysis, { start: cue.end, end: analysis.sentences[sentence]?.end ?? cue.end }) ? inside : undefined) ??
      together.find(
        (other) =>
          (other.end <= cue.start || cue.end <= other.start) &&
          sentenceOf(other) === sentence &&
          wordsBetween(analysis, Math.min(cue.end, other.end), Math.max(cue.start, other.start)) <= TOGETHER_REACH,
      );
    if (!partner) continue;
    const start = Math.min(cue.start, partner.start);
    const end = Math.max(cue.end, partner.end);
    const lastSentence = analysis.sentences[Math.max(sentence, sentenceOf(partner))];
    frames.push({ start, end, kind: 'event', named: namesIn(analysis, { start, end: lastSentence?.end ?? end }) });
  }
  return frames;
}

/**
 * A name (not the event noun itself) or a slot that can name an event, in `span`; a compound
 * that ends in the noun is named by its first part ("ESG-Gipfel").
 */
function namesIn(analysis: Analysis, span: Span, noun?: Span): boolean {
  if (noun && analysis.caseless() && (namedInLowerCase(analysis, span.start, noun) || namedAfterInLowerCase(analysis, noun, span.end))) return true;
  const named = namesOf(analysis, span)
    .map((word) => (noun && word.start < noun.start && word.end > noun.start ? { start: word.start, end: noun.start } : word))
    .some((word) => !noun || word.end <= noun.start || noun.end <= word.start);
  return named || slotNamesIn(analysis, span);
}

/**
 * Whether a word for studies is part of one programme's name: itself capitalised inside the
 * sentence ("the Founders Program", "this year's Humphrey Fellowship"), a degree's abbreviation
 * aside ("an MBA", "a PhD" name no programme), or after two capitalised words ("the Chevening
 * Leadership cohort").
 */
function namesProgramme(analysis: Analysis, noun: Span): boolean {
  if (analysis.caseless() || analysis.capitalsMarkNouns || inGroupsName(analysis, noun)) return false;
  return (PROGRAMME_WORD.test(analysis.prose.slice(noun.start, noun.end)) && !opensSentence(analysis, noun.start)) || nameRunBefore(analysis, noun) !== undefined || nameRightAfter(analysis, noun);
}

/** Whether the programme's name follows its word, two capitalised words or more: "de minor Data Science aan de TU Delft". */
function nameRightAfter(analysis: Analysis, noun: Span): boolean {
  const sentence = analysis.sentenceAt(noun.start);
  if (!sentence) return false;
  const [first, second] = analysis.capitalisedWords({ start: noun.end, end: sentence.end });
  return first !== undefined && second !== undefined && SPACES.test(analysis.prose.slice(noun.end, first.start)) && SPACES.test(analysis.prose.slice(first.end, second.start));
}

// How far a group's word may follow a school's: "the University of Michigan Alumni Network group".
const GROUP_REACH = 6;

/** Whether a word for a group follows the school's within its name: a group both are in, which is no studies in common. */
function inGroupsName(analysis: Analysis, noun: Span): boolean {
  const sentence = analysis.sentenceAt(noun.start);
  if (!sentence) return false;
  const words = analysis.words({ start: noun.end, end: sentence.end }).slice(0, GROUP_REACH);
  return words.some((word) => placeholderRole({ words: word }, analysis.languages) === 'group');
}

// A capital, then at least three small letters: "Fellowship", "Program", not "MBA", "PhD" or "MSc".
const PROGRAMME_WORD = /^\p{Lu}\p{Ll}{3,}/u;

/**
 * Whether studying together says which school, programme, place or year, in the sentence of its
 * cues or one beside it: a name, a slot, a year. "Fellow graduate here" or "I also studied economics"
 * names none. Notes without capitals, or with capitals on every noun, are not judged so.
 */
function saysWhereStudied(analysis: Analysis, span: Span): boolean {
  const index = analysis.sentenceIndexAt(span.start);
  const sentence = analysis.sentences[index];
  if (!sentence || analysis.caseless() || analysis.capitalsMarkNouns) return true;
  // The sentence before or after may say it: "I spotted the CMU MHCI on your profile. I'm in this
  // year's cohort", "¡Coincidimos en la facultad! Tú en Biología y yo en Bioquímica, en la de Sevilla."
  const before = index > 0 ? analysis.sentences[index - 1] : undefined;
  const where = { start: Math.max(analysis.content.start, (before ?? sentence).start), end: (analysis.sentences[index + 1] ?? sentence).end };
  return (
    YEAR.test(analysis.prose.slice(where.start, where.end)) ||
    analysis.capitalisedWords(where).some((word) => !opensSentence(analysis, word.start)) ||
    analysis.contentPlaceholders.some((placeholder) => spanContains(where, placeholder) && !NEVER_AN_EVENT.has(analysis.roleOf(placeholder)))
  );
}

/**
 * Whether studying is said to have been somewhere else, from its cue to its sentence's end: "I also
 * studied architecture (at Pratt, not Cornell like you)", «yo también estudié Arquitectura, aunque
 * en Granada», «hice el doctorado en un laboratorio, como usted, aunque en Salamanca».
 */
function saysStudiedElsewhere(analysis: Analysis, span: Span): boolean {
  const sentence = analysis.sentenceAt(span.start);
  return findPhrases(studiedElsewhere(analysis), analysis.folded, span.start, sentence?.end ?? span.end).length > 0;
}

/** Words beside an event noun that name no event: a modifier, a locative, another event noun. */
const namingNoEvent = oncePerAnalysis((analysis): readonly Span[] => [...findCues(analysis, 'eventModifier'), ...findCues(analysis, 'locative'), ...findCues(analysis, 'eventNoun')]);

/**
 * Where the writer gives names no capitals, a word right before the event noun, after the
 * locative, that is neither a function word nor a modifier (see eventModifier): "at the gdg cloud
 * munich meetup", "en el rosario python meetup", not "at the big marketing conference".
 */
function namedInLowerCase(analysis: Analysis, from: number, noun: Span): boolean {
  const said = namingNoEvent(analysis);
  const before = /(?:\p{L}[\p{L}\p{N}'’-]*[^\S\r\n]+)+$/u.exec(analysis.prose.slice(from, noun.start));
  if (!before) return false;
  const start = from + before.index;
  for (const word of [...before[0].matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)].reverse()) {
    const span = { start: start + word.index, end: start + word.index + word[0].length };
    if (analysis.isNotName(word[0])) return false;
    if (!said.some((cue) => spansOverlap(cue, span))) return true;
  }
  return false;
}

// How many words after an event noun may lead to its name: "the meetup of the local rust user group".
const NAME_AFTER_REACH = 6;

/**
 * Where the writer gives names no capitals, a word after the event noun that a link word leads to
 * (see eventOf) and that is neither a function word nor a modifier: "the meetup of the rust user
 * group", "au forum emploi de la cité des métiers", not "the meetup at the office last week".
 */
function namedAfterInLowerCase(analysis: Analysis, noun: Span, end: number): boolean {
  const links = findCues(analysis, 'eventOf');
  if (links.length === 0) return false;
  const said = namingNoEvent(analysis);
  let linked = false;
  let seen = 0;
  // The name stands in the noun's own phrase, before any punctuation; apostrophes part words
  // here: "dell'artigianato" is a link and a word.
  const phrase = /^[^,;:.!?()]*/u.exec(analysis.prose.slice(noun.end, end))?.[0] ?? '';
  for (const word of phrase.matchAll(/\p{L}[\p{L}\p{N}-]*/gu)) {
    if (++seen > NAME_AFTER_REACH) return false;
    const span = { start: noun.end + word.index, end: noun.end + word.index + word[0].length };
    if (links.some((link) => spansOverlap(link, span))) linked = true;
    // A link that leads to when or what about names nothing: "del jueves pero…", "of last year".
    else if (said.some((cue) => spansOverlap(cue, span))) linked = false;
    else if (analysis.isNotName(word[0])) {
      if (!linked) return false;
    } else return linked;
  }
  return false;
}

/**
 * The names in `span`: capitalised words, or where capitals mark every noun (German), the
 * acronyms and brand-like spellings alone, wherever they stand ("beim Abendessen der LogiMAT").
 */
function namesOf(analysis: Analysis, span: Span): Span[] {
  // A capital that starts a sentence names nothing: "…Web Summit? Can't wait."
  if (!analysis.capitalsMarkNouns) return analysis.capitalisedWords(span).filter((word) => !opensSentence(analysis, word.start) && !addressOrPlace(analysis, word));
  const text = analysis.prose.slice(span.start, span.end);
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&-]*/gu)];
  return words
    .filter((word, index) => {
      if (analysis.isNotName(word[0])) return false;
      if (isAcronymOrBrand(word[0]) || BRAND_COMPOUND.test(word[0])) return true;
      // Two capitalised words side by side, nothing between: nouns stand apart (an article, a
      // preposition), names do not ("Barcamp Öffentliche Verwaltung", "Deutsche Bahn"), the
      // first of them too ("auf der Hannover Messe").
      const sideBySide = (first: RegExpExecArray | undefined, second: RegExpExecArray | undefined) =>
        first !== undefined && second !== undefined && /^\p{Lu}/u.test(first[0]) && /^\p{Lu}/u.test(second[0]) && /^[^\S\r\n]$/u.test(text.slice(first.index + first[0].length, second.index)) && !analysis.isNotName(first[0]);
      return sideBySide(words[index - 1], word) || (sideBySide(word, words[index + 1]) && !opensSentence(analysis, span.start + word.index));
    })
    .map((word) => ({ start: span.start + word.index, end: span.start + word.index + word[0].length }));
}

// A compound whose first part is a name: "Claas-Stand", "SAP-Konferenz".
const BRAND_COMPOUND = /^\p{Lu}[\p{L}\p{N}]*-\p{Lu}/u;

// An event's name spelled as one: a capital, then the word for a gathering with one of its own
// ("KubeCon", "MTPCon", "DevOpsDays", "RustConf", "T3chFest", "RubyKaigi"), or as its own
// capitalised word after one ("Pause Fest", "Startup Weekend", "Dutch Design Week"), or a
// hackathon's "Hack" before a capital ("HackZurich", "HackMIT"), a local TED event's "TEDx"
// ("TEDxValladolid"); "Falcon" and "holidays" have none.
const EVENT_NAME = /(?<![\p{L}\p{N}])(?:(?:Hack|TEDx)\p{Lu}[\p{L}\p{N}]*|\p{Lu}[\p{L}\p{N}]*(?:Con|Conf|Days|Fest|Camp|Summit|Hack|Week|Expo|Kaigi|[^\S\r\n](?:Fest|Festival|Weekend|Week|Day|Days|Con|Conf|Camp|Summit|Expo|Congress|Conference|Meetup|Hackathon)))(?![\p{L}\p{N}])/gu;
// The same spelled in lower case, where the writer gives names no capitals: "pycon", "devopsdays".
const EVENT_NAME_IN_LOWER_CASE = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]+(?:con|conf|days|fest|summit|expo|kaigi)(?![\p{L}\p{N}])/gu;
// Words spelled so that are no event's name.
const NOT_EVENT_NAMES = new Set(['bacon', 'beacon', 'deacon', 'falcon', 'silicon', 'lexicon', 'recon', 'zircon', 'balcon', 'halcon', 'holidays', 'birthdays', 'weekdays', 'workdays', 'nowadays', 'heydays', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'yesterdays', 'manifest', 'infest']);
const NAMED_BY_SPELLING = [BRAND_COMPOUND, new RegExp(`^${EVENT_NAME.source}$`, 'u')];

/**
 * An event named earlier in the same sentence, whatever sets it off (a dash or a colon rather than
 * a locative): by its spelling ("#SaaStr2024 — I'm the guy who grilled you on pricing") or by a
 * name beside a word for a gathering.
 */
function eventNamedEarlierInSentence(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentenceAt(offset);
  if (!sentence) return false;
  const before = { start: sentence.start, end: offset };
  if (eventNamesBySpelling(analysis).some((name) => spanContains(before, name))) return true;
  // Or by a name beside a word for a gathering: «Después del meetup de R-Ladies Montevideo del jueves … me quedé con ganas de preguntarte».
  const noun = findCues(analysis, 'eventNoun').find((cue) => spanContains(before, cue));
  return noun !== undefined && namesIn(analysis, { start: noun.start, end: offset }, noun);
}

/**
 * The sentence just before names an event, by a name beside a word for a gathering: "I spent
 * most of NeurIPS between poster sessions. Meeting you was the highlight."
 */
function eventNamedJustBefore(analysis: Analysis, offset: number): boolean {
  const previous = analysis.sentences[analysis.sentenceIndexAt(offset) - 1];
  if (!previous) return false;
  const inPrevious = (span: Span) => spanContains(previous, span);
  if (eventNamesBySpelling(analysis).some(inPrevious)) return true;
  const nouns = findCues(analysis, 'eventNoun').filter(inPrevious);
  return nouns.length > 0 && namesIn(analysis, previous, nouns[0]);
}

/**
 * The capitalised name right after a word that places an occasion in time, an article between
 * them at most: "we both got stuck in the lift during SaaStr Europa", «durante el Startup Grind
 * de Valencia hablamos de precios». Not a name that opens a sentence, names no event or owns what follows.
 */
function namesAfterEventTime(analysis: Analysis): Span[] {
  const names: Span[] = [];
  for (const cue of findCues(analysis, 'eventTime')) {
    const sentence = analysis.sentenceAt(cue.start);
    if (!sentence) continue;
    const [first] = analysis.capitalisedWords({ start: cue.end, end: sentence.end });
    if (!first || !articleBefore(analysis.languages).test(analysis.prose.slice(cue.end, first.start))) continue;
    const name = analysis.prose.slice(first.start, first.end);
    // Someone's, not an occasion: "during Obama's second term".
    if (!analysis.isNotName(name) && !/['’]s$/u.test(name) && !addressOrPlace(analysis, first)) names.push(first);
  }
  return names;
}

// An article, and spaces, between a word and the name after it: " the ", « el ».
const articleBefore = spacesOrWord((grammar) => grammar.definiteArticles, 'iu');

/**
 * Events named as such by their spelling alone, wherever they stand in the content: "KubeCon",
 * a hashtag ("#MTPCon", "#Web3Summit"), capitals with a year ("CES 2024", "GHC '23").
 */
const eventNamesBySpelling = oncePerAnalysis((analysis): readonly Span[] => {
  const { content, prose } = analysis;
  const text = prose.slice(content.start, content.end);
  const matches = [...text.matchAll(EVENT_NAME), ...(analysis.caseless() ? [...text.matchAll(EVENT_NAME_IN_LOWER_CASE)].filter((match) => !NOT_EVENT_NAMES.has(match[0])) : [])];
  const spelled = matches.map((match) => ({ start: content.start + match.index, end: content.start + match.index + match[0].length })).sort((a, b) => a.start - b.start);
  const tagged = analysis.capitalisedWords(content).filter((word) => prose[word.start - 1] === '#' || (ACRONYM.test(prose.slice(word.start, word.end)) && YEAR_AFTER.test(prose.slice(word.end, word.end + 6))));
  return [...spelled, ...tagged.filter((word) => !spelled.some((name) => spanContains(name, word)))].sort((a, b) => a.start - b.start);
});

const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * A name placed by a locative earlier in the sentence: "en la Feria del Libro de Buenos Aires
 * estuvimos en la misma mesa", "At KubeCon, we talked about…".
 */
function placedByNameBefore(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentenceAt(offset);
  if (!sentence) return false;
  const before = { start: sentence.start, end: offset };
  const nouns = findCues(analysis, 'eventNoun');
  return findCues(analysis, 'locative').some((locative) => {
    if (locative.start < before.start || locative.end > before.end) return false;
    const reach = namesOf(analysis, { start: locative.end, end: before.end }).filter((word) => wordsBetween(analysis, locative.end, word.start) <= LOCATIVE_REACH);
    return reach.some((word) => !nouns.some((noun) => spanContains(noun, word)));
  });
}

// A clause opening with the language's "and": "and wanted to", «y me quedé con ganas».
const opensWithAnd = grammarPattern((words) => new RegExp(String.raw`^(?:${words((grammar) => grammar.and)})(?![\p{L}\p{N}])`, 'u'));

/**
 * A capitalised name or a placeholder between `offset` and the end of its sentence (or of its
 * clause, where one joined by "and" begins); a slot right at `offset` is what the cue names,
 * whatever its words say ("notre discussion pendant [Thème]").
 */
function namesSomethingAfter(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentenceAt(offset) ?? analysis.sentenceAt(offset - 1) ?? analysis.content;
  // Where the next word starts, past the spaces after the cue.
  const next = offset + (/^[^\S\r\n]*/u.exec(analysis.prose.slice(offset, sentence.end))?.[0].length ?? 0);
  // A clause of its own joined by "and" says something else: "I was at the webinar the other day and wanted to ask you about your ERP".
  const clause = findNewClauses(analysis).find((opening) => opening.start > next && opening.start < sentence.end && opensWithAnd(analysis.languages).test(analysis.folded.slice(opening.start, opening.end)));
  const rest = { start: offset, end: clause?.start ?? sentence.end };
  const slot = analysis.placeholderAt(next);
  if (slot && !NEVER_AN_EVENT.has(analysis.roleOf(slot))) return true;
  if (slotNamesIn(analysis, rest) || analysis.capitalisedWords(rest).some((word) => !addressOrPlace(analysis, word))) return true;
  return analysis.caseless() && (eventNamesBySpelling(analysis).some((name) => spanContains(rest, name)) || namedRightAfterLocative(analysis, rest, next));
}

/**
 * Where the writer gives names no capitals, the word right after a locative that ends the cue or
 * starts at `next`, when it is neither a function word nor a modifier: "so good meeting u at
 * neurips", "un gusto conocerte en nerdearla", not "at the meetup" or "at last week's meetup".
 */
function namedRightAfterLocative(analysis: Analysis, rest: Span, next: number): boolean {
  const locative = findCues(analysis, 'locative').find((cue) => cue.end === rest.start || cue.start === next);
  if (!locative) return false;
  const word = /^[^\S\r\n]+(\p{L}[\p{L}\p{N}'’-]*)/u.exec(analysis.prose.slice(locative.end, rest.end));
  if (!word?.[1] || analysis.isNotName(word[1])) return false;
  const start = locative.end + word[0].length - word[1].length;
  const span = { start, end: start + word[1].length };
  return !namingNoEvent(analysis).some((cue) => spansOverlap(cue, span));
}

// ", Alex." / "— Pieter," after the event: the reader addressed, not the event's name.
const ADDRESS_BEFORE = /(?:,|—|–)[^\S\r\n]*$/u;
const ADDRESS_AFTER = /^[^\S\r\n]*(?:[.!?,;—–]|$)/u;
// "the nursing conference in Birmingham in May": where and when, not which (English: a Dutch
// "Energiecongres in Utrecht" is named by its compound, which the event noun covers).
const PLACE_BEFORE = /(?<![\p{L}])(?:in|near)[^\S\r\n]+$/u;

/** A capitalised word that is the person addressed, or (English) a place or month after "in". */
function addressOrPlace(analysis: Analysis, word: Span): boolean {
  const before = analysis.prose.slice(Math.max(0, word.start - 6), word.start);
  if (analysis.languages.includes('en') && PLACE_BEFORE.test(before)) return true;
  return ADDRESS_BEFORE.test(before) && ADDRESS_AFTER.test(analysis.prose.slice(word.end, word.end + 3));
}

/** A slot right before an event's noun that can name it: "our [Community Name] meetup", "the {{conference}} dinner". */
function slotRightBefore(analysis: Analysis, noun: Span): Span | undefined {
  return analysis.contentPlaceholders.find((placeholder) => placeholder.end <= noun.start && SPACES.test(analysis.prose.slice(placeholder.end, noun.start)) && !NAMES_NOTHING.has(analysis.roleOf(placeholder)));
}

/** A slot in `span` that can name an event: not a name, the sender's own details or a date. */
function slotNamesIn(analysis: Analysis, span: Span): boolean {
  return analysis.contentPlaceholders.some((placeholder) => placeholder.start >= span.start && placeholder.start < span.end && !NAMES_NOTHING.has(analysis.roleOf(placeholder)));
}
