import { findingRange, judge } from '../../analysis/index.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { insertSentence } from '../insert-sentence.js';
import type { Span } from '../../document/length.js';
import { findFollowingInGeneral, findOwnContexts } from '../../analysis/contexts.js';

export default defineRule({
  meta: {
    id: 'require-context',
    description: 'A note to a 3rd-degree contact gives no context: a named event, studies in common, a post you both commented on, or a concrete offer.',
    docs: { url: ruleDocsUrl('require-context'), recommended: 'error', evaluated: true },
    fixable: false,
    hasSuggestions: true,
    ...NO_OPTIONS,
    messages: {
      en: {
        noContext:
          'This is a 3rd-degree contact who does not know you: say where you met (name the event), what you studied together, which post you both commented on, or offer something concrete. A shared group, city or industry is not enough.',
        eventUnnamed:
          'An event is mentioned ("{found}") but not named: name it ("we met at Web Summit Lisbon") so this 3rd-degree contact can place you.',
        followingOnly:
          'Following their content in general ("{found}") is not a context: name the post or talk you want to discuss, say where you met, or offer something concrete.',
        insert: 'Add: {sentence}',
        event: 'We met at [event] and talked about [topic].',
        studied: 'We both studied [programme] at [school].',
        interaction: 'I enjoyed our exchange in the comments on [post].',
        offer: 'I put together [something concrete] that could help with [their goal]; happy to send it.',
      },
      es: {
        noContext:
          'Es un contacto de 3.er grado que no te conoce: di dónde os conocisteis (con el nombre del evento), qué estudiasteis juntos, en qué publicación coincidisteis, u ofrece algo concreto. Un grupo, una ciudad o un sector en común no bastan.',
        eventUnnamed:
          'Se menciona un evento («{found}») pero no se nombra: di cuál («coincidimos en el South Summit de Madrid») para que este contacto de 3.er grado sepa quién eres.',
        followingOnly:
          'Seguir su contenido en general («{found}») no es un contexto: nombra la publicación o charla de la que quieres hablar, di dónde os conocisteis u ofrece algo concreto.',
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
    const contexts = findOwnContexts(analysis);
    if (contexts.some((finding) => finding.named)) return;
    // Say what was found and what is missing: an unnamed event, or only following their content.
    const unnamed = contexts.filter((finding) => finding.kind === 'event');
    const following = findFollowingInGeneral(analysis);
    const [messageId, evidence] =
      unnamed.length > 0
        ? (['eventUnnamed', merged(unnamed).map((span) => ({ kind: 'unnamed-event', ...span }))] as const)
        : following.length > 0
          ? (['followingOnly', merged(following).map((span) => ({ kind: 'following-in-general', ...span }))] as const)
          : (['noContext', []] as const);
    const first = evidence[0];
    context.report({
      messageId,
      data: first ? { found: analysis.document.source.slice(first.start, first.end) } : {},
      evidence: [...evidence],
      ...findingRange(analysis),
      suggestions: (['event', 'studied', 'interaction', 'offer'] as const).map((id) => {
        const sentence = context.formatForNote(id);
        return insertSentence(analysis, context.format('insert', { sentence }), sentence);
      }),
    });
  },
});

/** Spans in order, overlapping ones joined: two cues and the frame they make are one piece of evidence. */
function merged(spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = joined[joined.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ start: span.start, end: span.end });
  }
  return joined;
}
