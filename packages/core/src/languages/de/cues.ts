import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['auch', 'ebenfalls', 'gleiche[nmr]?', 'selbe[nmr]?', 'beide', 'zusammen', 'gemeinsam'],
    examples: ['Ich habe auch an der [Universität] studiert.', 'Wir waren im selben [Jahrgang].'],
    not: ['Ich studiere an der [Universität] und möchte von Expertinnen wie Ihnen lernen.', 'Ich studiere an der [Hochschule] und suche ein Praktikum.'],
  },
} satisfies CueLanguage;
