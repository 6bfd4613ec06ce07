import type { CueLanguage } from '../types.js';

export default {
  together: {
    phrases: ['aussi', 'egalement', 'meme', 'tous (les )?deux', 'toutes (les )?deux', 'ensemble', 'camarades?'],
    examples: ["J'ai aussi étudié à [École].", 'Nous avons fait la même [Formation].', 'Nous avons tous les deux étudié à [École].'],
    not: ['J’étudie à [École] et j’aimerais apprendre de professionnels comme vous.', "J'étudie à [École] et je cherche un stage."],
  },
} satisfies CueLanguage;
