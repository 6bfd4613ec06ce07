import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // Nominato prima, detto in comune: «vedo che Giulio Martelli è un nostro contatto in comune».
    '(e|sia) (un|una) (nostro|nostra|nostr[oa] caro|nostr[oa] car[oa]) (contatto|amico|amica|conoscenza|collega|conoscente)( in comune| comune)(?!\\p{L})',
    // Il nome prima: «il collega Gianluca Testa mi ha riferito che…».
    '(mi ha|mi aveva|ci ha|ci aveva) (riferito|accennato|segnalato|raccontato|anticipato) che(?!\\p{L})',
    // Il nome prima: «Flo dice che te ne intendi di…», «le avrà già parlato di me».
    '(dice|diceva|sostiene|racconta) che (te ne intendi|ne sai|sai tutto|sei|sei bravissim[oa]|cerchi|stai cercando)(?!\\p{L})',
    '(le|ti|vi) (avra|ha|aveva)( gia)? (parlato|detto|accennato) di me(?!\\p{L})',
    // Il nome prima: «Giulia Conti (mia ex collega) pensa che tu sia la persona giusta».
    "(pensa|pensava|crede|dice) che (tu sia|lei sia|sei|e) (la persona giusta|la persona adatta|il referente giusto|l'esperto|l'esperta)",
    // Il nome prima: «ha detto che dovrei parlare con te», «ci ha presentate via email», «ti manda i suoi saluti».
    '(ha detto|diceva|dice) che (dovrei|dovevo|dovessi) (parlare|sentire|contattare|scrivere)(?!\\p{L})',
    '(ci|mi) ha (presentato|presentata|presentati|presentate)(?!\\p{L})',
    '(ti|le|vi) (manda|porta|invia) (i suoi |tanti |molti )?saluti(?!\\p{L})',
    // Il nome prima: «parla benissimo di te», «mi ha messo in contatto con te», «pensava che dovessimo conoscerci».
    'parla (benissimo|molto bene|bene|un gran bene|sempre bene) di (te|lei|voi)(?!\\p{L})',
    '(mi|ci) ha (messo|messa|messi) in contatto con (te|lei|voi)(?!\\p{L})',
    '(pensava|pensa|diceva|dice|ha detto) che (dovessimo|dovremmo|dovevamo) (conoscerci|sentirci|parlarci|incontrarci)(?!\\p{L})',
    // Il nome prima: «il Prof. {{nome_professore}} mi ha gentilmente fornito il Suo contatto», «la collega Anna Bertoldi, che lei conosce bene».
    '(mi ha|mi aveva) (gentilmente )?(fornito|dato|passato|girato) il (suo|tuo) (contatto|nome|numero|indirizzo)',
    '(che|chi) (lei|tu|voi) (conosce|conosci|conoscete)(?!\\p{L})',
    // Il nome prima: «Marta Rinaldi dice che cercate un backend dev».
    '(dice|diceva|mi dice|mi diceva|mi ha detto) che (cercate|cerchi|cerca|state cercando|stai cercando|sta cercando|avete|hai|sei|siete|lavori|lavorate|ti occupi|vi occupate)(?!\\p{L})',
    // Il nome prima: «è stato Nicola a dirmi di cercarti qui».
    'a (dirmi|consigliarmi|suggerirmi|indicarmi|passarmi|darmi)(?<=(stato|stata) [\\p{L}.-]+( [\\p{L}.-]+)? a (dirmi|consigliarmi|suggerirmi|indicarmi|passarmi|darmi))(?!\\p{L})',
    // Nominato prima di ciò che dice o ha mostrato: «Matteo Bianchi dice che sei l'unica…», «Luca mi ha fatto vedere il tuo configuratore».
    "(dice|diceva|giura|giurava|sostiene|assicura) che (sei|tu sei|lei e|e lei|sei tu)",
    "mi ha (fatto vedere|mostrato|girato|passato|inoltrato)( [\\p{L}-]+){0,3} (il tuo|la tua|i tuoi|le tue|il suo|la sua|il vostro|la vostra)",
    // Il nome prima: «Marta Villa mi dice sempre che sei un genio del marketing».
    '(mi dice|mi diceva|mi ha detto) (sempre |spesso )?che (sei|e|eri|lavori|lavora)',
    // Nominato prima: «Matteo Conti mi dice che al Mercato Centrale cercate…».
    '(mi dice|mi racconta|mi assicura|mi conferma) che',
    // Nominato prima: «vedo che Paolo Greco è tra i nostri collegamenti in comune».
    '(e|è) tra i (nostri|tuoi|suoi|miei) (collegamenti|contatti)', '(che|chi) (conosciamo|conoscete) (entrambi|entrambe|tutti e due)', 'mi ha (detto|raccontato|parlato|consigliato|suggerito|passato|presentato|dato|girato|indicato|segnalato|fatto il tuo nome|fatto il suo nome)', '(mi|ci) ha (messo|messi) in contatto'],
  inCommon: ['(amic[oa]|contatt[oi]|conoscenz[ae]) in comune'],
  knownThrough: [
    // Il nome dopo, con cui si è concordato di scrivere: «come da accordi con Lorenzo ti aggiungo qui».
    "come (da accordi|concordato|d'accordo|deciso|d'intesa) con(?!\\p{L})",
    // Il nome dopo: «ci ha presentati Federica alla cena».
    '(ci|mi) ha (presentato|presentata|presentati|presentate)(?!\\p{L})',
    // Il nome dopo: «ho avuto il suo nome dal professor…», «il suo nome è venuto fuori a pranzo con…», «la coinquilina di…», «sotto la guida di…», «abbiamo <Nome> in comune», «abbiamo lavorato entrambe con…», «è in contatto con…».
    '(ho avuto|ho ricevuto) (il suo|il tuo) (nome|contatto|numero) (da|dal|dalla|dallo|dai|tramite)(?!\\p{L})',
    '(il suo|il tuo) nome (e venuto fuori|e uscito|e saltato fuori|e stato fatto|e spuntato)( [\\p{L}-]+){0,6} con(?!\\p{L})',
    '(coinquilin[oa]|cugin[oa]|vicin[oa]|compagn[oa] di stanza) (di|del|della)(?!\\p{L})',
    '(sotto la guida|sotto la direzione|alle dipendenze|alle dipendenze dirette) (di|del|della)(?!\\p{L})',
    'abbiamo(?=( (?!(amici|amiche|contatti|colleghi|conoscenti|persone|molto|molti|molte|tanti|tante|diversi|diverse|alcuni|alcune|cose|punti|interessi|qualcosa)(?!\\p{L}))[\\p{L}\\p{N}.<>{}_-]+){1,3} in comune(?!\\p{L}))',
    '(lavorato|studiato|collaborato) (entramb[ie]|tutti e due|tutte e due) (con|per|sotto)(?!\\p{L})',
    '(e|sei|siete) (in contatto|collegat[oa]|conness[oa]) con(?!\\p{L})',
    // Il nome dopo: «siamo entrambi collegati con [Nome Cognome]».
    'siamo (entrambi|entrambe|tutti e due) (collegati|collegate|connessi|connesse|in contatto) con(?!\\p{L})',
    // Il nome dopo: «ti saluta Marco Rossi».
    '(ti|la|vi) saluta(no)?(?!\\p{L})',
    // Il nome dopo: «ho avuto il tuo contatto da Marco Rossi».
    '(ho avuto|ho ricevuto|mi e arrivato|mi è arrivato) (il tuo|il suo) (contatto|nome|numero|profilo) (da|tramite|grazie a)(?!\\p{L})',
    // Il nome dopo: «come forse ti avrà anticipato Matteo Ferrara».
    '(ti|le|vi) (avra|avrà|ha|aveva) (gia |già )?(anticipato|accennato|detto|scritto|parlato)',
    // Il nome dopo: «conosci anche tu Federica Greco?», «alla festa di compleanno di Marco».
    '(conosci|conosce) anche (tu|lei)',
    '(festa|feste|compleanno|compleanni|matrimonio|laurea|cena|cene|addio al celibato|addio al nubilato)( di compleanno)? (di|del|della)',
    // Il nome dopo: «Me l'ha suggerito Chiara».
    "(me l'ha|ce l'ha) (suggerito|consigliato|detto|segnalato|girato|passato)",
    // Il nome dopo: «ne parlavo con Giulia Ferri».
    '(ne )?(parlavo|parlavamo|ho parlato|abbiamo parlato) con',
    // Il nome dopo: «mi ha dato il tuo contatto Marco Bianchi», «il tuo contatto me l'ha dato Stefano Gallo», «su suggerimento del dott. Rossi», «il nostro cliente comune Stefano Marchetti».
    "(mi ha dato|mi ha passato|mi ha girato) il (tuo|suo) (contatto|numero|nome)",
    "(il tuo|il suo) (contatto|nome|numero|profilo) (me|ce) l'ha (dato|passato|girato|indicato|segnalato|fatto)",
    "su (suggerimento|consiglio|indicazione) (di|del|della|dell(?='))",
    // L'aggettivo prima: «della nostra comune collega Elena Bassi».
    '(nostro|nostra|nostri|nostre) comun[ei] (amico|amica|amici|amiche|collega|colleghi|colleghe|conoscente|cliente)',
    "(cliente|collega|amico|amica|fornitore|partner) (comune|in comune)",
    // Il nome dopo: «ho visto che conosci Paolo Greco».
    '(visto|vedo|noto|notato) che (conosci|conosce)',
    // Il nome dopo: «la collega di Fede», «conosciamo entrambi il Geom. Pellegrini».
    '(fratello|sorella|cugino|cugina|amico|amica|amici|amiche|collega|socio|socia|figlio|figlia|moglie|marito|vicino|vicina) (di|del|della)',
    'conosciamo(?<!(che|chi) conosciamo) (entrambi|entrambe|tutti e due|tutte e due)',
    // Il nome dopo: «mi ha parlato di te Chiara Bellini».
    '(mi ha parlato|mi ha detto|mi ha consigliato|mi ha suggerito|mi ha fatto il (tuo|suo) nome)( di te| di lei| di voi)?',
    '(abbiamo|avete) in comune', '(da parte di|tramite|grazie a|su consiglio di|su suggerimento di|su indicazione di|per conto di)'],
  // «Lavoro con Giulia Conti in Enel. Mi ha raccontato che…».
  referrerCompanions: ['con', 'insieme a', 'accanto a', 'e'],
  signedThrough: ['(via|tramite|da parte di|grazie a)(?<=[\\n,(—–|·-]\\s{0,2}(via|tramite|da parte di|grazie a))'],
  countInCommon: ["(un po'? ?di|molta|tanta|parecchia) gente in comune", '(\\d+|<slot>) (collegamenti|contatti)( in comune)?', '(molti|diversi|alcuni|parecchi|tanti|un sacco di) (collegamenti|contatti|amici)( in comune)'],
} satisfies SharedContactPhrases;
