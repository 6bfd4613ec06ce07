import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['also', 'too', 'fellow', 'same', 'both', 'as well', 'like you did', 'as you did', 'overlapped', 'together'],
    examples: ["I'm also a [University] graduate.", 'Fellow [School] alum here!', 'We did the same [Bootcamp].', '[University] grad too, class of [Year].'],
    not: ['I study at [University] and would love to learn from professionals like you.', "I'm a second-year [Major] student at [University].", 'I studied at [University] and now work at [Company].'],
  },
} satisfies CueLanguage;
