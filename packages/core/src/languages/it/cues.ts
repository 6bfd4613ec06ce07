import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    phrases: ["(ero|eravamo|c'ero|c'eravamo)( anche)?(?= (al|alla|allo|ai|agli|alle|all'))", "(mi|ci) (hai detto|hai raccontato|hai parlato|hai spiegato|hai mostrato)", "(sedere|sedermi|seduto|seduta|seduti|sedute) (al suo|al tuo|allo stesso|al vostro|accanto a (lei|te)) (tavolo|posto)", "(ho|abbiamo) (assaggiato|provato|ascoltato|sentito) (il tuo|la tua|i tuoi|le tue|il vostro|la vostra|il suo|la sua)", "(il tuo|la tua|il suo|la sua) (punto|parere|domanda|commento|intervento|risposta|consiglio|pitch|demo) (su|sul|sulla|a|al|alla|durante)", "(ti|le) avevo promesso", "(ti|le) ho promesso", "vicin[ie] di (banco|stand|posto|tavolo|bancarella)", "accanto (a te|a lei|al tuo|al suo)", "uno accanto all'altro", "(mi|ci) (avevi|aveva|hai|ha) (detto|raccontato|spiegato|mostrato|fatto vedere)", "(ero io|ero proprio io) (quell[oa]|quell[oa] che)", "di persona", "sedut[ie] (vicin[ie]|accanto|insieme)", "(eri tu|era lei) (quell[oa]|la persona|il tizio|la tizia) che", "ti ho (sentit[oa]|vist[oa]|notat[oa])", "eravamo in due", "(ci siamo )?scambiat[ie] (due|quattro|qualche) (parole|chiacchiere)", "(sono|ero) (quell[oa]|la persona|il tizio|la tizia) che", "(ti|le) (ho|ha|avevo|aveva) (fatto|posto|tempestat[oa] di|riempit[oa] di) (domande|una domanda)"],
    words: ["conoscere", "conosciuto", "conosciuti", "conosciute", "incontrare", "incontrato", "parlare", "parlato", "chiacchierare", "chiacchierato", "scambiare", "scambiato", "conversazione", "chiacchierata", "incrociare", "incrociati", "incrociate"],
    examples: ['Ci siamo conosciuti', 'la nostra chiacchierata', "Ero all'AI Week di Rimini"],
    not: ['Mi piacerebbe collegarmi.'],
  },
  eventNoun: {
    phrases: ["coffee ?break", "pausa caffe", "(design|fashion|moda|tech|startup|innovation|food|digital|ai|games|music|art|data|milano) ?week"],
    words: ["padiglione", "awards", "premiazione", "colazione", "aperitivo", "evento", "eventi", "conferenza", "congresso", "fiera", "salone", "fuorisalone", "meetup", "convegno", "workshop", "webinar", "panel", "forum", "cena", "pranzo", "stand", "summit", "seminario", "mercatino", "sagra"],
    examples: ['alla fiera', 'durante la cena', "all'AI Week"],
    not: ['la nostra roadmap'],
  },
  locative: {
    // The article elided before a vowel: «all'evento», «nell'ambito».
    phrases: ['a', 'al', 'alla', 'allo', 'ai', "(all|nell|sull|dall)(?=')", 'durante', 'dopo', 'in', 'nel', 'nella'],
    examples: ['alla fiera', 'durante il convegno', "all'evento"],
    not: ['sulla roadmap'],
  },
  contentNoun: {
    phrases: [],
    words: ["post", "articolo", "thread", "newsletter", "podcast", "episodio", "intervento", "talk", "video", "commento", "presentazione", "intervista"],
    examples: ["l'articolo", "il tuo post"],
    not: ["la pagina prezzi"],
  },
  authored: {
    phrases: ["(mi |ci )?(avevi|hai|aveva|ha) (corretto|risposto|segnalato|fatto notare)", "che (hai|ha) (scritto|condiviso|pubblicato|tenuto|presentato|fatto)", "(ti|le) ho (risposto|commentato)"],
    examples: ["l'articolo che hai scritto", "ti ho risposto sotto il post"],
    not: ["lavori in Acme"],
  },
  shared: {
    phrases: ["tu ed io", "io e te", "entrambi", "entrambe", "stess[oa]", "insieme", "compagn[oi]", "come te", "come me"],
    examples: ["lo stesso master", "entrambi"],
    not: ["anche io tengo un corso"],
  },
  educationNoun: {
    phrases: ["mba", "university", "business school", "erasmus", "universita", "facolta", "scuola", "master", "corso", "classe", "laboratorio", "programma", "bootcamp", "batch", "coorte", "laurea", "dottorato", "politecnico", "ateneo", "liceo"],
    examples: ['entrambi alla Boston University', "lo stesso master", "nel laboratorio"],
    not: ["il team prodotto"],
  },
  offerVerb: {
    phrases: ["(posso|potrei|sarei felice di) (mandarti|inviarti|condividere|mostrarti|passarti|mandarle|inviarle|mostrarle|passarle)(?! (il|la|lo|un|una|il nostro|la nostra) (deck|pitch|brochure|catalogo|listino|preventivo)(?!\\p{L}))", "(ti|le|vi) (mando|invio|passo|preparo)", "ho preparato"],
    examples: ["posso mandarti", "ho preparato"],
    not: ["scrivimi", "posso mandarti il deck"],
  },
  offerNoun: {
    phrases: ["dati"],
    words: ["analisi", "modello", "checklist", "guida", "report", "studio", "confronto", "audit", "lista", "documento", "video", "tabella", "scheda"],
    examples: ["la nostra analisi", "un modello"],
    not: ["il tuo team"],
  },
  personNoun: {
    phrases: ["amic[oaie]", "colleg(a|he|hi)", "qualcuno", "contatt[oi]", "capo", "mentore", "professor(e|essa)", "client[ei]", "soci[oa]", "team", "comune", "mio", "mia", "un", "una", "il", "la"],
    examples: ["un amico", "la mia collega"],
    not: ["paola rossi"],
  },
  together: {
    phrases: ['anche', "anch'io", 'stess[oa]', 'entrambi', 'entrambe', 'insieme', 'compagn[oi] di'],
    examples: ['Anche io ho studiato alla [Università].', 'Abbiamo fatto lo stesso [Master].', "anch'io sarò al Vinitaly"],
    not: ['Studio alla [Università] e vorrei imparare da professionisti come te.', 'Studio alla [Università] e cerco uno stage.'],
  },
  attending: {
    phrases: ["(anch'io|anche io) (saro|vado|andro|partecipo|parteciperò)", "(saro|sarai|sara|sarete|partecipero|parteciperai|partecipi|parteciperete|partecipate|andro|andrai|interverrai|intervieni|parlerai|parli)( anche)? (a|al|alla|allo|ai|agli|alle|li|la)", "ci vediamo (li|la|a|al|alla)"],
    examples: ["anch'io sarò al Vinitaly", 'Sarò anche al Salone del Mobile', 'ci vediamo lì'], not: ['Sarò felice di aiutarti'],
  },
  relative: {
    phrases: ["(un|due|tre|\\d+) (anni?|corsi) (prima|dopo) di (te|lei)", "(prima|dopo) di (te|lei)", "quando (tu|lei) (finivi|finiva|stavi finendo|stava finendo)"],
    examples: ["lo stesso master, un anno dopo di te", "ho iniziato il corso quando tu finivi"],
    not: ["ti scrivo prima di lunedì", "dopo la conferenza"],
  },
  offerMade: {
    phrases: ["(ho|abbiamo)( appena| da poco| di recente)? (raccolto|preparato|creato|scritto|messo insieme|compilato|documentato|confrontato|analizzato|registrato|girato|annotato|segnato|testato|pubblicato|realizzato|elaborato|messo in (un|una) (file|foglio|documento|tabella|lista|elenco|pdf))", "(ho|abbiamo) fatto (un |una |un')([\\p{L}-]+ ){0,2}(teardown|audit|analisi|video|confronto|benchmark|mockup|prototipo|revisione)"],
    examples: ["ho raccolto i prezzi di 30 agenzie", "abbiamo preparato una guida", "ho fatto un teardown gratuito della pagina prezzi", "abbiamo appena pubblicato un benchmark sui tassi di occupazione"],
    not: ["hai fatto un ottimo lavoro", "ho fatto un corso"],
  },
  offerSend: {
    phrases: ["(condivido|ti giro|le giro) (volentieri|con piacere)", "(la|lo|le|li) condivido (volentieri|con piacere)", "(le|ti|vi) (mando|invio|giro|passo|condivido) (il|la|lo|i|le|gli) (link|file|video|documento|report|foglio|pdf|elenco|lista)", "(te (lo|la|li|le)|gliel[oaie]) (mando|invio|passo|giro|condivido|mandi|invii|passi|giri)", "(mandartel[oaie]|inviartel[oaie]|passartel[oaie]|girartel[oaie]|mandargliel[oaie]|inviargliel[oaie])"],
    examples: ['condivido volentieri la tabella', "se ti serve te lo mando", "posso girartela volentieri"],
    not: ["mandami il tuo CV", "ti mando un invito"],
  },
  sharedMoment: {
    phrases: ["(mi|ci) (hai|ha) (prestato|aiutato|mostrato|spiegato|dato|salvato|insegnato)(?!\\p{L})"],
    examples: ["mi hai prestato il caricatore"],
    not: ["ti ho prestato il caricatore"],
  },
  sharedScene: {
    phrases: ["((io e te|tu e io|noi due|noi) )?(eravamo|siamo stati|siamo state|abbiamo (parlato|chiacchierato|condiviso|discusso|scambiato)|ci siamo (incrociati|incrociate|seduti|sedute|parlati|scambiati|visti|viste))(?!\\p{L})"],
    examples: ["eravamo allo stesso tavolo", "abbiamo parlato dei vostri sensori al Salone"],
    not: ["siamo felici di collaborare"],
  },
  readerActed: {
    phrases: ["((tu|lei) )?(eri (il|la|l'|uno|una|tu)|hai (risposto|chiesto|vinto|presentato|moderato|corretto|risolto|unito|sistemato|fatto))(?!\\p{L})"],
    examples: ["hai risposto alla mia domanda", "eri il moderatore"],
    not: ["hai un bel team"],
  },
  senderActed: {
    phrases: ["(ho|avevo) (chiesto|risposto|segnalato|aperto|inviato|presentato|moderato|proposto|scritto)(?!\\p{L})", "ero (il|la|l'|uno|una)(?!\\p{L})"],
    examples: ["ho segnalato due bug", "ero la moderatrice"],
    not: ["ho visto il tuo post", "ho letto il tuo articolo"],
  },
  recalled: {
    phrases: ["(quella|quel|quei|quelle) (settimana|sera|notte|viaggio|estate|giorno|weekend|gita)(?!\\p{L})", "(tu|voi|lei) con (il|la|i|le|lo|gli|il vostro|la vostra|il tuo|la tua)", "(te lo ricordi|te la ricordi|ve lo ricordate|ti ricordi)", "(hai|avete|abbiamo|eravamo|eri|siamo stati) (\\p{L}+ato|\\p{L}+ito|\\p{L}+uto|fatto|detto|scritto|preso|messo|vinto|perso)?(?!\\p{L})", "(stess[oa]) (tavolo|squadra|aula|classe|gruppo|fila)", "(ti ricordi|si ricorda)"],
    examples: ["Hai sistemato il mio codice.", "lo stesso tavolo"],
    not: ["Sistemo codice."],
  },
  sender: {
    phrases: ["(io|mi|mio|mia|miei|mie|noi|ci|nostro|nostra|nostri|nostre|sono|siamo)"],
    examples: ["Io sono del Politecnico, anno 2015."],
    not: ["Politecnico di Milano, anno 2015."],
  },
  addressee: {
    // Or a verb in the second person, the pronoun left out as Italian does: "Come avete gestito…?".
    phrases: ['(tu|ti|te|tuo|tua|tuoi|tue|voi|vi|vostro|vostra|vostri|vostre|lei|suo|sua|suoi)', '(hai|avete|sei|siete|stai|state|puoi|potete|usi|usate|lavori|lavorate|cerchi|cercate|avresti|avreste|pensi|pensate)', '\\p{L}{2,}(asti|esti|isti|aste|este|iste)(?<!(costi|resti|tasti|testi|visti|pasti|gusti|posti|questi|quasi|giusti|forse))'],
    examples: ['Come avete gestito la migrazione con il vostro team?'],
    not: ['Come è stata gestita la migrazione?'],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|cinque|dieci|quindici|venti|trenta)( |-)?(min|minuti)", "(una|un)( breve| veloce| rapida)? (chiamata|call|riunione|demo|chiacchierata|caffè)", "(settimana prossima|prossima settimana|questa settimana)", "calendly",
      "(saresti|sarebbe|sei|è) (interessat[oa]|disponibile|apert[oa])", "(ti|le) (interessa|interesserebbe)", "(posso|potrei|possiamo) (mostrarti|presentarti|inviarti|mandarti|mostrarle|inviarle)", "(sapevi|sapeva) che",
      "come (stai|sta|va)", "tutto bene", "(anche tu|anche lei)",
      "(ci colleghiamo|colleghiamoci|posso aggiungerti)",
    ],
    examples: ['Avresti 15 minuti la prossima settimana?', 'Come stai?'],
    not: ['Come avete gestito la migrazione a Snowflake con il vostro team?'],
  },
  eventModifier: {
    // Quando, quanto grande, su cosa in generale: "alla grande conferenza di marketing della settimana scorsa".
    phrases: ["(di )?ieri", "(della |la )?(settimana|mese|anno) scors[oa]"],
    words: ["ultimo", "ultima", "recente", "prossimo", "prossima", "annuale", "grande", "piccolo", "piccola", "bello", "bella", "locale", "regionale", "nazionale", "internazionale", "online", "virtuale", "stesso", "stessa", "altro", "altra", "primo", "prima", "finale", "ufficiale", "tech", "networking", "affari", "azienda", "team", "startup", "marketing", "vendite", "prodotto", "design", "dati", "ia", "finanza", "lavoro", "comunita", "famiglia", "sera", "mattina", "estate", "inverno", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "settore"],
    examples: ['alla grande conferenza della settimana scorsa', "all'evento di networking di ieri"],
    not: ['al WeMakeFuture di Bologna'],
  },
  networkTalk: {
    // Collegarsi e le reti, cercare lavoro, i contenuti in generale: "ampliare la mia rete".
    phrases: ["nuova sfida", "nuove sfide", "nuove opportunità", "posizioni aperte", "nuovo lavoro", "(persone|professionisti) come (te|lei)"],
    words: ["connettersi", "collegamento", "rete", "contatto", "networking", "linkedin", "contenuti", "profilo", "sinergia", "persone"],
    examples: ['vorrei ampliare la mia rete nella logistica', 'cerco una nuova sfida', 'seguo i tuoi contenuti', 'mi farebbe piacere entrare in contatto'],
    not: ['il tuo studio sul porto di Genova mi è stato utile'],
  },
  opening: {
    // Una posizione aperta o da coprire: "in Reply avete posizioni aperte?".
    phrases: ["posizion(e|i) apert(a|e)", "assum(e|ete|ono|endo)", "offert(a|e) di lavoro", "cerca(te|no) personale"],
    examples: ['In Reply avete posizioni aperte nel team mobile?', 'La Coop assume magazzinieri?'],
    not: ['ho assunto un nuovo ruolo'],
  },
  eventOf: {
    // Ciò che porta dall'evento al suo nome: "al mercatino dell'artigianato di san lorenzo".
    phrases: ["di", "del", "della", "dello", "dei", "degli", "delle", "(dell|d)(?=')"],
    examples: ["al mercatino dell'artigianato di san lorenzo", 'alla fiera del tartufo'],
  },
  exemplar: {
    // Prima di un esempio di un tipo: «aziende come Ardent», «marchi quali Barilla».
    phrases: ['come( la| il| lo)?', 'quali', 'tipo'],
    examples: ['Aiutiamo aziende come Ardent a ridurre gli scarti', 'marchi quali Barilla'],
  },
  vagueGain: {
    phrases: ["(al|a un) livello successivo", "(crescere|scalare)( piu velocemente| di piu)?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(far crescere|scalare) (il vostro|il tuo|la vostra|la tua) (business|attivita|azienda|impresa)", '(piu|nuovi) (clienti|lead|vendite|contatti)', 'vendere di piu', '(aumentare|raddoppiare|incrementare) (il |le |i )?(fatturato|vendite|ricavi|crescita)', 'al livello successivo', 'portare valore'],
    examples: ['aiutiamo aziende come Ardent a crescere', 'più clienti'],
    not: ['ridurre gli scarti del 30%'],
  },
  askingWhether: {
    phrases: ["(volevo|vorrei|desideravo|desidererei) (chiederle|chiederti|chiedervi|sapere|domandarle|domandarti) (se|come|quando|dove|quale|chi)(?!\\p{L})", "mi chiedevo (se|come)(?!\\p{L})"],
    examples: ['volevo chiederle se il suo laboratorio accoglie tirocinanti', 'mi chiedevo come avete gestito la migrazione'],
    not: ['vorrei chiederle il collegamento'],
  },
  congratulation: {
    phrases: ['(complimenti|congratulazioni)(?!\\p{L})'],
    examples: ['Complimenti per la promozione!', 'sei passato a Bending Spoons, congratulazioni'],
    not: ['mi complimento con il team'],
  },
  meetUp: {
    phrases: ['(un|uno) (caffe|aperitivo|spritz|pranzo|birra)( presto| per festeggiare)?(?=\\s*[?!.]|\\s*$)', 'ci (vediamo|beviamo|prendiamo)(?!\\p{L})'],
    examples: ['Ci beviamo uno spritz per festeggiare?', 'Un caffè presto?'],
    not: ['il caffè che torrefacciamo'],
  },
} satisfies CueLanguage;
