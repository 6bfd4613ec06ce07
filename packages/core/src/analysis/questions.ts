import { spanContains, spansOverlap, type Span } from '../document/length.js';
import { findCues } from './cues.js';
import { oncePerAnalysis, opensSentence, type Analysis } from './index.js';
import type { PhraseMatch } from './phrase-pattern.js';
import { countSpecifics } from './specificity.js';

// A question mark ends the sentence, past closing quotes, brackets and emoji ("…in production?" 🙂).
const ENDS_ASKING = /\?["'”’»)\]\s\p{Extended_Pictographic}\uFE0F]*$/u;

/** The content's questions, asked with a question mark or as formal notes ask ("I wanted to ask whether…"). */
const questionSentences = oncePerAnalysis((analysis): Span[] => {
  const asking = findCues(analysis, 'askingWhether');
  return analysis.sentences.filter((sentence) => {
    const text = analysis.prose.slice(sentence.start, sentence.end);
    return ENDS_ASKING.test(text) || text.trimStart().startsWith('¿') || asking.some((cue) => spanContains(sentence, cue));
  });
});

/**
 * The content's questions put to the recipient ("you", "vuestro", "¿seguís…?"), not those that
 * ask for the sender's sake, out of politeness or about what the sender assumes ("15 minutes
 * next week?", "how are things at Acme?", "are you also in Leeds?": notAboutThem).
 */
const questionsToThem = oncePerAnalysis((analysis): Span[] => {
  const questions = questionSentences(analysis);
  if (questions.length === 0) return [];
  const notAboutThem = findCues(analysis, 'notAboutThem');
  const addressee = findCues(analysis, 'addressee');
  // A question about their company's slot is put to them too: "how did [Company] handle the switch to the new portal?".
  const theirCompany = analysis.contentPlaceholders.filter((placeholder) => analysis.roleOf(placeholder) === 'company');
  return questions.filter(
    (sentence) =>
      !notAboutThem.some((cue) => spanContains(sentence, cue)) &&
      ([...addressee, ...theirCompany].some((cue) => spanContains(sentence, cue)) || namesAnOrganisation(analysis, sentence)),
  );
});

// Before a name, a word that places an organisation: "at Monzo", "en Rappi", "para Bimbo".
const ORGANISATION_BEFORE = /(?:^|[^\p{L}])(?:at|in|for|from|en|para|de|del|con)[^\S\r\n]+$/u;
const POSSESSIVE = /['’]s$/u;
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}])/u;

/**
 * A name placed as an organisation in `sentence`, past its first word: "is Figma's education team
 * doing anything with bootcamps?", "¿cómo le hicieron en Bimbo para…?". A question about a named
 * place of work is asked of someone there.
 */
function namesAnOrganisation(analysis: Analysis, sentence: Span): boolean {
  return analysis.capitalisedWords(sentence).some(
    (word) =>
      !opensSentence(analysis, word.start) &&
      (ORGANISATION_BEFORE.test(analysis.prose.slice(Math.max(sentence.start, word.start - 6), word.start)) ||
        POSSESSIVE.test(analysis.prose.slice(word.start, word.end)) ||
        POSSESSIVE_AFTER.test(analysis.prose.slice(word.end, word.end + 3))),
  );
}

/**
 * Whether the note puts a question to the recipient about something of theirs, with a concrete
 * detail in it: "did the move to Snowflake pay off for your analytics team?", "¿seguís buscando
 * perfiles de datos en Valencia?". A specific question is a reason; not one inside stock talk,
 * or one whose only details are `excluded` (the person in common, the sender's own).
 */
export function asksAboutThem(analysis: Analysis, generic: readonly PhraseMatch[], excluded: readonly Span[]): boolean {
  return questionsToThem(analysis).some(
    (sentence) => !generic.some((phrase) => spansOverlap(phrase, sentence)) && countSpecifics(analysis, excluded, [sentence]) > 0,
  );
}

/**
 * Whether the note asks about a job open at a place it names: "Is St James's taking on staff?",
 * "¿hay alguna vacante en [Empresa]?". A purpose whatever talk is around it ("I'm looking for
 * work in Leeds."); a job search with no such question is not one ("busco vaga remota").
 */
export function asksAboutOpenings(analysis: Analysis, excluded: readonly Span[]): boolean {
  const openings = findCues(analysis, 'opening');
  if (openings.length === 0) return false;
  return questionSentences(analysis).some(
    (sentence) => openings.some((opening) => spanContains(sentence, opening)) && countSpecifics(analysis, excluded, [sentence]) > 0,
  );
}
