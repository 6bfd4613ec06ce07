import { oncePerAnalysis, perLanguage, type Analysis } from '../../analysis/index.js';
import { findPhrases } from '../../analysis/phrase-pattern.js';
import type { Span } from '../../document/length.js';
import { languageData, type PlaceholderRole } from '../../languages/index.js';
import { contextPhrases } from './phrases/index.js';

export type ContextKind = 'event' | 'studied-together' | 'interaction' | 'value-offer';

export interface ContextFinding extends Span {
  kind: ContextKind;
  /** For events: whether the event is named (a capitalised name or a placeholder follows). */
  named: boolean;
}

const patterns = {
  event: perLanguage(contextPhrases, (phrases) => phrases.metAt),
  'studied-together': perLanguage(contextPhrases, (phrases) => phrases.studiedTogether),
  interaction: perLanguage(contextPhrases, (phrases) => phrases.interaction),
  'value-offer': perLanguage(contextPhrases, (phrases) => phrases.valueOffer),
} as const;
const followingInGeneral = perLanguage(contextPhrases, (phrases) => phrases.followingInGeneral);

/** A slot for the event, their post or talk, or what is offered gives that context by itself: `at [Event]`, `your {{ recent_post }}`. */
const SLOT_CONTEXTS: Partial<Record<PlaceholderRole, ContextKind>> = { event: 'event', content: 'interaction', offer: 'value-offer' };

// A school slot is studies in common only with a word that says so: "also a [University] grad",
// "fellow [School] alum", "el mismo [Programa]"; "a student at [University]" is not.
const together = perLanguage(languageData, (data) => data.cues.together.phrases);

/** Slots that cannot be what an event cue names: "great meeting you [today/yesterday], [Your Name]". */
const NAMES_NOTHING: ReadonlySet<PlaceholderRole> = new Set(['name', 'sender', 'date']);

/** "I've been following your posts": following their content in general, which is not an interaction. */
export const findFollowingInGeneral = oncePerAnalysis((analysis): readonly Span[] =>
  findPhrases(followingInGeneral(analysis.languages), analysis.folded, analysis.content.start, analysis.content.end),
);

/** Every 3rd-degree context the content gives; events carry whether they are named. */
export const findContexts = oncePerAnalysis((analysis): readonly ContextFinding[] => {
  const { folded, content, languages } = analysis;
  const found: ContextFinding[] = [];
  const following = new Set(findFollowingInGeneral(analysis).map((match) => analysis.sentenceAt(match.start)));
  // "I've been following your posts on {{topic}}" is following in general, not an exchange.
  const isFollowing = (kind: ContextKind, span: Span) => kind === 'interaction' && following.has(analysis.sentenceAt(span.start));
  for (const kind of Object.keys(patterns) as ContextKind[]) {
    for (const match of findPhrases(patterns[kind](languages), folded, content.start, content.end)) {
      if (!isFollowing(kind, match)) found.push({ ...match, kind, named: kind !== 'event' || namesSomethingAfter(analysis, match.end) });
    }
  }
  for (const placeholder of analysis.contentPlaceholders) {
    const role = analysis.roleOf(placeholder);
    const kind = role === 'school' && saidTogether(analysis, placeholder) ? 'studied-together' : SLOT_CONTEXTS[role];
    if (kind && !isFollowing(kind, placeholder)) found.push({ start: placeholder.start, end: placeholder.end, kind, named: true });
  }
  return found;
});

function saidTogether(analysis: Analysis, placeholder: Span): boolean {
  const sentence = analysis.sentenceAt(placeholder.start);
  return sentence !== undefined && findPhrases(together(analysis.languages), analysis.folded, sentence.start, sentence.end).length > 0;
}

/** A capitalised name or a placeholder between `offset` and the end of its sentence. */
function namesSomethingAfter(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentenceAt(offset) ?? analysis.sentenceAt(offset - 1) ?? analysis.content;
  const rest = { start: offset, end: sentence.end };
  const named = analysis.contentPlaceholders.some(
    (placeholder) => placeholder.start >= rest.start && placeholder.start < rest.end && !NAMES_NOTHING.has(analysis.roleOf(placeholder)),
  );
  if (named) return true;
  return analysis.capitalisedWords(rest).length > 0;
}
