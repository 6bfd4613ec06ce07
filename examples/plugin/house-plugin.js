// A team's house rules for invite-lint. A rule is a plain object, { meta, check(context) }:
// nothing to install or build. `defineRule` from @invite-lint/core would only add types.

/** Emoji: how they are counted and shown on LinkedIn's side varies, and they read as mass mail. */
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*/gu;

const noEmoji = {
  meta: {
    description: 'The note has an emoji; our notes are plain text.',
    docs: { url: 'https://example.com/house-rules#no-emoji' },
    messages: {
      en: { emoji: 'Emoji {emoji} in the note: write it in words, or leave it out.' },
      es: { emoji: 'Emoji {emoji} en la nota: dilo con palabras o quítalo.' },
    },
  },
  check(context) {
    const { source, body } = context.document;
    const text = source.slice(body.start, body.end);
    for (const match of text.matchAll(EMOJI)) {
      const start = body.start + match.index;
      context.report({ messageId: 'emoji', data: { emoji: match[0] }, start, end: start + match[0].length });
    }
  },
};

const productName = {
  meta: {
    description: "The product's name is spelled another way than the one given in `name`.",
    docs: { url: 'https://example.com/house-rules#product-name' },
    fixable: true,
    schema: {
      type: 'object',
      properties: { name: { type: 'string', description: 'How the product is spelled, such as "Acme Cloud".' } },
      additionalProperties: false,
    },
    defaultOptions: { name: '' },
    messages: {
      en: { spelling: 'Write "{name}", not "{found}".' },
      es: { spelling: 'Escribe «{name}», no «{found}».' },
    },
  },
  check(context) {
    const { name } = context.options;
    const words = name.split(/\s+/).filter(Boolean).map(escape);
    if (words.length === 0) return;
    // "acme cloud", "AcmeCloud", "Acme-Cloud": the same words in any case, spaced any way.
    const spellings = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]*')}(?![\\p{L}\\p{N}])`, 'giu');
    const { source, body } = context.document;
    const text = source.slice(body.start, body.end);
    for (const match of text.matchAll(spellings)) {
      if (match[0] === name) continue;
      const start = body.start + match.index;
      const end = start + match[0].length;
      context.report({ messageId: 'spelling', data: { name, found: match[0] }, start, end, fix: { range: [start, end], text: name } });
    }
  },
};

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default {
  rules: { 'no-emoji': noEmoji, 'product-name': productName },
  // `extends: "house/recommended"` in a config that declares the plugin as `house`.
  configs: {
    recommended: { rules: { 'house/no-emoji': 'error' } },
  },
  // Language data for the built-in rules: our old stock opener, which no-default-text is to catch,
  // and our programme's name, which require-reason is to take as a reason to connect.
  languages: {
    en: {
      stock: ['Acme is always looking to connect with great people like you.'],
      reasons: ['Acme Builders Program'],
    },
  },
};
