import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: ['mi ha (detto|parlato|consigliato|suggerito|passato|presentato|dato)'],
  inCommon: ['(amic[oa]|contatt[oi]|conoscenz[ae]) in comune'],
  knownThrough: ['(da parte di|tramite|grazie a|su consiglio di)'],
  countInCommon: ['(\\d+|<slot>) (collegamenti|contatti)( in comune)?'],
} satisfies SharedContactPhrases;
