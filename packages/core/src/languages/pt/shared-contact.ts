import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: ['(falou|disse|recomendou|indicou|sugeriu|passou)-me', 'me (passou|indicou|falou|disse|contou|sugeriu|recomendou|apresentou|deu)', '(comentou|mencionou|sugeriu|indicou) (que|seu|sobre)', '(comentou|falou|disse|contou) (comigo|para mim)'],
  inCommon: ['(amig[oa]|contato|colega)s? em comum'],
  knownThrough: ['(por meio|atraves|por indicacao) d[eoa]'],
  countInCommon: ['(\\d+|<slot>|varias|muitas|algumas|alguns|uns|muitos|varios) (conexoes|contatos|amigos)( em comum)?'],
} satisfies SharedContactPhrases;
