import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    // Ohne „auf LinkedIn“, als Einladung: „Gerne möchte ich Sie in mein berufliches Netzwerk aufnehmen.“,
    'Gerne möchte ich Sie in mein berufliches Netzwerk aufnehmen.',
    'Ich lade Sie ein, meinem beruflichen Netzwerk auf LinkedIn beizutreten.',
    // The older form, "als Kontakt".
    'Gerne möchte ich Sie als Kontakt zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Gerne möchte ich dich als Kontakt zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Gerne möchte ich Sie zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich würde Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    // Nur „als Kontakt“: „Ich würde Sie gerne als Kontakt hinzufügen.“
    'Ich würde Sie gerne als Kontakt hinzufügen.',
    'Ich würde dich gerne als Kontakt hinzufügen.',
    'Ich möchte mich gerne Ihrem beruflichen Netzwerk auf LinkedIn anschließen.',
    'Ich würde mich gerne mit Ihnen auf LinkedIn vernetzen.',
    'Ich würde mich gerne mit dir auf LinkedIn vernetzen.',
    'Ich möchte Sie einladen, meinem beruflichen Netzwerk auf LinkedIn beizutreten.',
    'Ich möchte dich einladen, meinem Netzwerk auf LinkedIn beizutreten.',
    'Ich möchte Ihrem LinkedIn-Netzwerk beitreten.',
    // Their network joined, in full: „Ich möchte gerne Ihrem beruflichen Netzwerk auf LinkedIn beitreten.“
    'Ich möchte gerne Ihrem beruflichen Netzwerk auf LinkedIn beitreten.',
    // Taken into it ("aufnehmen"), added in the dative without "zu", "würde" for "möchte".
    'Gerne möchte ich Sie in mein berufliches Netzwerk auf LinkedIn aufnehmen.',
    'Ich möchte Sie gerne in mein berufliches Netzwerk auf LinkedIn aufnehmen.',
    'Ich würde dich gern meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Ich möchte Sie gerne meinem beruflichen Netzwerk auf LinkedIn hinzufügen.',
    'Gerne würde ich dich zu meinem Netzwerk auf LinkedIn hinzufügen.',
    'Gerne würde ich Sie zu meinem Netzwerk hinzufügen.',
    'Ich würde mich freuen, Sie meinem beruflichen Netzwerk auf LinkedIn hinzuzufügen.',
    'Ich möchte Sie gerne meinem beruflichen LinkedIn-Netzwerk hinzufügen.',
    // The short form people type, without "professional" or "on LinkedIn".
    "Ich möchte Sie gerne zu meinem Netzwerk hinzufügen.",
    "Ich möchte dich gerne zu meinem beruflichen Netzwerk hinzufügen.",
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen.",
  ],
  openings: [],
  interchangeable: [
    ['möchte', 'würde', 'will', 'wollte'],
    ['gerne', 'gern'],
    ['Sie', 'dich'],
    ['Ihrem', 'deinem'],
    ['auf', 'bei'],
  ],
} satisfies StockTextPhrases;
