import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    "I'd like to add you to my professional network on LinkedIn.",
    'I would like to add you to my professional network on LinkedIn.',
    "I'd like to add you to my professional network.",
    'I want to add you to my professional network.',
    "I'd like to join your LinkedIn network.",
    'I would like to join your LinkedIn network.',
    "I'd like to join your professional network on LinkedIn.",
    'I want to join your professional network on LinkedIn.',
    "I'd like to connect with you on LinkedIn.",
    'I would like to connect with you on LinkedIn.',
    'Since you are a person I trust, I wanted to invite you to join my network on LinkedIn.',
    "I'd like to invite you to join my professional network on LinkedIn.",
    // The short form people type, without "professional" or "on LinkedIn".
    "I'd like to add you to my network.",
  ],
  openings: [
    '[Name of the person you both know] suggested I reach out about [topic].',
    'We met at [event] and talked about [topic].',
    'I enjoyed your post on [topic], especially [what struck you].',
    "I'm reaching out because [the reason for this person].",
  ],
} satisfies StockTextPhrases;
