import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    phrases: ['inviti', 'invito', 'richiest[ae] di (collegamento|connessione|contatto)', 'not[ae] di (invito|collegamento)'],
    examples: ['Richieste di collegamento', 'Inviti', 'Note di invito'],
    not: ['Note', 'Connessione al database'],
  },
  afterAccepting: {
    phrases: ["dopo (l'accettazione|aver accettato|il collegamento)", '(quando|se|una volta che) (accetta|accettano|ha accettato|hanno accettato)', 'follow-?ups?', 'messaggi(o)? di (benvenuto|ringraziamento)', 'primo messaggio', 'primo grado', 'gia collegat[io]'],
    examples: ["Dopo l'accettazione", 'Messaggio di benvenuto', 'Quando accetta'],
    not: ['Ex alunni', 'Dopo la fiera'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail ai recruiter'],
    not: ['Lista di distribuzione'],
  },
  email: {
    phrases: ['e-?mails?', 'mail', 'posta elettronica'],
    examples: ['E-mail a freddo', 'Posta elettronica'],
    not: ['Postazione'],
  },
  reply: {
    phrases: ['rispost[ae]', 'rispondere', '(se|quando) (risponde|rispondono)'],
    examples: ['Risposte', 'Se risponde'],
    not: ['Responsabile vendite'],
  },
  context: {
    phrases: ['ex-?alunni', 'ex alunni', 'alumni', 'stess[ao] (universita|scuola|master)', 'eventi', 'evento', 'conferenz[ae]', 'fier[ae]', 'meetups?', 'webinars?', 'convegni', 'convegno', 'terzo grado'],
    examples: ['Ex alunni', 'Dopo una conferenza', 'Fiera'],
    not: ['Eventuale'],
  },
  sharedContact: {
    phrases: ['(contatti|contatto|collegamenti|collegamento|amici|amico) in comune', 'in comune', 'segnalat[oa] da', 'presentat[oa] da', 'su (suggerimento|consiglio) di', 'referenz[ae]', 'secondo grado'],
    examples: ['Contatto in comune', 'Segnalato da un collega', 'Su suggerimento di Marco'],
    not: ['Comunicazione'],
  },
} satisfies HeadingLanguage;
