import { align, mayAlign, tokens, type Token } from '../../analysis/align.js';
import { judge, type Analysis } from '../../analysis/index.js';
import { languagesKey } from '../../analysis/languages-key.js';
import { findCourtesy, reasonVerdict } from '../../analysis/reasons.js';
import { findAskingAfterThem } from '../../analysis/specificity.js';
import type { Span } from '../../document/length.js';
import { findPhrases, literalPhrases } from '../../analysis/phrase-pattern.js';
import { defineRule, ruleDocsUrl } from '../../engine/rule.js';
import { LANGUAGES, type Language } from '../../settings.js';
import { languageData } from '../../languages/index.js';

// A stock sentence of n words still counts with one edit per six words (typos are already free).
const EDITS_PER_WORD = 1 / 6;
// What may stand beside it besides a greeting, names and a sign-off: "Thanks in advance" is
// still the stock note; a clause that says why is not.
const MAX_OTHER_WORDS = 2;
// A short note only: past a few sentences, stock talk around the stock sentence is a note of its own.
const MAX_SENTENCES_AROUND = 4;

/** A stock sentence as words, and its language when invite-lint knows it (not a config's own). */
interface StockSentence {
  words: string[];
  language?: Language;
}

const wordsOf = (text: string) => tokens(text).map((token) => token.word);

/** Each language's interchangeable words, as tokens read them, to the first word of their group. */
const interchangeable = new Map(
  Object.entries(languageData).map(([language, data]) => {
    const asRead = new Map<string, string>();
    for (const group of data.stock.interchangeable ?? []) {
      const [first, ...others] = group.map((word) => wordsOf(word)[0] ?? word);
      for (const other of others) asRead.set(other, first!);
    }
    return [language, asRead];
  }),
);

const stockSentences = new Map(
  Object.entries(languageData).map(([language, data]) => {
    const asRead = interchangeable.get(language)!;
    return [language, data.stock.stock.map((text): StockSentence => ({ words: wordsOf(text).map((word) => asRead.get(word) ?? word), language: language as Language }))];
  }),
);

/** The most words a note may have and still be `phrase`, give or take. */
const wordsAllowed = (phrase: readonly string[]) => phrase.length + MAX_OTHER_WORDS + Math.floor(phrase.length * EDITS_PER_WORD);

interface Candidates {
  sentences: StockSentence[];
  /** The most words a note may have and still be one of them. */
  maxWords: number;
  /**
   * The two longest words of each (folded): a sentence that is one of them, typos aside, holds
   * one of its two. A note with none holds no stock sentence among other sentences, which is most
   * notes, told without splitting them into words.
   */
  anchors: RegExp;
}

/** The candidates among `sentences`: the longest note that can still be one, and their anchors. */
function candidatesOf(sentences: StockSentence[]): Candidates {
  const anchors = new Set(sentences.flatMap((sentence) => [...sentence.words].sort((a, b) => b.length - a.length).slice(0, 2)));
  // Words are letters, marks and digits only (see tokens): nothing to escape.
  const anchorPattern = new RegExp([...anchors].join('|') || '(?!)');
  return { sentences, maxWords: Math.max(0, ...sentences.map((sentence) => wordsAllowed(sentence.words))), anchors: anchorPattern };
}

// The sentences to look for, per set of languages and config list: built once, not per note.
const candidateLists = new Map<string, Candidates>();
function candidatesFor(languages: readonly Language[], extra: readonly string[]): Candidates {
  const key = `${languagesKey(languages)}\n${extra.join('\n')}`;
  let candidates = candidateLists.get(key);
  if (!candidates) {
    candidates = candidatesOf([...languages.flatMap((language) => stockSentences.get(language) ?? []), ...extra.map((text) => ({ words: wordsOf(text) }))]);
    candidateLists.set(key, candidates);
  }
  return candidates;
}

