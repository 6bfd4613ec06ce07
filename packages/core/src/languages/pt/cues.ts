import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['tambem', 'mesm[oa]', 'ambos', 'ambas', '(os|as) dois', '(os|as) duas', 'juntos', 'juntas', 'colegas? de'],
    examples: ['Também fiz o [Bootcamp].', 'Estudamos na mesma [Universidade].'],
    not: ['Estudo na [Universidade] e quero aprender com profissionais como você.', 'Estudo na [Universidade] e procuro estágio.'],
  },
} satisfies CueLanguage;
