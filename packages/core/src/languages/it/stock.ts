import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    // I contatti al posto della rete: «Vorrei aggiungerti ai miei contatti su LinkedIn.»,
    'Vorrei aggiungerti ai miei contatti su LinkedIn.',
    'Vorrei aggiungerti alla mia rete professionale su LinkedIn.',
    'Vorrei aggiungerla alla mia rete professionale su LinkedIn.',
    'Vorrei entrare a far parte della tua rete su LinkedIn.',
    'Vorrei collegarmi con te su LinkedIn.',
    'Vorrei invitarti a entrare nella mia rete professionale su LinkedIn.',
    'Vorrei invitarti a far parte della mia rete professionale su LinkedIn.',
    'Vorrei invitarLa a far parte della mia rete professionale su LinkedIn.',
    'Vorrei aggiungerla alla mia rete di contatti professionali su LinkedIn.',
    // The older wording: «rete di collegamenti».
    'Vorrei aggiungerti alla mia rete di collegamenti su LinkedIn.',
    'Mi piacerebbe aggiungerti alla mia rete professionale su LinkedIn.',
    'Mi farebbe piacere aggiungerti alla mia rete professionale su LinkedIn.',
    // The short form people type, without "professional" or "on LinkedIn".
    "Vorrei aggiungerti alla mia rete.",
  ],
  openings: [],
  interchangeable: [
    ['vorrei', 'desidererei', 'desidero', 'voglio', 'volevo'],
    ['alla', 'nella'],
    ['su', 'di'],
    ['aggiungerti', 'aggiungerla', 'aggiungerlo'],
    ['invitarti', 'invitarla', 'invitarlo'],
    ['tua', 'sua'],
  ],
} satisfies StockTextPhrases;
