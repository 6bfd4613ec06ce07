import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: ['(hat|hatte) (erzahlt|gesagt|erwahnt|berichtet),? (dass|das)', 'hat mir (erzahlt|empfohlen|gesagt|geraten|vorgeschlagen|deinen|ihren|von)', '(meinte|erzahlte|empfahl|sagte)'],
  inCommon: ['gemeinsame[rn]? (bekannte[rn]?|kontakt|kontakte|freund|freundin|kollegen?)'],
  knownThrough: ['auf (empfehlung|anraten|hinweis|vorschlag) von'],
  countInCommon: ['(\\d+|<slot>) gemeinsame (kontakte|kontakten|verbindungen)', '(zwolf|zehn|viele) gemeinsame'],
} satisfies SharedContactPhrases;
