import { findingRange, judge } from '../../analysis/index.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { insertSentence } from '../insert-sentence.js';
import { findContexts } from './contexts.js';

export default defineRule({
  meta: {
    id: 'require-context',
    description: 'A note to a 3rd-degree contact gives no context: a named event, studies in common, a post you both commented on, or a concrete offer.',
    docs: { url: ruleDocsUrl('require-context') },
    fixable: false,
    hasSuggestions: true,
    ...NO_OPTIONS,
    messages: {
      en: {
        noContext:
          'This is a 3rd-degree contact who does not know you: say where you met (name the event), what you studied together, which post you both commented on, or offer something concrete. A shared group, city or industry is not enough.',
        insert: 'Add: {sentence}',
        event: 'We met at [event] and talked about [topic].',
        studied: 'We both studied [programme] at [school].',
        interaction: 'I enjoyed our exchange in the comments on [post].',
        offer: 'I put together [something concrete] that could help with [their goal]; happy to send it.',
      },
      es: {
        noContext:
          'Es un contacto de 3.er grado que no te conoce: di dónde os conocisteis (con el nombre del evento), qué estudiasteis juntos, en qué publicación coincidisteis, u ofrece algo concreto. Un grupo, una ciudad o un sector en común no bastan.',
        insert: 'Añadir: {sentence}',
        event: 'Coincidimos en [evento] y hablamos de [tema].',
        studied: 'Los dos estudiamos [programa] en [centro].',
        interaction: 'Me gustó nuestro intercambio en los comentarios de [publicación].',
        offer: 'He preparado [algo concreto] que te puede servir para [su objetivo]; te lo paso encantado.',
      },
    },
  },
  check(context) {
    const { settings } = context;
    if (settings.degree !== 3) return;
    const analysis = judge(context);
    if (!analysis) return;
    if (findContexts(analysis).some((finding) => finding.named)) return;
    context.report({
      messageId: 'noContext',
      ...findingRange(analysis),
      suggestions: (['event', 'studied', 'interaction', 'offer'] as const).map((id) => {
        const sentence = context.format(id);
        return insertSentence(analysis, context.format('insert', { sentence }), sentence);
      }),
    });
  },
});
