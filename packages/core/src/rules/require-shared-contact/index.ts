import { findingRange, judge } from '../../analysis/index.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { insertSentence } from '../insert-sentence.js';
import { findConnectionCounts, findPeopleInCommon, findSharedContacts } from '../../analysis/shared-contacts.js';

export default defineRule({
  meta: {
    id: 'require-shared-contact',
    description: 'A note to a 2nd-degree contact does not name the person you both know ("a mutual friend" is not enough).',
    docs: { url: ruleDocsUrl('require-shared-contact'), recommended: 'error', evaluated: true },
    fixable: false,
    hasSuggestions: true,
    ...NO_OPTIONS,
    messages: {
      en: {
        noSharedContact:
          'This is a 2nd-degree contact: name the person you both know (for example "Dana Ruiz suggested I reach out"); "a mutual friend" or "12 connections in common" is not enough.',
        unnamed:
          'Someone you both know is mentioned ("{found}") but not named: this is a 2nd-degree contact, so name them (for example "Dana Ruiz suggested I reach out").',
        insert: 'Add: {sentence}',
        sentence: '[Name of the person you both know] suggested I reach out.',
      },
      es: {
        noSharedContact:
          'Es un contacto de 2.º grado: nombra a la persona que conocéis los dos (por ejemplo «Dana Ruiz me sugirió que te escribiera»); «un amigo en común» o «12 contactos en común» no basta.',
        unnamed:
          'Se menciona a alguien que conocéis los dos («{found}») pero sin nombrarlo: es un contacto de 2.º grado, así que di quién es (por ejemplo «Dana Ruiz me sugirió que te escribiera»).',
        insert: 'Añadir: {sentence}',
        sentence: '[Nombre de la persona que conocéis los dos] me sugirió que te escribiera.',
      },
    },
  },
  check(context) {
    const { settings } = context;
    if (settings.degree !== 2) return;
    const analysis = judge(context);
    if (!analysis) return;
    if (findSharedContacts(analysis).length > 0) return;
    const sentence = context.formatForNote('sentence');
    const mentions = [...findPeopleInCommon(analysis), ...findConnectionCounts(analysis)].sort((a, b) => a.start - b.start);
    const [first] = mentions;
    context.report({
      ...(first ? { messageId: 'unnamed', data: { found: analysis.document.source.slice(first.start, first.end) } } : { messageId: 'noSharedContact' }),
      evidence: mentions.map((mention) => ({ kind: 'unnamed-contact', start: mention.start, end: mention.end })),
      ...findingRange(analysis),
      suggestions: [insertSentence(analysis, context.format('insert', { sentence }), sentence)],
    });
  },
});
