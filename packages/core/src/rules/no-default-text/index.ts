import { align, tokens } from '../../analysis/align.js';
import { judge } from '../../analysis/index.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { stockTexts } from './phrases/index.js';

// A stock sentence of n words still counts with one edit per six words (typos are already free).
const EDITS_PER_WORD = 1 / 6;
// What may stand beside it besides a greeting, names and a sign-off: "Thanks in advance" is
// still the stock note; a clause that says why is not.
const MAX_OTHER_WORDS = 2;

const stockWords = new Map(
  Object.entries(stockTexts).map(([language, phrases]) => [language, phrases.stock.map((text) => tokens(text).map((token) => token.word))]),
);

export default defineRule({
  meta: {
    id: 'no-default-text',
    description: "The note is LinkedIn's stock invitation text, which receivers ignore.",
    docs: { url: ruleDocsUrl('no-default-text') },
    fixable: false,
    hasSuggestions: true,
    ...NO_OPTIONS,
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
    const words = tokens(document.prose.slice(content.start, content.end), content.start).filter(
      (token) => !analysis.placeholderAt(token.start),
    );
    if (words.length === 0) return;
    for (const language of settings.languages) {
      for (const phrase of stockWords.get(language) ?? []) {
        // Too many words around it to be "essentially" the stock text: skip the alignment.
        if (words.length > phrase.length + MAX_OTHER_WORDS + Math.floor(phrase.length * EDITS_PER_WORD)) continue;
        const match = align(phrase, words);
        if (match.cost > Math.floor(phrase.length * EDITS_PER_WORD)) continue;
        const around = [...words.slice(0, match.from), ...words.slice(match.to)];
        const otherWords = around.filter((token) => !/^\p{Lu}/u.test(document.source.slice(token.start, token.end)));
        if (otherWords.length > MAX_OTHER_WORDS) continue;
        const start = (words[match.from] ?? words[0])!.start;
        const end = (words[match.to - 1] ?? words[words.length - 1])!.end;
        const sentenceEnd = /^[.!?…]/u.test(document.source.slice(end, end + 1)) ? end + 1 : end;
        const openings = stockTexts[settings.language === 'es' ? 'es' : 'en'].openings;
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
        return;
      }
    }
  },
});
