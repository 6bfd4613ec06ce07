import type { Span } from '../document/length.js';
import { fold } from './fold.js';
import { SENTINEL } from '../document/note-document.js';
import { languageData } from '../languages/index.js';
import { sentenceEnds } from './sentence-breaks.js';

// Unicode sentence boundaries (UAX #29, as the platform's ICU finds them: see sentenceEnds): no
// parser to load and warm up in every process. Some of its boundaries are not sentence ends in
// a note, and are joined back:
// - a line break after text with no closing punctuation (a greeting line, a wrapped line);
//   a blank line still ends the sentence: paragraphs are split first;
// - a full stop after an abbreviation of the language data or an initial ("Mr. Smith", "la
//   Sra. García", "J. Smith", "Hr. Braun", "z.B. Kafka"), unless a lone capital comes before a
//   word that is never a name ("our Series A. We help…");
// - the end of an aside in brackets that the sentence goes on after ("Henrik (he says hi!)
//   mentioned…"): the next word is in lower case;
// - a full stop with a word right after it, no space between: a name (".NET developers");
// - a question or exclamation quoted inside the sentence: 'you asked "who owns the metric?" at
//   the end of the talk', «fuiste la de «¿y quién audita al auditor?» en el turno…»: the next word
//   is in lower case.
// And three are added, as typed in a hurry or laid out: an opening ¿ or ¡ after a word or an emoji
// with no stop before it starts a sentence ("…en LinkedIn 😊 ¿qué tal estás?"), not after a comma
// or a colon, where a question goes on the sentence ("Si tienes un rato, ¿hablamos?"); a full stop
// after a word that is no abbreviation ends one before a word in lower case ("…with finance ppl.
// would love to hear…"), where the segmenter reads "e.g. the"; and an item of a list starts one
// ("Why I'm reaching out:\n• …\n• …"), whatever ends the line before it; and an emoji closes its
// sentence as a stop would before a word in capitals ("…not sure which one 😅 Anyway, glad…").
const OPENS_UNSTOPPED = /(?<=[\p{L}\p{N}\p{Extended_Pictographic}\uFE0F)\]"'”’»][^\S\r\n]*\s)[¿¡]/gu;
const STOP_BEFORE_LOWER = /(?<![\p{L}\p{N}.'’-])(\p{L}{2,})\.[^\S\r\n]+(?=\p{Ll})/gu;
const EMOJI_THEN_CAPITAL = /(?<=\p{Extended_Pictographic}\uFE0F?[^\S\r\n]+)(?=\p{Lu})/gu;
const LIST_ITEM = /(?<=\n)[^\S\r\n]*(?:[•◦▪▫‣·*–—-]|\p{N}{1,2}[.)])[^\S\r\n]+(?=\S)/gu;
const STOPS = /[.!?…。]/u;
const CLOSED = /[.!?…。]["'”’»)\]]*$/u;
const BLANK_LINES = /\r?\n(?:[^\S\r\n]*\r?\n)+/g;
const ASIDE_CLOSED = /[.!?…]["'”’]*\)$/u;
const QUOTE_CLOSED = /[!?…]["'”’»]$/u;
// A placeholder is masked with a lower-case letter (SENTINEL), and the segmenter does not start
// a sentence at one: "…reference checks. [Mutual Name] mentioned…" is two sentences. The
// segmenter is given the mask's first letter in capitals there (same length, same offsets).
const MASK_AFTER_STOP = new RegExp(`(?<=[.!?…]["'”’)\\]]*\\s+)${SENTINEL}(?=${SENTINEL}{2})`, 'gu');
const GOES_ON = /^[^\S\r\n]*\p{Ll}/u;
// A word right after the stop, with no space between, is a name with a dot in it: "developers .NET in…".
const GLUED_TO_STOP = /^[\p{L}\p{N}]/u;
// Every language's abbreviations at once: a title in a note's other language is as safe to join.
const ABBREVIATIONS = [...new Set(Object.values(languageData).flatMap((data) => data.frame.abbreviations))];
// Its stop may close an aside: "Colonel (Retd.) D. Pike".
const TITLE_OR_INITIAL = new RegExp(`(?<![\\p{L}.])(?:\\p{Lu}|${ABBREVIATIONS.map((word) => word.replace(/[.]/g, '\\.')).join('|')})\\.\\)?$`, 'u');
// A lone capital is an initial before a name ("J. Smith") but a sentence's last word before a
// word that is never a name ("…our Series A. We help…", "Plan B. The…").
const LONE_CAPITAL = /(?<![\p{L}.])\p{Lu}\.$/u;
const NEVER_NAMES = new Set(Object.values(languageData).flatMap((data) => data.frame.notNames));
const NEXT_WORD = /^\s*([\p{L}'’]+)/u;
const ABBREVIATED = new Set(ABBREVIATIONS.map((word) => fold(word)));
// Both patterns look at the end of a segment only: its last characters are enough (the longest
// abbreviation, its full stop and the character before it).
const TAIL = Math.max(...ABBREVIATIONS.map((word) => word.length)) + 4;

/** The sentences of `text[span]`, as spans of `text` without their trailing white space. */
export function sentenceSpans(text: string, span: Span): Span[] {
  const sentences: Span[] = [];
  const pushOne = (start: number, end: number) => {
    const sentence = text.slice(start, end).trimEnd();
    if (/\S/u.test(sentence)) sentences.push({ start, end: start + sentence.length });
  };
  const push = (start: number, end: number) => {
    const segment = text.slice(start, end);
    const starts = [...segment.matchAll(OPENS_UNSTOPPED), ...segment.matchAll(LIST_ITEM), ...segment.matchAll(EMOJI_THEN_CAPITAL)].map((opening) => opening.index);
    for (const stop of segment.matchAll(STOP_BEFORE_LOWER)) if (!ABBREVIATED.has(fold(stop[1]!))) starts.push(stop.index + stop[0].length);
    let from = start;
    for (const at of starts.sort((a, b) => a - b)) {
      pushOne(from, start + at);
      from = start + at;
    }
    pushOne(from, end);
  };
  const body = text.slice(span.start, span.end);
  let paragraphStart = 0;
  for (const blank of [...body.matchAll(BLANK_LINES), undefined]) {
    const paragraphEnd = blank?.index ?? body.length;
    let start = paragraphStart;
    const paragraph = body.slice(paragraphStart, paragraphEnd);
    // With no full stop, question or exclamation mark, every boundary the segmenter finds is
    // a line break, joined back below: the paragraph is one sentence.
    const ends = STOPS.test(paragraph) ? sentenceEnds(paragraph.replace(MASK_AFTER_STOP, SENTINEL.toUpperCase())) : [];
    let segmentStart = 0;
    for (const segmentEnd of ends) {
      const end = paragraphStart + segmentEnd;
      const segment = paragraph.slice(segmentStart, segmentEnd);
      const trimmed = segment.trimEnd();
      const tail = trimmed.slice(-TAIL);
      segmentStart = segmentEnd;
      if (!CLOSED.test(tail) || (TITLE_OR_INITIAL.test(tail) && !endsBeforeNonName(tail, paragraph.slice(segmentEnd)))) continue;
      if ((ASIDE_CLOSED.test(tail) || QUOTE_CLOSED.test(tail)) && GOES_ON.test(paragraph.slice(segmentEnd))) continue;
      if (segment.length === trimmed.length && GLUED_TO_STOP.test(paragraph.slice(segmentEnd))) continue;
      push(span.start + start, span.start + end);
      start = end;
    }
    push(span.start + start, span.start + paragraphEnd);
    paragraphStart = paragraphEnd + (blank?.[0].length ?? 0);
  }
  return sentences;
}

function endsBeforeNonName(tail: string, rest: string): boolean {
  const next = NEXT_WORD.exec(rest)?.[1];
  return LONE_CAPITAL.test(tail) && next !== undefined && NEVER_NAMES.has(fold(next));
}
