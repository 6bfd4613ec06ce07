import type { ReasonPhrases } from '../types.js';

export default {
  hooks: ['(ik zie|ik las|ik hoorde) dat', '(ervaringen|ideeen) (uitwisselen|delen)', '(vacature|functie|rol) (bij|voor)', 'vertelde me'],
  generic: ['(mijn|ons) netwerk (uitbreiden|vergroten)', '(je|uw) profiel (gezien|tegengekomen)', 'leren van (jou|u)'],
} satisfies ReasonPhrases;
