import type { SharedContactPhrases } from './types.js';

export default {
  referredBy: ['mi ha (detto|parlato|consigliato|suggerito|passato|presentato|dato)'],
  knownThrough: ['(amic[oa]|contatt[oi]|conoscenz[ae]) in comune', '(da parte di|tramite|grazie a|su consiglio di)'],
  countInCommon: ['\\d+ (collegamenti|contatti)( in comune)?'],
} satisfies SharedContactPhrases;
