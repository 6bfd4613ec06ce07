import { oncePerAnalysis, perLanguage, type Analysis } from './index.js';
import { findContexts, findFollowingInGeneral, type ContextFinding } from './contexts.js';
import { grammarPattern } from './grammar.js';
import { findPhrases, type PhraseMatch, type PhrasePattern } from './phrase-pattern.js';
import { findCues, SPACES, wordsBetween } from './cues.js';
import { findConnectionCounts, findSharedContacts, peopleWordAfter } from './shared-contacts.js';
import { asksAboutOpenings, asksAboutThem } from './questions.js';
import { countSpecifics, findAskingAfterThem, findNewClauses, findProfileFound, findSelfIntroductions } from './specificity.js';
import { spanContains, spansOverlap, type Span } from '../document/length.js';

const hooks = perLanguage((data) => data.reason.hooks);
const generic = perLanguage((data) => data.reason.generic);
const filler = perLanguage((data) => data.reason.filler);
const courtesy = perLanguage((data) => data.reason.courtesy ?? []);
const noTopic = perLanguage((data) => data.reason.noTopic);
const profileEcho = perLanguage((data) => data.reason.profileEcho ?? []);
const pitch = perLanguage((data) => data.reason.pitch ?? []);
const referral = perLanguage((data) => data.reason.referral ?? []);
const senderRole = perLanguage((data) => data.reason.senderRole ?? []);

/** What a hook's last word may lead to that names nothing ("talk about anything"), found once per analysis. */
const findNoTopics = oncePerAnalysis((analysis): readonly PhraseMatch[] => findPhrases(noTopic(analysis), analysis.folded, analysis.content.start, analysis.content.end));

/** The sender's service offered ("we help", "ayudamos a"), found once per analysis: three ties to the recipient ask. */
const findPitches = oncePerAnalysis((analysis): readonly PhraseMatch[] => findPhrases(pitch(analysis), analysis.folded, analysis.content.start, analysis.content.end));

// A figure a few words after a gain measures it: "increase conversions by 40%", "crecer un 30 %".
const MEASURED = /^(?:[^\S\r\n]*[^\s\p{N}]+(?![^\s\p{N}])){0,4}[^\S\r\n]*[^\s\p{N}]*\p{N}/u;

/** A gain any seller promises ("grow", "crecer") at or after `offset`, in its sentence, not measured: a pitch to anyone. */
function promisesAnyGainAfter(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentenceAt(offset);
  return findCues(analysis, 'vagueGain').some(
    (gain) => gain.start >= offset && analysis.sentenceAt(gain.start) === sentence && !MEASURED.test(analysis.folded.slice(gain.end, sentence?.end ?? gain.end)),
  );
}

