import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['ook', 'dezelfde', 'hetzelfde', 'allebei', 'beiden', 'samen', 'medestudent(en)?'],
    examples: ['Ik heb ook aan de [Universiteit] gestudeerd.', 'We zaten in dezelfde [Opleiding].', 'We hebben allebei aan de [Universiteit] gestudeerd.'],
    not: ['Ik studeer aan de [Universiteit] en wil leren van mensen net als jij.', 'Ik studeer aan de [Hogeschool] en zoek een stage.'],
  },
} satisfies CueLanguage;
