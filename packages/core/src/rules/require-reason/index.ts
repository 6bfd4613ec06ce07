import { findingRange, judge, perLanguage } from '../../analysis/index.js';
import { findPhrases, literalPhrases } from '../../analysis/phrase-pattern.js';
import { defineRule, ruleDocsUrl } from '../../engine/rule.js';
import { findContexts } from '../../analysis/contexts.js';
import { findConnectionCounts, findSharedContacts } from '../../analysis/shared-contacts.js';
import { languageData } from '../../languages/index.js';
import { countSpecifics, findSelfIntroductions } from './specificity.js';

const hooks = perLanguage(languageData, (data) => data.reason.hooks);
const generic = perLanguage(languageData, (data) => data.reason.generic);

// Two concrete details (a company and a city, a product and a figure) make a purpose when
// nothing in the note is stock networking talk.
const MIN_SPECIFICS = 2;

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
    const { folded, content, languages } = analysis;
    if (findContexts(analysis).length > 0) return;
    // `[the point you liked]`, `[specific project]`: the template's user writes the reason there.
    if (analysis.contentPlaceholders.some((placeholder) => analysis.roleOf(placeholder) === 'specific')) return;
    if (findPhrases(literalPhrases(context.options.reasons), folded, content.start, content.end).length > 0) return;
    // A hook inside a sentence of stock networking talk ("came across your profile and was
    // impressed by your experience in…") is part of that talk, not a reason.
    const genericPhrases = findPhrases(generic(languages), folded, content.start, content.end);
    const genericSentences = new Set(genericPhrases.map((phrase) => analysis.sentenceAt(phrase.start)));
    const realHooks = findPhrases(hooks(languages), folded, content.start, content.end).filter(
      (hook) => !genericSentences.has(analysis.sentenceAt(hook.start)),
    );
    if (realHooks.length > 0) return;
    const isGeneric = genericPhrases.length > 0;
    if (!isGeneric && countSpecifics(analysis, [...findSharedContacts(analysis), ...findConnectionCounts(analysis), ...findSelfIntroductions(analysis)]) >= MIN_SPECIFICS) return;
    const [first] = genericPhrases;
    context.report({
      ...(first
        ? { messageId: 'genericOnly', data: { found: analysis.document.source.slice(first.start, first.end) } }
        : { messageId: 'noReason' }),
      evidence: genericPhrases.map((phrase) => ({ kind: 'generic', start: phrase.start, end: phrase.end })),
      ...findingRange(analysis),
    });
  },
});
