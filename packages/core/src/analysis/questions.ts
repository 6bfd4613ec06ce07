import { spanContains, spansOverlap, type Span } from '../document/length.js';
import { findCues } from './cues.js';
import { oncePerAnalysis, opensSentence, type Analysis } from './index.js';
import type { PhraseMatch } from './phrase-pattern.js';
import { grammarPattern } from './grammar.js';
import { countSpecifics } from './specificity.js';

// A question mark ends the sentence, past closing quotes, brackets and emoji ("…in production?" 🙂).
const ENDS_ASKING = /\?["'”’»)\]\s\p{Extended_Pictographic}\uFE0F]*$/u;
// A tag after a statement asks only whether it holds: "…so it makes sense to connect, right?", «…conectados, ¿no? 🍷».
const onlyATag = grammarPattern((words) => new RegExp(String.raw`^[^?¿]*[,;]\s*¿?\s*(?:${words((grammar) => grammar.questionTags)})\s*${ENDS_ASKING.source}`, 'iu'));

/** A question: its sentence, where "¿" or the asking words open it within, and whether it is only a tag. */
interface Question extends Span {
  opened: number;
  tagged: boolean;
}

/** The content's questions, asked with a question mark or as formal notes ask ("I wanted to ask whether…"). */
const questionSentences = oncePerAnalysis((analysis): Question[] => {
  const asking = findCues(analysis, 'askingWhether');
  const questions: Question[] = [];
  for (const sentence of analysis.sentences) {
    const text = analysis.prose.slice(sentence.start, sentence.end);
    const mark = text.indexOf('¿');
    const cue = asking.find((found) => spanContains(sentence, found));
    if (mark === -1 && !cue && !ENDS_ASKING.test(text)) continue;
    const opened = Math.min(mark === -1 ? sentence.end : sentence.start + mark, cue?.start ?? sentence.end);
    questions.push({ start: sentence.start, end: sentence.end, opened: opened === sentence.end ? sentence.start : opened, tagged: !cue && onlyATag(analysis.languages).test(text) });
  }
  return questions;
});

/**
 * Whether `question` is put to the recipient ("you", "vuestro", "¿seguís…?", a question about
 * their company's slot or a named place of work), not asked for the sender's sake, out of
 * politeness or about what the sender assumes ("15 minutes next week?", "how are things at
 * Acme?", "are you also in Leeds?": notAboutThem). A tag asks about them only where the statement
 * speaks to them («Vas a Medellín en marzo, ¿no?»), not of a place both share («…en el vino de Rioja, ¿no?»).
 */
function isPutToThem(analysis: Analysis, question: Question): boolean {
  if (findCues(analysis, 'notAboutThem').some((cue) => spanContains(question, cue))) return false;
  if (findCues(analysis, 'addressee').some((cue) => spanContains(question, cue))) return true;
  return (
    !question.tagged &&
    (analysis.contentPlaceholders.some((placeholder) => spanContains(question, placeholder) && analysis.roleOf(placeholder) === 'company') ||
      namesAnOrganisation(analysis, question))
  );
}

// Before a name, a word that places an organisation ("at Monzo", "en Rappi", "para Bimbo"), or the
// verb that opens the question asking what it does ("curious, is Veldhuis Logistics still doing…?").
const organisationBefore = grammarPattern(
  (words) =>
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?:${words((grammar) => grammar.organisationMarkers)})[^\S\r\n]+$|(?:^|[,;:—–][^\S\r\n]*)(?:${words((grammar) => grammar.questionVerbs)})[^\S\r\n]+$`,
      'u',
    ),
);
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
      (organisationBefore(analysis.languages).test(analysis.prose.slice(Math.max(sentence.start, word.start - 9), word.start)) ||
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
  return questionSentences(analysis).some((question) => {
    // After stock talk in its sentence, a question is read from where it opens: "Siempre busco
    // conectar con…, y Paula me sugirió escribirte: ¿cómo…?", "vi su perfil y quería preguntarle si…".
    const asked = generic.some((phrase) => spansOverlap(phrase, question)) ? { ...question, start: question.opened } : question;
    return !generic.some((phrase) => spansOverlap(phrase, asked)) && isPutToThem(analysis, asked) && countSpecifics(analysis, excluded, [asked]) > 0;
  });
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
