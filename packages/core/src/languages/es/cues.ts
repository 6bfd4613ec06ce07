import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['tambien', 'igual que tu', 'igual que usted', 'mism[oa]', 'ambos', 'ambas', '(los|las) dos', 'compañer[oa]s?', 'juntos', 'juntas'],
    examples: ['Yo también estudié en [Universidad].', 'Hicimos el mismo [Programa].', 'Estudio en [Universidad], igual que tú.'],
    not: ['Estudio en [Universidad] y quiero aprender de profesionales como tú.', 'Estudio segundo de [Carrera] en [Universidad].'],
  },
} satisfies CueLanguage;
