import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: ['(zei|vertelde|noemde) (dat|me dat)', 'raadde me aan', 'gaf me (je|jouw|uw) naam', '(vertelde|zei|raadde|noemde|tipte) (me|mij)', 'heeft (me|mij) (verteld|aangeraden|gewezen|getipt)', 'gaf (me |mij )?aan dat', '(noemde|gaf) (jouw|uw|je) naam'],
  inCommon: ['gemeenschappelijke (connectie|kennis|vriend|contact)'],
  knownThrough: ['(via|dankzij|op aanraden van)'],
  countInCommon: ['(\\d+|<slot>|veel|enkele|meerdere) (gemeenschappelijke|gedeelde) (connecties|contacten)'],
} satisfies SharedContactPhrases;
