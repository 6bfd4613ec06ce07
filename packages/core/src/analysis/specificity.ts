import { isAcronymOrBrand, oncePerAnalysis, opensSentence, perLanguage, type Analysis } from './index.js';
import { findCues } from './cues.js';
import { findPhrases, type PhraseMatch } from './phrase-pattern.js';
import { spansOverlap, type Span } from '../document/length.js';
import type { PlaceholderRole } from '../languages/index.js';

const selfIntroductions = perLanguage((data) => data.reason.selfIntroduction);
const newClause = perLanguage((data) => data.reason.newClause);
const smallTalk = perLanguage((data) => data.reason.smallTalk ?? []);
const profileFound = perLanguage((data) => data.reason.profileFound ?? []);

/** Asking after them in general ("how are you doing?", "espero que estés bien"), found once per analysis. */
export const findAskingAfterThem = oncePerAnalysis((analysis): readonly PhraseMatch[] =>
  findPhrases(smallTalk(analysis), analysis.folded, analysis.content.start, analysis.content.end),
);

/** How the sender found them ("I came across your profile", «vi tu perfil»), found once per analysis. */
export const findProfileFound = oncePerAnalysis((analysis): readonly PhraseMatch[] =>
  findPhrases(profileFound(analysis), analysis.folded, analysis.content.start, analysis.content.end),
);

/** Where a clause with its own subject starts ("…, and I have an opening", "— we help…"). */
export const findNewClauses = oncePerAnalysis((analysis): readonly PhraseMatch[] =>
  findPhrases(newClause(analysis), analysis.folded, analysis.content.start, analysis.content.end),
);

/**
 * Where the sender introduces themselves by name, to the end of that clause: "soy {{seller}} de
 * De Vera Grill" names the sender's company, which says nothing about why this recipient. The
 * clause ends at a punctuation mark or where one of the sender's own starts ("I'm a [Job Title]
 * at [Company] and we help teams like [Their Company]…"). Found once per analysis.
 */
export const findSelfIntroductions = oncePerAnalysis((analysis): readonly Span[] => {
  const { folded, content, prose } = analysis;
  const introductions = findPhrases(selfIntroductions(analysis), folded, content.start, content.end);
  if (introductions.length === 0) return [];
  // A question ends it too: "I'm a final-year student at [University] and wondering whether [Company]…".
  const clauses = [...findNewClauses(analysis), ...findCues(analysis, 'askingWhether')].sort((a, b) => a.start - b.start);
  return introductions.map((match) => {
    // A parenthesis belongs to the clause it stands in ("at Fernleaf (Series B, 140 people)"), and
    // a point or comma inside a figure ends nothing ("a $4.2M round"); a dash between words ends it
    // ("working from Taipei for six months — does Gogoro's team…").
    const stop = prose
      .slice(match.end, content.end)
      .replace(/\([^()\n]*\)/gu, (aside) => ' '.repeat(aside.length))
      .search(/[;:!?\n—–]|[,.](?!\p{N})|\s-\s/u);
    const punctuationEnd = stop === -1 ? content.end : match.end + stop;
    const clause = clauses.find((other) => other.start >= match.end && other.start < punctuationEnd);
    return { start: match.start, end: clause?.start ?? punctuationEnd };
  });
});

/**
 * The slots that say nothing about why this recipient: their name, the sender's own details, a
 * date. The recipient's company, role or field do ("the {interested_position} roles at
 * {toCompany}"), as the company and product names they stand for would.
 */
const NOT_FACTS: ReadonlySet<PlaceholderRole> = new Set(['name', 'sender', 'date']);

// Up to three capitalised words opening the content, then a comma: the reader, addressed by name.
const ADDRESSEE = /^[^\S\r\n]*\p{Lu}[\p{L}\p{M}'’-]*(?:[^\S\r\n]+\p{Lu}[\p{L}\p{M}'’-]*){0,2}(?=[^\S\r\n]*,)/u;

/**
 * The names that open the content before a comma, most often the reader's in a note with no
 * greeting word ("Juan Pablo, me gustaría agregarte…"): who is addressed, not a detail of why.
 * After a greeting the same run is set apart by commas ("Hi Sam, Dana Ruiz, …") and not counted
 * either. Found once per analysis.
 */
const findAddressee = oncePerAnalysis((analysis): Span | undefined => {
  const { prose, content } = analysis;
  const match = ADDRESSEE.exec(prose.slice(content.start, content.end));
  return match ? { start: content.start, end: content.start + match[0].length } : undefined;
});

