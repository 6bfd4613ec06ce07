import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['anche', 'stess[oa]', 'entrambi', 'entrambe', 'insieme', 'compagn[oi] di'],
    examples: ['Anche io ho studiato alla [Università].', 'Abbiamo fatto lo stesso [Master].'],
    not: ['Studio alla [Università] e vorrei imparare da professionisti come te.', 'Studio alla [Università] e cerco uno stage.'],
  },
} satisfies CueLanguage;
