import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    // Retapées sans « sur LinkedIn » ou avec « je me permets » : « Je me permets de vous inviter à rejoindre mon réseau professionnel. »,
    'Je me permets de vous inviter à rejoindre mon réseau professionnel.',
    'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.',
    "J'aimerais vous ajouter à mon réseau professionnel sur LinkedIn.",
    'Je souhaiterais vous ajouter à mon réseau LinkedIn.',
    "J'aimerais rejoindre votre réseau sur LinkedIn.",
    'Je souhaite rejoindre votre réseau LinkedIn.',
    'Je souhaiterais faire partie de votre réseau professionnel sur LinkedIn.',
    "J'aimerais faire partie de votre réseau sur LinkedIn.",
    // La forme « rejoindre », sans « sur LinkedIn » : « J'aimerais faire partie de votre réseau. »
    "J'aimerais faire partie de votre réseau.",
    'Je souhaiterais faire partie de votre réseau.',
    "J'aimerais me connecter avec vous sur LinkedIn.",
    'Comme vous êtes une personne de confiance, je souhaiterais vous inviter à rejoindre mon réseau sur LinkedIn.',
    "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.",
    'Je souhaiterais vous inviter à rejoindre mon réseau professionnel en ligne, LinkedIn.',
    'Je souhaite vous inviter à rejoindre mon réseau sur LinkedIn.',
    // As people retype it: leave asked, contacts, relations for network.
    'Je me permets de vous ajouter à mon réseau professionnel sur LinkedIn.',
    'Je souhaiterais vous ajouter, si vous le permettez, à mon réseau professionnel sur LinkedIn.',
    'Je souhaiterais vous ajouter à mon réseau de contacts professionnels sur LinkedIn.',
    'Je souhaiterais vous ajouter à mes relations professionnelles sur LinkedIn.',
    'Je souhaiterais vous inviter dans mon réseau professionnel sur LinkedIn.',
    "J'aimerais vous inviter à rejoindre mon réseau LinkedIn.",
    "J'aimerais vous inviter à faire partie de mon réseau professionnel sur LinkedIn.",
    'Je vous invite à rejoindre mon réseau professionnel LinkedIn.',
    'Je souhaiterais vous inviter à rejoindre mon réseau professionnel en ligne, sur le site LinkedIn.',
    // The short form people type, without "professional" or "on LinkedIn".
    "J'aimerais vous ajouter à mon réseau.",
  ],
  openings: [],
  interchangeable: [
    ['souhaiterais', 'voudrais', 'souhaite', 'veux', 'désire', 'désirerais'],
    ['vous', 'te'],
    ['votre', 'ton'],
  ],
} satisfies StockTextPhrases;