// Two concrete details (a company and a city, a product and a figure) make a purpose when
// nothing in the note is stock networking talk.
const MIN_SPECIFICS = 2;
// How many other words a sentence of how they were found may hold: "I just came across your profile.", "Hoy vi tu perfil.".
const OPENER_WORDS = 3;
// How far before a count a hook may end and still be about it: "vi que temos várias conexões".
const COUNT_REACH = 3;
// Past this many words read as nothing, a note that never talks of networking says something
// the rules cannot read. On notes written after the rules were tuned (639 right findings, 76
// false alarms), 20 silenced 41 false alarms and no right finding; 16 silenced 45 and 6 right
// ones, 24 only 25 false alarms.
const UNREAD_WORDS = 20;
// Flags are pairs of regional indicators, which are not pictographs: "…in Lisbon here 🇧🇷 I read…".
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
// A sentence's end, then a hashtag or a handle: UAX #29 runs the sentence on when a lower-case letter follows.
const STOP_BEFORE_TAG = /[.!?]["'”’)\]]*\s+[#@]/u;

/**
 * A context is a reason, even an event left unnamed ("met at the conference last week"), but not
 * a meeting with no where or what ("great to meet you yesterday!"), nor studies in common that
 * name no school or programme ("Fellow alum!").
 */
function saysWhereOrWhat(analysis: Analysis, context: ContextFinding): boolean {
  if (context.kind === 'studied-together') return context.named;
  if (context.kind !== 'event' || context.named) return true;
  const sentence = analysis.sentenceAt(context.start);
  // A noun that is also the meeting cue names nothing ("so nice meeting you!", "talk soon")
  // unless a locative places it: "nos vimos en la charla del jueves".
  const meetings = findCues(analysis, 'meeting');
  const locatives = findCues(analysis, 'locative');
  const isMeeting = (noun: Span) => meetings.some((meeting) => meeting.start === noun.start && meeting.end === noun.end);
  const isPlaced = (noun: Span) => locatives.some((locative) => locative.end <= noun.start && analysis.sentenceAt(locative.start) === sentence && wordsBetween(analysis, locative.end, noun.start) <= 1);
  // Some event or other places nothing: "we both attended an event recently", "nos vimos en un evento".
  const isAnyOne = (noun: Span) => anyEvent(analysis.languages).test(analysis.folded.slice(noun.start, noun.end)) && indefiniteBefore(analysis.languages).test(analysis.folded.slice(sentence?.start ?? 0, noun.start));
  return findCues(analysis, 'eventNoun').some((noun) => analysis.sentenceAt(noun.start) === sentence && (!isMeeting(noun) || isPlaced(noun)) && !isAnyOne(noun));
}

// The word for any gathering at all, in the languages the rules read.
const anyEvent = grammarPattern((words) => new RegExp(String.raw`^(?:${words((grammar) => grammar.anyEvent)})$`, 'u'));
// An indefinite article up to two words before a noun, in the languages the rules read: "an event", "a big conference", "un congreso", "einem Meetup".
const indefiniteBefore = grammarPattern((words) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${words((grammar) => grammar.indefinites)})(?:[^\S\r\n]+[\p{L}-]+){0,2}[^\S\r\n]+$`, 'u'));

// A comma, a colon or "and" before a name: a run-on sentence going on with someone else as its subject.
const beforeNewSubject = grammarPattern((words) => new RegExp(String.raw`(?:[,:;]|(?:^|\s)(?:${words((grammar) => grammar.and)}))\s+$`, 'u'));

/**
 * A name opens a clause of its own between stock talk and a hook: "always nice to connect with
 * fellow marketers, and Kevin told me you…", "…del sector, y Andrés me comentó que…". Not where
 * capitals mark every noun (German).
 */
function namesNewSubject(analysis: Analysis, span: Span): boolean {
  if (analysis.capitalsMarkNouns || span.end <= span.start) return false;
  return analysis.capitalisedWords(span).some((word) => beforeNewSubject(analysis.languages).test(analysis.prose.slice(Math.max(span.start, word.start - 8), word.start)));
}

/** Courtesy that asks nothing and says nothing of why ("no pressure", "sin compromiso"), found once per analysis. */
export const findCourtesy = oncePerAnalysis((analysis): readonly PhraseMatch[] => findPhrases(courtesy(analysis), analysis.folded, analysis.content.start, analysis.content.end));

/**
 * Who you both know, how many, who the sender is, courtesy and asking after them: spans that say nothing of why this
 * recipient. Found once per analysis: the verdict and saysMoreThanRead both ask.
 */
const notDetailsOf = oncePerAnalysis((analysis): readonly Span[] => [
  ...findSharedContacts(analysis),
  ...findConnectionCounts(analysis),
  ...findSelfIntroductions(analysis),
  ...findCourtesy(analysis),
  ...findAskingAfterThem(analysis),
]);

/**
 * Whether a note in which reasonVerdict found neither a reason nor stock talk says more than the
 * rules read: UNREAD_WORDS words of content or more outside who you both know, how many and who
 * the sender is, and no talk of networking itself ("grow my network", "a new challenge", "your
 * content"). Such a note is about something in the writer's own words ("our two clinics are 4 km
 * apart and both lost their practice manager…"): require-reason is unsure of it. The sentences
 * of `openers`, how the sender found them, count as read.
 */
export function saysMoreThanRead(analysis: Analysis, openers: readonly Span[] = []): boolean {
  const { prose, content } = analysis;
  // The sentences of how they were found (see onlyProfileFound) are read, their "profile" no talk of networking.
  const opening = sentencesOf(analysis, openers);
  if (findCues(analysis, 'networkTalk').some((cue) => !opening.some((sentence) => spanContains(sentence, cue)))) return false;
  const read = opening.length === 0 ? notDetailsOf(analysis) : [...notDetailsOf(analysis), ...opening];
  let unread = 0;
  for (const word of prose.slice(content.start, content.end).matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)) {
    const start = content.start + word.index;
    const span = { start, end: start + word[0].length };
    if (!read.some((other) => spansOverlap(other, span)) && ++unread >= UNREAD_WORDS) return true;
  }
  return false;
}

/** The sentences that hold `spans`. */
function sentencesOf(analysis: Analysis, spans: readonly Span[]): Span[] {
  return spans.map((span) => analysis.sentenceAt(span.start)).filter((sentence): sentence is Span => sentence !== undefined);
}

/**
 * What a word model of reasons must not weigh, words that say nothing of why: asking after them,
 * a courtesy, how many contacts both have, the sentences of `openers` (how they were found).
 */
export function saysNothing(analysis: Analysis, openers: readonly Span[]): Span[] {
  return [...findAskingAfterThem(analysis), ...findCourtesy(analysis), ...findConnectionCounts(analysis), ...sentencesOf(analysis, openers)];
}

// After the one name an example word leads to, another example: "like Stripe and Shopify", "like Stripe, Shopify".
const anotherExample = grammarPattern(
  (words) => new RegExp(String.raw`^[^\S\r\n]*(?:[,&/]|(?:${words((grammar) => [...grammar.and, ...grammar.or])})(?![\p{L}\p{N}]))`, 'u'),
);
// Capitalised words of one name: "Leeds Teaching Hospitals".
const NAME_GOES_ON = /^[^\S\r\n]$/u;

/**
 * One company named as the kind a pitch serves is the recipient's, as `like {{company}}` is in
 * a template: "we help manufacturers like Ardent cut scrap", "ayudamos a empresas como Ardent".
 * Several named are the sender's customers ("we help brands like Lidl and Aldi"), and a gain any
 * seller promises is a pitch to anyone ("we help companies like Ardent grow").
 */
function pitchNamesTheirCompany(analysis: Analysis): boolean {
  const exemplars = findCues(analysis, 'exemplar');
  if (exemplars.length === 0) return false;
  const { prose } = analysis;
  const pitches = findPitches(analysis);
  return exemplars.some((cue) => {
    const sentence = analysis.sentenceAt(cue.start);
    if (!sentence || !pitches.some((offer) => offer.end <= cue.start && analysis.sentenceAt(offer.start) === sentence)) return false;
    const names = analysis.capitalisedWords({ start: cue.end, end: sentence.end });
    if (names.length === 0 || !SPACES.test(prose.slice(cue.end, names[0]!.start))) return false;
    let end = names[0]!.end;
    for (const word of names.slice(1)) {
      if (!NAME_GOES_ON.test(prose.slice(end, word.start))) break;
      end = word.end;
    }
    if (anotherExample(analysis.languages).test(prose.slice(end, sentence.end))) return false;
    // What they would gain says whether it is theirs: "…like Ardent cut scrap", not "…like Ardent grow".
    return !promisesAnyGainAfter(analysis, end);
  });
}

// The slots that tie a pitch to the recipient: their role, their company.
const TIED_SLOTS: ReadonlySet<string> = new Set(['role', 'company']);

/**
 * A pitch to the recipient's own role or company, by its slot, is tied to them as `like
 * {{company}}` is: "I help {{title}}s build predictable outbound pipeline", "we work with [their
 * role type] on…", "…; en {companyName} os podría ahorrar…". Not with a gain any seller
 * promises ("I help {{title}}s grow").
 */
function pitchServesTheirSlot(analysis: Analysis): boolean {
  const slots = analysis.contentPlaceholders.filter((placeholder) => TIED_SLOTS.has(analysis.roleOf(placeholder)));
  if (slots.length === 0) return false;
  return findPitches(analysis).some((offer) =>
    slots.some((slot) => {
      if (slot.start <= offer.end) return false;
      // Their company's slot as a place later in the pitch's sentence, with no example of whom
      // the sender serves between ("like you at {{company}}"), is where a gain no seller
      // promises to all lands: "…con lectura RFID; en {companyName} os podría ahorrar…".
      if (analysis.roleOf(slot) === 'company') {
        // Its people, served by the pitch: "I help {{company}} teams cut onboarding time".
        if (peopleWordAfter(analysis, slot.end) && SPACES.test(analysis.prose.slice(offer.end, slot.start))) return !promisesAnyGainAfter(analysis, slot.end);
        const between = (cue: Span) => cue.start >= offer.end && cue.end <= slot.start;
        const placed = findCues(analysis, 'locative').some((cue) => between(cue) && SPACES.test(analysis.prose.slice(cue.end, slot.start)));
        return placed && analysis.sentenceAt(slot.start) === analysis.sentenceAt(offer.start) && !findCues(analysis, 'exemplar').some(between) && !promisesAnyGainAfter(analysis, offer.end);
      }
      return SPACES.test(analysis.prose.slice(offer.end, slot.start)) && !promisesAnyGainAfter(analysis, slot.end);
    }),
  );
}

/**
 * Someone both know, named, suggested the two talk, and the sender says who they are: "Tom
 * Becker recommended I reach out. I'm a product manager at Ardent.", "[Mutual] suggested we
 * connect! I lead AI training at…" (the sender's role). Named alone ("Dana suggested I reach out.") it says no more
 * than that they know someone.
 */
function referredWithIntroduction(analysis: Analysis): boolean {
  const { folded, content } = analysis;
  if (findPhrases(referral(analysis), folded, content.start, content.end).length === 0 || findSharedContacts(analysis).length === 0) return false;
  return findSelfIntroductions(analysis).length > 0 || findPitches(analysis).length > 0 || findPhrases(senderRole(analysis), folded, content.start, content.end).length > 0;
}

/**
 * Whether the stock talk is only how the sender found them, each in a sentence of its own ("I came
 * across your profile. Your team's move to Leeds…"): a template's opener, the rest of the note
 * still its own.
 */
function onlyProfileFound(analysis: Analysis, talk: readonly PhraseMatch[]): boolean {
  const openers = findProfileFound(analysis);
  if (openers.length === 0) return false;
  return talk.every((phrase) => {
    const sentence = analysis.sentenceAt(phrase.start);
    const opener = openers.find((found) => spansOverlap(found, phrase));
    if (!sentence || !opener) return false;
    const start = Math.min(opener.start, phrase.start);
    const end = Math.max(opener.end, phrase.end);
    return wordsBetween(analysis, sentence.start, start) + wordsBetween(analysis, end, sentence.end) <= OPENER_WORDS;
  });
}

/**
 * Their news congratulated and a meet-up proposed: "Congrats on the new role at Ocado! Coffee
 * when you're back?". Stock talk to a stranger; between people who know each other (degree 1)
 * the reason for the note.
 */
export function congratulatesAndMeets(analysis: Analysis): boolean {
  return findCues(analysis, 'congratulation').length > 0 && findCues(analysis, 'meetUp').length > 0;
}

/** Whether a note says why this person; when not, the stock networking talk it holds instead. */
export type ReasonVerdict =
  | { reason: true }
  | {
    reason: false;
    /** The stock talk found, asking after them in general ("hope you're well") included. */
    generic: PhraseMatch[];
    /** Whether any of it is more than asking after them or how they were found: talk of networking, filler, their profile handed back. */
    stockTalk: boolean;
    /** How the sender found them, when that is all the stock talk there is (see onlyProfileFound). */
    openers: PhraseMatch[];
  };

/**
 * Why this person, read as require-reason reads it (and no-default-text, which asks whether the
 * words around a stock sentence say more than it): a context, a slot for the specific detail, a
 * phrase the team counts as a reason (`extra`), a hook outside a sentence of stock networking
 * talk, or, with no such talk at all, two concrete details.
 */
export function reasonVerdict(analysis: Analysis, extra?: PhrasePattern): ReasonVerdict {
  if (findPhrases(extra, analysis.folded, analysis.content.start, analysis.content.end).length > 0) return { reason: true };
  return builtInVerdict(analysis);
}

// Judged once per analysis: require-reason and no-default-text may both ask.
const builtInVerdict = oncePerAnalysis((analysis: Analysis): ReasonVerdict => {
  const { folded, content } = analysis;
  // `[the point you liked]`, `[specific project]`: the template's user writes the reason there.
  if (analysis.contentPlaceholders.some((placeholder) => analysis.roleOf(placeholder) === 'specific')) return { reason: true };
  // A hook inside a sentence of stock networking talk ("came across your profile and was
  // impressed by your experience in…") is part of that talk, not a reason, unless a clause with
  // its own subject starts between them ("…stood out, and I have an opening…"); filler ("open
  // to new roles") leaves the hooks around it in its sentence alone.
  const wrapping = findPhrases(generic(analysis), folded, content.start, content.end);
  const clauses = wrapping.length > 0 ? findNewClauses(analysis) : [];
  const isPartOfTalk = (hook: PhraseMatch) =>
    wrapping.some((phrase) => {
      if (analysis.sentenceAt(phrase.start) !== analysis.sentenceAt(hook.start)) return false;
      const [from, to] = phrase.start < hook.start ? [phrase.end, hook.start] : [hook.end, phrase.start];
      // A clause that opens right where the hook starts parts them too: "…casualty here: your workaround…".
      const partsThem = (start: number) => start >= from && (start < to || (start === to && to === hook.start));
      // An emoji or a line break between them closes the hook's thought as a full stop would: "…every Friday 😩 I help…",
      // "…estoy alli desde marzo\nte apetece un cafe y me cuentas q tal la nueva startup??".
      const between = analysis.prose.slice(from, to);
      // So does a full stop before a hashtag or a handle, which the sentence rules run on past: "…your profile. #pycon2024 sprint table buddy here".
      if (EMOJI.test(between) || between.includes('\n') || STOP_BEFORE_TAG.test(between)) return false;
      return !clauses.some((clause) => partsThem(clause.start)) && !namesNewSubject(analysis, { start: from, end: to });
    });
  // Their profile merged back in ("I see you're the {{title}} at {{company}}") says nothing by
  // itself, but it ties a pitch in the note to them: "…. We help teams like yours cut spend by 30%".
  const echoes = findPhrases(profileEcho(analysis), folded, content.start, content.end);
  // Not with a gain any seller promises: "I see you're Head of Sales at Ardent. We help teams like yours grow.".
  if (echoes.length > 0 && findPitches(analysis).some((offer) => !echoes.some((echo) => spanContains(echo, offer)) && !promisesAnyGainAfter(analysis, offer.end))) {
    return { reason: true };
  }
  if (pitchNamesTheirCompany(analysis) || pitchServesTheirSlot(analysis)) return { reason: true };
  if (referredWithIntroduction(analysis)) return { reason: true };
  // A job open at the place their profile names: "vi que trabajas en [Empresa]… ¿tienen vacantes?".
  if (echoes.length > 0 && findCues(analysis, 'opening').length > 0) return { reason: true };
  const fillers = findPhrases(filler(analysis), folded, content.start, content.end);
  const fillerPhrases = [...fillers, ...echoes];
  const genericPhrases = [...wrapping, ...fillerPhrases].sort((a, b) => a.start - b.start);
  // A hook inside filler is the filler's own words: "your track record with [Company] is remarkable",
  // its subject before it too ("I noticed you work in HR" where the filler begins at "noticed"),
  // and so is one that runs into filler: what "vi que estás" introduces is "estás en el grupo de…".
  const senders = fillerPhrases.length > 0 ? findCues(analysis, 'sender') : [];
  const startsAtSubjectOf = (phrase: PhraseMatch, hook: PhraseMatch) =>
    senders.some((sender) => sender.start === hook.start && SPACES.test(folded.slice(sender.end, phrase.start)));
  const isInsideFiller = (hook: PhraseMatch) =>
    fillerPhrases.some((phrase) => spanContains(phrase, hook) || (hook.end <= phrase.end && (hook.end > phrase.start || startsAtSubjectOf(phrase, hook))));
  // "I see we have 23 connections in common": what is seen is a count, which says nothing of why.
  const counts = findConnectionCounts(analysis);
  const isAboutCount = (hook: PhraseMatch) =>
    counts.some(
      (count) =>
        spansOverlap(count, hook) ||
        (count.start >= hook.end && analysis.sentenceAt(count.start) === analysis.sentenceAt(hook.start) && wordsBetween(analysis, hook.end, count.start) <= COUNT_REACH),
    );
  const found = findPhrases(hooks(analysis), folded, content.start, content.end);
  // "connect on LinkedIn", "talk about anything": the hook's preposition leads to no topic.
  const emptyTopics = found.length > 0 ? findNoTopics(analysis) : [];
  // "vi que [Mutual Connection]…", "I saw that Dana…": what is seen is someone both know, their slot or their name, which says nothing of why.
  const sharedContacts = found.length > 0 ? findSharedContacts(analysis).filter((contact) => contact.how === 'placeholder' || /^\p{Lu}/u.test(analysis.prose.slice(contact.start, contact.end))) : [];
  const endsAtSharedContact = (hook: PhraseMatch) => sharedContacts.some((contact) => hook.end === contact.end);
  const namesNoTopic = (hook: PhraseMatch) => emptyTopics.some((topic) => topic.start < hook.end && topic.end >= hook.end);
  const realHooks = found.filter((hook) => !isPartOfTalk(hook) && !isInsideFiller(hook) && !isAboutCount(hook) && !endsAtSharedContact(hook) && !namesNoTopic(hook));
  // Hooks are looked for before contexts: cheaper, and a note with one needs no more. Their work
  // named inside stock talk is that talk's: "love what you're doing with your show".
  const isPraiseOfTheirWork = (context: ContextFinding) => context.kind === 'interaction' && genericPhrases.some((phrase) => spanContains(phrase, context));
  if (realHooks.length > 0 || findContexts(analysis).some((context) => saysWhereOrWhat(analysis, context) && !isPraiseOfTheirWork(context))) return { reason: true };
  // Who you both know, how many, and who the sender is say nothing of why this recipient; nor,
  // in a question put to them, does what names no topic ("feedback on my CV?").
  const notDetails = notDetailsOf(analysis);
  if (asksAboutThem(analysis, genericPhrases, [...notDetails, ...findNoTopics(analysis)])) return { reason: true };
  if (asksAboutOpenings(analysis, notDetails)) return { reason: true };
  // How they were found, alone, is an opener, not stock talk: the note's details and its own words still speak.
  const openerOnly = wrapping.length > 0 && onlyProfileFound(analysis, wrapping);
  // Their profile handed back is no stock talk of networking: what the note goes on to say may still be specific.
  if ((wrapping.length === 0 || openerOnly) && fillers.length === 0 && countSpecifics(analysis, [...notDetails, ...echoes]) >= MIN_SPECIFICS) return { reason: true };
  const askingAfterThem = findAskingAfterThem(analysis);
  const openers = openerOnly && fillerPhrases.length === 0 ? wrapping : [];
  // Following their content in general is stock talk too ("I follow your content"), whatever opens the note: "I've been lurking on your posts for two years".
  const following = findFollowingInGeneral(analysis).filter((span) => !genericPhrases.some((phrase) => spansOverlap(phrase, span)));
  const talk = [...genericPhrases, ...following].sort((a, b) => a.start - b.start);
  return {
    reason: false,
    generic: askingAfterThem.length === 0 ? talk : [...talk, ...askingAfterThem].sort((a, b) => a.start - b.start),
    stockTalk: (genericPhrases.length > 0 && openers.length === 0) || following.length > 0,
    openers,
  };
});
