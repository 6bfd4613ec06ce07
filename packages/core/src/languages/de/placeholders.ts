import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['mein', 'meine', 'meinen', 'dein', 'deine', 'ihr', 'ihre', 'unser', 'unsere'], examples: ['[Ihr Name]', '{meine_firma}', '{mein_titel}', '[Dein Name]'] },
  roles: {
    sender: { words: ['vertrieb*', 'absender*', 'signatur*', 'unterschrift*'], examples: ['{{Vertriebsleiter}}', '[Absender]'] },
    'shared-contact': { words: ['gemeinsam*', 'empfehl*', 'bekannt*', 'vermittl*'], examples: ['[gemeinsamer Kontakt]', '[Name des gemeinsamen Bekannten]', '[Empfehlungsgeber]'], not: ['[Nachname]'] },
    event: {
      words: ['veranstaltung*', 'event', 'events', 'konferenz*', 'messe*', 'kongress*', 'tagung*', 'meetup*', 'forum*', 'workshop*', 'seminar*', 'webinar*', 'kundenabend*'],
      examples: ['[Konferenz]', '[Veranstaltung]', '{{Messe}}', '[Name der Tagung]'],
    },
    school: { words: ['universitat*', 'hochschule*', 'uni', 'schule*', 'studium*', 'studiengang*', 'programm*', 'kurs*', 'jahrgang*', 'bootcamp*', 'ausbildung*', 'lehrgang*'], examples: ['[Universität]', '[Hochschule]', '[Studiengang]', '[Jahrgang]'] },
    specific: {
      words: ['personalisiert*', 'individuell*', 'aufhanger*', 'konkret*', 'detail*', 'projekt*', 'initiative*', 'punkt*', 'frage*', 'herausforderung*', 'problem*', 'erfolg*', 'anlass*', 'ziel*', 'neuigkeit*', 'meilenstein*', 'auszeichnung*', 'aktuell*', 'grund', 'beweggrund*'],
      examples: ["[aktuelle Neuigkeit]", '[Projekt]', '[konkretes Detail]', '[aktueller Erfolg]', '[Herausforderung]', '[Grund für die Anfrage]'],
    },
    content: { words: ['beitrag*', 'beitrage*', 'artikel*', 'post', 'posts', 'vortrag*', 'vortrage*', 'podcast*', 'interview*', 'video*', 'kommentar*', 'newsletter*', 'buch', 'inhalt*'], examples: ['[Beitrag]', '[Artikel]', '[Titel des Vortrags]'] },
    offer: { words: ['angebot*', 'ressource*', 'leitfaden*', 'vorlage*', 'vorteil*', 'nutzen', 'mehrwert*'], examples: ['[Angebot]', '[kostenloser Leitfaden]', '[Vorteil]'] },
    topic: { words: ['thema', 'themen*', 'themas', 'interesse*', 'hobby', 'hobbys', 'leidenschaft*'], examples: ["[gemeinsames Interesse]", '[Thema]', '{{thema}}'] },
    company: { words: ['firma', 'firmen*', 'unternehmen*', 'organisation*', 'kunde*', 'kunden*', 'marke*', 'agentur*', 'team'], examples: ['[Firma]', '{unternehmen}', '[Firmenname]'] },
    field: { words: ['branche*', 'bereich*', 'sektor*', 'fachgebiet*', 'markt*', 'spezialgebiet*'], examples: ['{branche}', '[Bereich]'] },
    place: { words: ['stadt', 'stadte', 'ort', 'orte', 'land', 'region*', 'standort*'], examples: ['{{Stadt}}', '[Ort]'] },
    group: { words: ['gruppe*', 'verband*', 'verein*', 'community'], examples: ['[Gruppenname]', '[Verband]'] },
    date: { words: ['datum*', 'jahr*', 'monat*', 'woche*', 'heute', 'gestern', 'wann', 'termin*'], examples: ['[Datum]', '[Jahr]'] },
    role: { words: ['position*', 'rolle*', 'funktion*', 'titel*', 'stelle*', 'beruf*', 'job*'], examples: ['[Position]', '[Rolle]', '[Jobtitel]'] },
    person: { words: ['person', 'personen', 'kontakt', 'kontakte', 'verbindung', 'verbindungen', 'kolleg*', 'kontaktperson*', 'kandidat*', 'investor*', 'referent*', 'betreuer*', 'professor*', 'mentor*', 'chef', 'chefin', 'vorgesetzte*', 'ausbilder*', 'kontakts', 'freund', 'freunde', 'freundes', 'freundin', 'freundinnen', 'ansprechpartner*', 'kommiliton*', 'nachbar*'], examples: ['[Person]', '[Kontaktperson]', '[Name des Betreuers]', '[Name des Kontakts]', '[Name der Freundin]'] },
    name: { words: ['name', 'namen', 'vorname*', 'nachname*', 'anrede*', 'empfanger*'], examples: ['{{Anrede}}', '{{Nachname}}', '[Vorname]', '{anrede}'] },
  },
  bothHave: { words: ['gemeinsam*'], examples: ['[gemeinsames Projekt]'] },
} satisfies PlaceholderLanguage;