// The other languages' sentences, per set of languages: LinkedIn's text pasted in another language
// than the note's ("Hola {{nombre}}, I'd like to add you to my professional network…") is still its
// text. Looked for only in a note that holds one of their anchors: most hold none.
const otherLists = new Map<string, Candidates>();
function otherCandidatesFor(languages: readonly Language[]): Candidates {
  const key = languagesKey(languages);
  let candidates = otherLists.get(key);
  if (!candidates) {
    candidates = candidatesOf(LANGUAGES.filter((language) => !languages.includes(language)).flatMap((language) => stockSentences.get(language) ?? []));
    otherLists.set(key, candidates);
  }
  return candidates;
}

/**
 * At least how many words `text` holds, counted without splitting it: each run between white
 * space with a Latin letter or a digit in it holds one or more. Most notes are too long to be a
 * stock sentence, and this tells so without building their words.
 */
function fewestWords(text: string): number {
  let runs = 0;
  let inRun = false;
  let counted = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 32 || (code >= 9 && code <= 13)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    const lower = code | 32;
    const isLatinAlphanumeric = (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
    if (isLatinAlphanumeric && !counted) {
      counted = true;
      runs++;
    }
  }
  return runs;
}

export default defineRule({
  meta: {
    id: 'no-default-text',
    description: "The note is LinkedIn's stock invitation text (in any of seven languages, with at most a greeting, names, a sign-off or stock networking talk around it), which receivers ignore.",
    docs: { url: ruleDocsUrl('no-default-text'), recommended: 'error', evaluated: true },
    fixable: false,
    hasSuggestions: true,
    schema: {
      type: 'object',
      properties: {
        extra: { type: 'array', items: { type: 'string' }, description: 'More stock sentences to treat as LinkedIn\'s, in any language.' },
        allow: { type: 'array', items: { type: 'string' }, description: 'Phrases that make a note not stock text wherever they appear.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { extra: [] as string[], allow: [] as string[] },
    messages: {
      en: {
        stock: "This is LinkedIn's stock invitation text, which most people ignore: say why you want to connect with this person.",
        replace: 'Replace it with: {opening}',
      },
      es: {
        stock: 'Es el texto de invitación estándar de LinkedIn, que casi todos ignoran: di por qué quieres conectar con esta persona.',
        replace: 'Cambiarlo por: {opening}',
      },
    },
  },
  check(context) {
    const { document, settings } = context;
    const analysis = judge(context);
    if (!analysis) return;
    const { content } = analysis;
    const { extra, allow } = context.options;
    const candidates = candidatesFor(settings.languages, extra);
    if (findPhrases(literalPhrases(allow), analysis.folded, content.start, content.end).length > 0) return;
    const others = () => {
      const candidates = otherCandidatesFor(settings.languages);
      if (!candidates.anchors.test(analysis.folded.slice(content.start, content.end))) return undefined;
      return stockNote(analysis, content, candidates) ?? stockSentenceAmongTalk(analysis, candidates);
    };
    const found = stockNote(analysis, content, candidates) ?? stockSentenceAmongTalk(analysis, candidates) ?? others();
    // A stock note never says why: a slot for the specific detail beside the stock sentence
    // ("[a compliment on their latest launch]. I'd like to add you…") makes it a note of its own.
    if (!found || reasonVerdict(analysis).reason) return;
    const { start, end, language } = found;
    const sentenceEnd = /^[.!?…]/u.test(document.source.slice(end, end + 1)) ? end + 1 : end;
    // The stock sentence found says the note's language better than statistics on it can.
    const openings = languageData[(language ?? settings.language) === 'es' ? 'es' : 'en'].stock.openings;
    context.report({
      messageId: 'stock',
      start,
      end: sentenceEnd,
      actual: document.source.slice(start, sentenceEnd),
      expected: openings,
      suggestions: openings.map((opening) => ({
        desc: context.format('replace', { opening }),
        fix: { range: [start, sentenceEnd], text: opening },
      })),
    });
  },
});

interface StockFound {
  start: number;
  end: number;
  language?: Language | undefined;
}

/**
 * `span` is one of the stock sentences with at most a few other words (greetings, names and the
 * sign-off are set aside already): where it is and in which language, or undefined.
 */
function stockNote(analysis: Analysis, span: Span, candidates: Candidates): StockFound | undefined {
  const { document } = analysis;
  // A placeholder is one run of letters in the prose, and its words are not counted; spintax
  // shows its first alternative, whose words are read ("{I'd like to|I want to} add you…").
  const placeholders = document.placeholders.filter((placeholder) => placeholder.start >= span.start && placeholder.start < span.end && !placeholder.alternatives && !placeholder.unchosen).length;
  // The analysis's prose: a signature above a postscript is blank there, as it is no part of the note.
  const prose = analysis.prose.slice(span.start, span.end);
  if (fewestWords(prose) - placeholders > candidates.maxWords) return undefined;
  // Courtesy in the sentence asks nothing more: "…on LinkedIn, if that's ok.", «…en LinkedIn, si te parece bien».
  const courtesy = findCourtesy(analysis);
  const read = tokens(prose, span.start).filter((token) => {
    const placeholder = analysis.placeholderAt(token.start);
    return (placeholder === undefined || placeholder.alternatives !== undefined) && !courtesy.some((phrase) => token.start >= phrase.start && token.end <= phrase.end);
  });
  if (read.length === 0) return undefined;
  // The note read as each language's sentences are written: Spanish "de" stands for "en" beside
  // a Spanish sentence, not beside the Portuguese "Gostaria de adicioná-lo…" nor a config's own.
  const readIn = new Map<Language | undefined, Token[]>();
  const wordsFor = (language: Language | undefined) => {
    let words = readIn.get(language);
    if (!words) {
      const asRead = language === undefined ? undefined : interchangeable.get(language);
      words = asRead?.size ? read.map((token) => ({ ...token, word: asRead.get(token.word) ?? token.word })) : read;
      readIn.set(language, words);
    }
    return words;
  };
  for (const { words: phrase, language } of candidates.sentences) {
    const words = wordsFor(language);
    const maxCost = Math.floor(phrase.length * EDITS_PER_WORD);
    // Too many words around it to be "essentially" the stock text: skip the alignment.
    if (words.length > wordsAllowed(phrase) || !mayAlign(phrase, words, maxCost)) continue;
    const match = align(phrase, words);
    if (match.cost > maxCost) continue;
    const around = [...words.slice(0, match.from), ...words.slice(match.to)];
    const otherWords = around.filter((token) => !/^\p{Lu}/u.test(document.source.slice(token.start, token.end)));
    if (otherWords.length > MAX_OTHER_WORDS) continue;
    return { start: (words[match.from] ?? words[0])!.start, end: (words[match.to - 1] ?? words[words.length - 1])!.end, language };
  }
  return undefined;
}

/**
 * One sentence of a short note is the stock sentence and each other one is stock networking talk
 * ("I came across your profile. I'd like to add you to my professional network on LinkedIn."):
 * still the stock note. A sentence of anything else (a reason, a person in common) makes it a
 * note of its own, judged by the other rules.
 */
function stockSentenceAmongTalk(analysis: Analysis, candidates: Candidates): StockFound | undefined {
  const { content, folded } = analysis;
  const sentences = analysis.sentences.filter((sentence) => sentence.start >= content.start && sentence.end <= content.end);
  if (sentences.length < 2 || sentences.length > MAX_SENTENCES_AROUND) return undefined;
  if (!candidates.anchors.test(folded.slice(content.start, content.end))) return undefined;
  for (const sentence of sentences) {
    const found = stockNote(analysis, sentence, candidates);
    if (!found) continue;
    const verdict = reasonVerdict(analysis);
    if (verdict.reason) return undefined;
    // Asking after them, how they were found and courtesy frame it as a greeting does ("Hope you're
    // well. …on LinkedIn. Kindly accept my request."); networking talk or praise is more than
    // that, as the corpus guidelines read it: the other rules judge such a note.
    const talk = new Set([...findAskingAfterThem(analysis), ...verdict.openers, ...findCourtesy(analysis)].map((phrase) => analysis.sentenceAt(phrase.start)));
    return sentences.every((other) => other === sentence || talk.has(other)) ? found : undefined;
  }
  return undefined;
}
