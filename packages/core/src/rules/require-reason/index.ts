import { findingRange, judge } from '../../analysis/index.js';
import { literalPhrases } from '../../analysis/phrase-pattern.js';
import { congratulatesAndMeets, reasonVerdict, saysMoreThanRead, saysNothing } from '../../analysis/reasons.js';
import { wordsMakeLikely } from '../../analysis/word-model.js';
import { defineRule, ruleDocsUrl } from '../../engine/rule.js';

// How likely its word model must find a reason in a note the rule would report. Measured with
// models trained without the notes they judged, wave by wave of the notes in training/ (see the
// README's Accuracy section): on each wave's false alarms at arrival (2,612 right findings, 191
// false alarms), 0.98 silenced 73 false alarms and 3 right findings (0.9 with no minimum of
// words: 127 and 7, and 22 of this rule's 1,033 failing test cases); on the held-out and real
// notes, none of 1,059 right findings.
const LIKELY_REASON = 0.98;

export default defineRule({
  meta: {
    id: 'require-reason',
    description: 'The note says nothing about why this person or what the connection is for: a greeting, "let\'s connect", flattery or growing a network is no reason.',
    docs: { url: ruleDocsUrl('require-reason'), recommended: 'error', evaluated: true },
    fixable: false,
    hasSuggestions: false,
    schema: {
      type: 'object',
      properties: {
        reasons: { type: 'array', items: { type: 'string' }, description: 'Phrases that count as a reason, such as the name of your programme or event series.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { reasons: [] as string[] },
    messages: {
      en: {
        genericOnly:
          'The note has only stock networking talk ("{found}"): say why this person, with what you have in common or what you want to talk about (an event, their post, a project, a question).',
        noReason:
          'The note does not say why you want to connect with this person: name what you have in common or what you want to talk about (an event, their post, a project, a question).',
      },
      es: {
        genericOnly:
          'La nota solo tiene frases hechas de networking («{found}»): di por qué esta persona, con lo que tenéis en común o de qué quieres hablar (un evento, su publicación, un proyecto, una pregunta).',
        noReason:
          'La nota no dice por qué quieres conectar con esta persona: menciona lo que tenéis en común o de qué quieres hablar (un evento, su publicación, un proyecto, una pregunta).',
      },
    },
  },
  check(context) {
    const analysis = judge(context);
    if (!analysis) return;
    const verdict = reasonVerdict(analysis, literalPhrases(context.options.reasons));
    if (verdict.reason) return;
    // Without stock talk (asking after them is none), a long note the analysis reads nothing in is
    // one it cannot judge, and so is one whose words make a reason likely; words that say nothing
    // (asking after them, a courtesy, the sentence of how they were found) are not weighed.
    if (!verdict.stockTalk && (saysMoreThanRead(analysis, verdict.openers) || wordsMakeLikely(analysis, (data) => data.reasonModel, LIKELY_REASON, saysNothing(analysis, verdict.openers)))) return;
    // Someone the sender knows, congratulated on their news and asked out to celebrate or catch up.
    if (context.settings.degree === 1 && congratulatesAndMeets(analysis)) return;
    const [first] = verdict.generic;
    context.report({
      ...(first
        ? { messageId: 'genericOnly', data: { found: analysis.document.source.slice(first.start, first.end) } }
        : { messageId: 'noReason' }),
      evidence: verdict.generic.map((phrase) => ({ kind: 'generic', start: phrase.start, end: phrase.end })),
      ...findingRange(analysis),
    });
  },
});
