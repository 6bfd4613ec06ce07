import type { StockTextPhrases } from '../types.js';

export default {
  stock: [
    'Me gustaría añadirte a mi red de contactos en LinkedIn.',
    'Me gustaría añadirte a mi red profesional en LinkedIn.',
    'Me gustaría agregarte a mi red de contactos en LinkedIn.',
    'Me gustaría agregarte a mi red profesional en LinkedIn.',
    'Me gustaría agregarlo a mi red profesional en LinkedIn.',
    'Me gustaría añadirle a mi red profesional en LinkedIn.',
    // The formal register (usted), as people write it by hand.
    'Quisiera agregarle a mi red profesional en LinkedIn.',
    'Quisiera invitarle a formar parte de mi red profesional en LinkedIn.',
    'Me gustaría unirme a tu red en LinkedIn.',
    'Me gustaría unirme a tu red profesional en LinkedIn.',
    'Me gustaría unirme a tu red de contactos en LinkedIn.',
    'Me gustaría formar parte de tu red profesional en LinkedIn.',
    'Me gustaría formar parte de tu red en LinkedIn.',
    'Me gustaría conectar contigo en LinkedIn.',
    'Como eres una persona de confianza, me gustaría invitarte a unirte a mi red en LinkedIn.',
    'Me gustaría invitarte a unirte a mi red profesional en LinkedIn.',
    // As people retype it: without "en LinkedIn", another verb, an invitation.
    'Me gustaría agregarte a mi red profesional.',
    'Me gustaría añadirte a mi red de contactos.',
    'Me gustaría unirme a tu red profesional.',
    'Me gustaría unirme a tu red de contactos.',
    'Me encantaría agregarte a mi red profesional en LinkedIn.',
    'Me gustaría que formaras parte de mi red profesional en LinkedIn.',
    'Me gustaría que te unieras a mi red profesional en LinkedIn.',
    'Únete a mi red profesional en LinkedIn.',
    'Me gustaría incluirte en mi red profesional en LinkedIn.',
    'Te invito a formar parte de mi red profesional en LinkedIn.',
    'Quisiera añadirte a mi red en LinkedIn.',
    'Quisiera agregarte a mi red en LinkedIn.',
    'Quisiera añadirte a mi red de contactos en LinkedIn.',
    'Quisiera unirme a tu red en LinkedIn.',
    'Quisiera unirme a tu red profesional en LinkedIn.',
    // "Contactos profesionales", "como contacto": 'Quisiera agregarte a mi red de contactos profesionales en LinkedIn'.
    'Quisiera agregarte a mi red de contactos profesionales en LinkedIn.',
    'Me gustaría añadirte como contacto a mi red profesional de LinkedIn.',
    // "Sumar", as Latin America says it.
    'Me gustaría sumarte a mi red profesional en LinkedIn.',
    'Quisiera sumarte a mi red profesional en LinkedIn.',
    'Quisiera agregarte a mi red profesional en LinkedIn.',
    'Quisiera añadirte a mi red profesional en LinkedIn.',
    // The short form people type, without "professional" or "on LinkedIn".
    "Me gustaría añadirte a mi red.",
  ],
  openings: [
    '[Nombre de la persona que conocéis los dos] me sugirió que te escribiera sobre [tema].',
    'Coincidimos en [evento] y hablamos de [tema].',
    'Me gustó tu publicación sobre [tema], sobre todo [lo que te llamó la atención].',
    'Te escribo porque [el motivo concreto].',
  ],
  interchangeable: [
    ['quisiera', 'quiero', 'queria'],
    ['en', 'de'],
  ],
} satisfies StockTextPhrases;
