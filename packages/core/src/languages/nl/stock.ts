import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    // Als uitnodiging: «Graag nodig ik u uit voor mijn professionele netwerk op LinkedIn.»,
    'Graag nodig ik u uit voor mijn professionele netwerk op LinkedIn.',
    'Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.',
    'Ik wil u graag toevoegen aan mijn professionele netwerk op LinkedIn.',
    'Graag voeg ik je toe aan mijn professionele netwerk op LinkedIn.',
    'Ik wil graag deel uitmaken van je netwerk op LinkedIn.',
    'Ik wil graag met je connecten op LinkedIn.',
    'Ik wil je graag uitnodigen om lid te worden van mijn netwerk op LinkedIn.',
    'Ik wil u graag uitnodigen om lid te worden van mijn professionele netwerk op LinkedIn.',
    // As people retype it: "zou", the verb first, the network named as LinkedIn's.
    'Graag zou ik u toevoegen aan mijn professionele netwerk op LinkedIn.',
    'Ik zou u graag willen toevoegen aan mijn professionele netwerk op LinkedIn.',
    'Ik wil u graag toevoegen aan mijn LinkedIn-netwerk.',
    'Ik voeg u graag toe aan mijn professionele netwerk op LinkedIn.',
    'Ik zou je graag willen toevoegen aan mijn professionele LinkedIn-netwerk.',
    'Ik zou graag deel uitmaken van uw professionele netwerk op LinkedIn.',
    'Ik nodig je graag uit om deel te worden van mijn professionele netwerk op LinkedIn.',
    'Hierbij zou ik u graag uitnodigen voor mijn professionele netwerk op LinkedIn.',
    'Ik wil u graag uitnodigen voor mijn professionele netwerk op LinkedIn.',
    'Ik wil graag lid worden van uw LinkedIn-netwerk.',
    // The short form people type, without "professional" or "on LinkedIn".
    "Ik wil je graag toevoegen aan mijn netwerk.",
  ],
  openings: [],
  interchangeable: [
    ['je', 'u', 'jou'],
    ['jouw', 'uw'],
    ['wil', 'zou'],
  ],
} satisfies StockTextPhrases;
