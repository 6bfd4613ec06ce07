import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    'me (comento|comentaba|ha comentado|dijo|ha dicho|hablo|ha hablado|sugirio|ha sugerido|conto|ha contado|recomendo|ha recomendado|paso|ha pasado|presento|animo|propuso|dio)',
    '(me|nos) (puso|pusieron|ha puesto) en contacto',
    'nos (etiqueto|ha etiquetado|menciono|ha mencionado|presento|ha presentado)( a (los|las) dos| a ambos)?',
  ],
  inCommon: [
    '(amig[oa]|contacto|compañer[oa]|conocid[oa])s? en comun',
    '(ambos|los dos|las dos) conocemos a',
  ],
  knownThrough: [
    '(por medio de|a traves de|gracias a|de parte de|por recomendacion de)',
    '(amig[oa]|compañer[oa]|colega) de',
  ],
  countInCommon: ['(\\d+|<slot>) (contactos|conexiones|amigos|personas)( en comun)?'],
} satisfies SharedContactPhrases;
