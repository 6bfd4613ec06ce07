import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['mio', 'mia', 'miei', 'mie', 'tuo', 'tua', 'tuoi', 'nostro', 'nostra'], examples: ['[Tuo Nome]', '[Mia azienda]', '[Mio ruolo]', '[Il tuo nome]', '[La mia azienda]'] },
  roles: {
    sender: { words: ['mittente*', 'venditore*'], examples: ['[Mittente]'] },
    'shared-contact': { words: ['comune', 'comuni', 'amic*', 'referen*', 'reciproc*', 'conoscen*', 'segnal*'], examples: ['[Contatto in comune]', '[amico comune]', '[Nome del referente]'], not: ['[Nome]', '[Comunità]'] },
    event: { words: ['evento*', 'eventi', 'conferenza*', 'congresso*', 'fiera*', 'incontro*', 'convegno*', 'workshop*', 'meetup*', 'seminario*'], examples: ['[Evento]', '[Nome della fiera]', '[Convegno]'] },
    school: { words: ['universita*', 'scuola*', 'corso*', 'master*', 'programma', 'facolta*', 'laurea*', 'ateneo*', 'bootcamp*'], examples: ['[Università]', '[Corso di laurea]', '[Master]'] },
    specific: { words: ['personalizzat*', 'specific*', 'dettagli*', 'dettaglio*', 'progetto*', 'iniziativa*', 'punto*', 'domanda*', 'sfida*', 'problema*', 'qualcosa', 'obiettivo*', 'notizia*', 'novita', 'traguardo*', 'premio*', 'lancio*', 'recente*', 'riferimento*', 'ragione*', 'motivo*'], examples: ["[notizia recente]", '[progetto]', '[dettaglio specifico]', '[sfida]', '[motivo del contatto]'] },
    content: { words: ['post', 'articolo*', 'articoli', 'pubblicazione*', 'intervento*', 'podcast*', 'intervista*', 'video*', 'commento*', 'newsletter*', 'libro*', 'contenuto*'], examples: ['[Articolo]', '[titolo del post]', '[Intervento]'] },
    offer: { words: ['offerta*', 'risorsa*', 'risorse', 'guida*', 'modello*', 'vantaggio*', 'beneficio*', 'proposta*'], examples: ['[Offerta]', '[risorsa gratuita]', '[vantaggio]'] },
    topic: { words: ['tema', 'temi', 'argomento*', 'interess*', 'passion*', 'hobby'], examples: ["[interesse comune]", '[tema]', '[Argomento]'] },
    company: { words: ['azienda*', 'aziende', 'societa*', 'impresa*', 'organizzazione*', 'cliente*', 'clienti', 'marchio*', 'agenzia*', 'team'], examples: ['[Azienda]', '[Nome della società]'] },
    field: { words: ['settore*', 'industria*', 'ambito*', 'campo*', 'mercato*', 'area'], examples: ['[Settore]', '[Ambito]'] },
    place: { words: ['citta', 'paese*', 'regione*', 'luogo'], examples: ['[Città]'] },
    group: { words: ['gruppo*', 'comunita*', 'associazione*'], examples: ['[Nome del gruppo]', '[Comunità]'] },
    date: { words: ['data', 'date', 'giorno*', 'anno', 'anni', 'mese', 'mesi', 'settimana*', 'oggi', 'ieri'], examples: ['[Anno]', '[Data]'] },
    role: { words: ['ruolo*', 'posizione*', 'titolo*', 'funzione*', 'carica*', 'professione*'], examples: ['[Ruolo]', '[Posizione]'] },
    person: { words: ['connession*', 'persona', 'persone', 'contatto', 'contatti', 'collegamento', 'collegamenti', 'collega', 'colleghi', 'colleghe', 'candidato*', 'investitore*', 'relatore*', 'relatrice*', 'docente*', 'professore*', 'professoressa*', 'tutor', 'mentore*'], examples: ['[Persona]', '[Relatore]', '{{nome_docente}}'] },
    name: { words: ['nome', 'nomi', 'cognome*', 'destinatario*'], examples: ['[Nome]', '[Cognome]', '{{nome}}'] },
  },
  bothHave: { words: ['comune', 'comuni'], examples: ['[progetto comune]', '[interesse comune]'] },
} satisfies PlaceholderLanguage;