/**
 * The sender's contact details in the content, a web address, an e-mail address or a phone
 * number ("🔗 www.[tuweb].com", "📱 612 345 678", "sam@pickbot.ai"): how to reach them, not why
 * this recipient. Found once per analysis.
 */
const findContactDetails = oncePerAnalysis((analysis): readonly Span[] => {
  const { prose, content } = analysis;
  return [...prose.slice(content.start, content.end).matchAll(CONTACT_DETAIL)]
    .filter((match) => !/^[+(\p{N}]/u.test(match[0]) || isPhoneNumber(match[0]))
    .map((match) => ({ start: content.start + match.index, end: content.start + match.index + match[0].length }));
});

// A figure in groups is a phone number with a country code or nine digits or more: not "1.200.000 €".
function isPhoneNumber(text: string): boolean {
  return text.startsWith('+') || (text.match(/\p{N}/gu)?.length ?? 0) >= 9;
}

// A web address (a scheme or "www.", or a name in lower case under a common top-level domain:
// "pickbot.ai", not the company "Booking.com"), an e-mail address, or figures in groups that may
// be a phone number (see isPhoneNumber).
const CONTACT_DETAIL =
  /(?<![\p{L}\p{N}])(?:(?:https?:\/\/|www\.)[^\s]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|[\p{Ll}\p{N}][\p{L}\p{N}-]*\.(?:com|org|net|io|ai|co\.uk|co|es|mx|ar|cl|dev|app)(?:\/[^\s]*)?(?![\p{L}\p{N}])|\+?\(?\p{N}{1,4}\)?(?:[\s.-]?\p{N}{2,4}){2,5}(?![\p{L}\p{N}]))/gu;

/**
 * How many concrete details the content holds outside `excluded` (the shared contact's name, a
 * count of connections in common: who and how many you both know is not a purpose): names of
 * companies, places, products (capitalised words past a sentence's first), figures, acronyms,
 * and placeholders for facts (not NOT_FACTS). A note made of greetings and stock politeness has
 * none; "I run operations at a 3PL in Zaragoza" has two. `sentences`: the ones to look in.
 */
export function countSpecifics(analysis: Analysis, excluded: readonly Span[], sentences: readonly Span[] = analysis.sentences): number {
  let count = 0;
  const addressee = findAddressee(analysis);
  const contacts = findContactDetails(analysis);
  const isExcluded = (span: Span) =>
    (addressee !== undefined && spansOverlap(addressee, span)) || excluded.some((other) => spansOverlap(other, span)) || contacts.some((other) => spansOverlap(other, span));
  for (const sentence of sentences) {
    const text = analysis.prose;
    for (const word of analysis.capitalisedWords(sentence)) {
      if (isExcluded(word)) continue;
      const raw = text.slice(word.start, word.end);
      const acronymOrBrand = isAcronymOrBrand(raw);
      if (analysis.capitalsMarkNouns && !acronymOrBrand) continue;
      const first = opensSentence(analysis, word.start);
      const followedByName = /^\s+\p{Lu}/u.test(text.slice(word.end, word.end + 3));
      if (first && !acronymOrBrand && !followedByName) continue;
      count++;
    }
    for (const figure of text.slice(sentence.start, sentence.end).matchAll(/(?<![\p{L}])\p{N}[\p{L}\p{N}+%.,:/-]*/gu)) {
      const start = sentence.start + figure.index;
      if (!isExcluded({ start, end: start + figure[0].length })) count++;
    }
  }
  // A slot written twice ("people in [industry]… your experience in [industry]") is one detail,
  // and one excluded where it is first written stays excluded: "I saw you're in {{industry}}. Our clients in {{industry}}…".
  const slots = new Set<string>();
  const excludedSlots = new Set(analysis.contentPlaceholders.filter(isExcluded).map((placeholder) => placeholder.raw));
  for (const placeholder of analysis.contentPlaceholders) {
    // The spans asked about may be parts of sentences: a question from its "¿" on.
    const within = sentences.find((span) => placeholder.start >= span.start && placeholder.start < span.end);
    // Spintax is wording to vary, not a fact: "{% spin %}love what you do|admire your work{% endspin %}".
    if (within && placeholder.end <= within.end && !placeholder.alternatives && !NOT_FACTS.has(analysis.roleOf(placeholder)) && !excludedSlots.has(placeholder.raw)) slots.add(placeholder.raw);
  }
  count += slots.size;
  return count;
}
