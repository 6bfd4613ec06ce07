import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    '(state|stiamo|sto) (cercando|organizzando|lanciando|costruendo|preparando)',
    '(vorrei|mi piacerebbe) (presentarle|presentarti|proporre|saperne di piu|capire)',
    '(vedo|ho visto|ho letto) che',
    '(mi ha detto|mi ha parlato)',
    '(posizione|ruolo|candidatura|progetto)',
    'quanto tempo',
  ],
  generic: [
    '(ho visto|ho trovato) il tuo profilo',
    '(ampliare|allargare) la mia rete',
    '(connettermi|collegarmi) con te',
    'imparare da (te|lei|professionisti)',
  ],
} satisfies ReasonPhrases;
