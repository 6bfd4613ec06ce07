import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    phrases: ['einladung(en)?', '(kontakt|vernetzungs|verbindungs)anfragen?', 'anfragen? zur vernetzung', 'einladungsnotiz(en)?'],
    examples: ['Kontaktanfragen', 'Einladungen', 'Anfrage zur Vernetzung'],
    not: ['Notizen', 'Datenbankverbindung'],
  },
  afterAccepting: {
    phrases: ['nach (der )?(annahme|bestatigung|vernetzung)', 'nachdem (er|sie) (angenommen|bestatigt)', 'follow-?ups?', 'nachfass(en|nachricht|nachrichten)', 'willkommensnachricht(en)?', 'dankesnachricht(en)?', 'erste nachricht', 'kontakte? (1\\.|ersten) grades', 'bereits vernetzt'],
    examples: ['Nach der Annahme', 'Follow-up', 'Willkommensnachricht', 'Kontakte 1. Grades'],
    not: ['Alumni', 'Nach der Messe'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail an Recruiter'],
    not: ['Mailingliste'],
  },
  email: {
    phrases: ['e-?mails?', 'mails?'],
    examples: ['E-Mail an Interessenten', 'Kalt-Mail'],
    not: ['Mailingliste'],
  },
  reply: {
    phrases: ['antwort(en)?', 'wenn (er|sie) antwortet', 'erwiderung(en)?'],
    examples: ['Antworten', 'Wenn sie antwortet'],
    not: ['Verantwortung'],
  },
  context: {
    phrases: ['alumni', 'ehemalige', '(gleiche|gleichen|selbe|selben) (hochschule|universitat|schule)', 'veranstaltung(en)?', 'events?', 'konferenz(en)?', 'messen?', 'meetups?', 'webinare?', 'tagung(en)?', 'kontakte? (3\\.|dritten) grades'],
    examples: ['Alumni', 'Nach der Konferenz', 'Messe', 'Kontakte 3. Grades'],
    not: ['Eventuell'],
  },
  sharedContact: {
    phrases: ['gemeinsame(n|r)? (kontakte?|kontakten|bekannte(n|r)?)', 'gemeinsam', 'empfehlung(en)?', 'empfohlen (von|durch)', 'vorgestellt (von|durch)', 'kontakte? (2\\.|zweiten) grades'],
    examples: ['Gemeinsamer Kontakt', 'Empfehlung', 'Empfohlen von einer Kollegin'],
    not: ['Gemeinde'],
  },
} satisfies HeadingLanguage;
