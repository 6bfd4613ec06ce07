import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    // The "join your network" form.
    'Gostaria de me juntar à sua rede profissional no LinkedIn.',
    'Gostaria de adicioná-lo à minha rede profissional no LinkedIn.',
    'Gostaria de adicioná-la à minha rede profissional no LinkedIn.',
    // «acrescentar» for «adicionar», «do LinkedIn» for «no LinkedIn».
    'Gostaria de acrescentá-lo à minha rede profissional do LinkedIn.',
    'Gostaria de adicionar você à minha rede profissional no LinkedIn.',
    // The formal register: o senhor, a senhora.
    'Gostaria de adicionar o senhor à minha rede profissional no LinkedIn.',
    'Gostaria de adicionar a senhora à minha rede profissional no LinkedIn.',
    // European Portuguese puts the pronoun before the verb.
    'Gostaria de o adicionar à minha rede profissional no LinkedIn.',
    'Gostaria de a adicionar à minha rede profissional no LinkedIn.',
    'Gostaria de te adicionar à minha rede profissional no LinkedIn.',
    'Gostaria de participar da sua rede no LinkedIn.',
    'Gostaria de me conectar com você no LinkedIn.',
    'Gostaria de convidá-lo a participar da minha rede profissional no LinkedIn.',
    'Gostaria de te convidar para fazer parte da minha rede profissional no LinkedIn.',
    'Como você é uma pessoa de confiança, gostaria de convidá-lo a participar da minha rede no LinkedIn.',
    // Included ("incluir") rather than added.
    'Gostaria de incluí-lo em minha rede profissional no LinkedIn.',
    'Gostaria de incluí-la na minha rede do LinkedIn.',
    // Contacts, as Portugal writes it; either gender at once.
    'Gostaria de o(a) adicionar à minha rede de contactos profissionais do LinkedIn.',
    'Gostaria de adicioná-lo à minha rede de contactos profissionais no LinkedIn.',
    // The short form people type, without "professional" or "on LinkedIn".
    "Gostaria de adicionar você à minha rede.",
  ],
  openings: [],
  interchangeable: [
    ['adicionar', 'incluir'],
    ['adicioná-lo', 'incluí-lo'],
    ['adicioná-la', 'incluí-la'],
    ['gostaria', 'queria', 'quero'],
  ],
} satisfies StockTextPhrases;
