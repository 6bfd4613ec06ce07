import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    phrases: ["(je|jij|u) (vertelde|noemde|zei)|vertelde (je|jij|u)|(je|u) (hebt|had|heeft) (me |ons )?(verteld|genoemd)", "(wat een|was een|het was een) (leuke|mooie|gezellige|fijne|inspirerende|toffe|geweldige) (avond|middag|dag|ochtend|sessie|borrel|lunch|editie)", "(jouw|je|uw) (punt|vraag|opmerking|reactie|antwoord|tip|pitch|demo|verhaal) (over|aan|bij|op|tijdens)", "(je|jou|u) beloofd", "naast elkaar", "naast (je|jou|u|jouw|uw)", "stelde ik( [\\p{L}-]+){0,4} (de|een|mijn) vraag", "spraken (we|wij|elkaar)", "deelden (we|wij) (een|de|het) (tafel|stand|taxi|bank|lunch)", "na (jouw|uw|je) (sessie|talk|lezing|presentatie|pitch)", "ontmoet", "gesproken", "gepraat", "kennisgemaakt", "uitgewisseld", "persoonlijk", "naast elkaar", "hadden het (over|erover)", "(ik was|was ik) (die|de) (vrouw|man|persoon|gast|meid|jongen) (met|die)", "(zat|was) ik bij (uw|je|jouw)", "(stonden|zaten|waren|liepen) we( [\\p{L}-]+){0,3} (allebei|beiden|samen|naast elkaar)", "(we|wij) (stonden|zaten|waren|liepen)( [\\p{L}-]+){0,2} (allebei|beiden|samen|naast elkaar)", "(ik zag|zag ik) (je|jou|u)(?=( [\\p{L}-]+){0,8} (spreken|presenteren|pitchen|optreden)(?!\\p{L}))", "(jij|u) zei"],
    words: ["ontmoeten", "ontmoeting", "spreken", "praten", "kennismaken", "gesprek", "uitwisselen"],
    examples: ['We hebben elkaar ontmoet', 'ons gesprek', 'we zaten samen aan tafel', 'ik zag je op de Dutch Design Week je project presenteren'],
    not: ['Ik wil graag connecten.'],
  },
  eventNoun: {
    // Samenstellingen eindigen op hun evenement: "Duurzaamheidscongres", "vakbeurs".
    phrases: ["\\p{L}+(diner|borrel|ontbijt|evenement)", "\\p{L}+(congres|congressen|conferentie|conferenties|beurs|beurzen|bijeenkomst|symposium)", "(design|fashion|tech|startup|innovation|food|art|music|data|ai) ?week"],
    words: ["paviljoen", "congres", "conferentie", "beurs", "evenement", "meetup", "bijeenkomst", "workshop", "webinar", "seminar", "lunch", "diner", "stand", "summit", "sessie", "braderie", "kerstmarkt", "rommelmarkt", "koffiepauze", "borrel", "awards", "prijsuitreiking", "hackathon", "gala"],
    examples: ['op de beurs', 'tijdens de lunch', 'op het Duurzaamheidscongres', 'op de vakbeurs'],
    not: ['onze roadmap'],
  },
  locative: {
    phrases: ['op', 'bij', 'tijdens', 'na', 'in'],
    examples: ['op de beurs', 'tijdens het congres'],
    not: ['over de roadmap'],
  },
  contentNoun: {
    phrases: [],
    words: ["bericht", "post", "artikel", "thread", "draadje", "nieuwsbrief", "podcast", "aflevering", "lezing", "talk", "video", "reactie", "presentatie", "interview", "keynote", "gastcollege", "opiniestuk", "column", "blog", "comment", "webinar", "panel", "workshop"],
    examples: ["het artikel", "je bericht"],
    not: ["de prijspagina"],
  },
  authored: {
    phrases: ["dat (je|u) (schreef|deelde|publiceerde|gaf|hebt geschreven|heeft geschreven)", "die (je|u) (schreef|deelde|publiceerde|gaf)", "(jij|u) (gaf|hield|deed|presenteerde|schreef|postte|plaatste)"],
    examples: ["het artikel dat je schreef"],
    not: ["je werkt bij Acme"],
  },
  shared: {
    phrases: ["jij en ik", "u en ik", "allebei", "beiden", "dezelfde", "hetzelfde", "samen", "medestudent(en)?", "net als (ik|jij|u)"],
    examples: ["dezelfde opleiding", "allebei"],
    not: ["ik geef ook een cursus"],
  },
  educationNoun: {
    phrases: ["mba", "university", "business school", "erasmus", "universiteit", "hogeschool", "opleiding", "studie", "cursus", "klas", "jaargang", "lab", "programma", "bootcamp", "master", "traineeship", "traineeprogramma", "minor"],
    examples: ['allebei aan Boston University gestudeerd', "dezelfde opleiding", "in het lab"],
    not: ["het productteam"],
  },
  offerVerb: {
    phrases: ["(stuur|mail|deel) ik (je|u|jullie)(?!\\p{L})", "(kan|zou) (je|u) (graag )?(sturen|laten zien|geven)", "(ik heb|heb) (een|ons)"],
    examples: ["ik kan je graag sturen"],
    not: ["stuur me een bericht"],
  },
  offerNoun: {
    phrases: ["data", "\\p{L}+(format|sjabloon|template|checklist|stappenplan|analyse|overzicht)"],
    words: ["analyse", "sjabloon", "sjablonen", "template", "checklist", "gids", "rapport", "overzicht", "lijst", "format", "stappenplan", "draaiboek", "handleiding", "rekentool", "tool"],
    examples: ["onze analyse", "een checklist"],
    not: ["je team"],
  },
  personNoun: {
    phrases: ["vriend(in|en)?", "collega'?s?", "iemand", "contacten?", "manager", "baas", "mentor", "professor", "klanten?", "partner", "team", "gemeenschappelijke", "gedeelde", "wederzijdse", "kennis(sen)?", "mijn", "een", "de", "het"],
    examples: ["een vriend", "mijn collega"],
    not: ["sanne jansen"],
  },
  together: {
    phrases: ['net als ik', 'ook', 'dezelfde', 'hetzelfde', 'allebei', 'beiden', 'samen', 'medestudent(en)?'],
    examples: ['Ik heb ook aan de [Universiteit] gestudeerd.', 'We zaten in dezelfde [Opleiding].', 'We hebben allebei aan de [Universiteit] gestudeerd.'],
    not: ['Ik studeer aan de [Universiteit] en wil leren van mensen net als jij.', 'Ik studeer aan de [Hogeschool] en zoek een stage.'],
  },
  attending: {
    phrases: ["(ik ben|we zijn|wij zijn|ik ga)( [\\p{L}-]+){1,3} ook (op de|op het|bij de|bij het|naar de|naar het|naar)", "(ik ben|ik ga|ik zal|wij zijn|we zijn|jij bent|u bent|ben jij|bent u|je bent|ga jij|gaat u|spreek jij|spreekt u)( ook)? (erbij|aanwezig|naar|op de|op het|bij de|bij het)", "(zie je|zien we elkaar|tot dan) (daar|op|bij)"],
    examples: ['ik ben volgende week ook op de Horecava', 'Ik ben ook op de Dutch Design Week', 'bent u aanwezig op het congres', 'zie je daar'], not: ['ik ben benieuwd'],
  },
  relative: {
    phrases: ["(een|twee|drie|\\d+) jaar (boven|onder|voor|na) (jou|u)"],
    examples: ["ik zat een jaar na jou op de opleiding"],
    not: ["ik heb iets voor jou", "na de beurs"],
  },
  offerMade: {
    phrases: ["(ik|wij|we) (maakte|maakten|bouwde|bouwden|schreef|schreven|verzamelde|verzamelden|nam|namen) (een|het|de)( [\\p{L}-]+){0,3} (analyse|video|video-analyse|overzicht|document|checklist|sjabloon|template|lijst|vergelijking|audit|rapport|opname|loom|screencast|lessenserie|handleiding)(?!\\p{L})", "en heb (een|het|de)( [\\p{L}0-9-]+){0,6} (gemaakt|geschreven|gebouwd|opgesteld|samengesteld|verzameld|opgenomen|uitgewerkt)(?!\\p{L})", "(ik heb|we hebben|wij hebben)( [\\p{L}\\p{N}-]+){1,6} vergeleken", "(ik heb|we hebben|wij hebben)( [\\p{L}\\p{N}-]+){1,6} (doorlopen|getest|bekeken|nagelopen|geanalyseerd|doorgelicht|doorgenomen|doorgekeken|doorgelezen|bestudeerd)", "(ik schreef|schreef ik|ik heb geschreven|we schreven) (onlangs |laatst |recent )?(een|mijn|ons|onze)", "(ik heb|we hebben|wij hebben) (een|mijn|ons|onze)( [\\p{L}-]+){0,3} (model|sjabloon|template|overzicht|checklist|rekenmodel|spreadsheet|excel-model|analyse|rapport|script)", "(ik heb|we hebben|heb ik|hebben we)( [\\p{L}0-9-]+){0,12} (gemaakt|verzameld|opgesteld|geschreven|gebouwd|samengesteld|uitgewerkt|vergeleken|doorgelopen|geanalyseerd|getest|gezet|opgenomen|gehaald|doorgelicht|nagekeken|gecheckt)"],
    examples: ['ik heb de prijzen van 20 leveranciers vergeleken', "ik schreef onlangs een whitepaper", "ik heb een checklist opgesteld", "we hebben de prijzen van 30 tools vergeleken"],
    not: ["je hebt een mooi team gebouwd", "ik heb je profiel gezien"],
  },
  offerSend: {
    phrases: ["wil je (het|ze|hem|die|dat|deze)( [\\p{L}-]+)? (hebben|zien|ontvangen|lezen)(?=\\s*\\?)", "geen (verkooppraatje|verkoopgesprek|verplichtingen)(?!\\p{L})", "(kost|kosten) (je |u |jullie )?niets(?!\\p{L})", "deel (ik )?(de|het|die|dat|ze|hem|deze|dit)( [\\p{L}-]+)? graag", "(dat|die|wat) ik (je|jou|u|jullie) (graag |gratis |even |vrijblijvend )?(stuur|toestuur|doorstuur|mail|bezorg)", "wil je (de|het|mijn|onze) (link|video|bestand|rapport|overzicht|walkthrough)", "(staat|staan|ligt|liggen) (voor je |voor u |voor jullie )?klaar", "(stuur|deel|mail) ik (het|hem|ze|die|dat)( graag)? (naar )?(je|jou|u)", "(stuur|mail) (het|hem|ze) (je|u)", "(stuur|mail|deel) ik (u|je|jou) (graag )?(het|de|mijn|deze|dat|onze)", "(kan|wil) (ik )?(het|hem|ze) (je|u|jou) (graag )?(sturen|doorsturen|mailen)", "zal ik (het|hem|ze|die) (naar )?(je |u |jou )?(sturen|doorsturen|mailen)", "(zal|kan|mag) ik (je |u )?(de|het|mijn|deze)( [\\p{L}-]+){1,2} (sturen|doorsturen|mailen|delen)", "(ik stuur|stuur ik) (je|u|jou) graag (een|mijn|ons|onze|de|het)", "(ik deel|deel ik) (het|de|mijn|dit|dat|ons|onze)( [\\p{L}-]+)? (graag )?met (je|jou|u)", "(zal|kan|mag) ik (je |u )?(de|het) (link|bestand|video|document|overzicht|lijst) (sturen|doorsturen|mailen|delen)"],
    examples: ['deel de tabel graag met je', "dan stuur ik het je graag", "Zal ik de Loom-video sturen?", "ik kan het je sturen", "een format dat ik je graag stuur"],
    not: ["stuur me je cv", "ik stuur je een uitnodiging"],
  },
  sharedMoment: {
    phrases: ["(je|u) (hebt|heeft|had) (me|mij|ons)(?=( [\\p{L}-]+){0,6} (geholpen|geleend|uitgelegd|gegeven|gered)(?!\\p{L}))"],
    examples: ["u heeft me toen uw oplader geleend"],
    not: ["ik heb u mijn oplader geleend"],
  },
  sharedScene: {
    phrases: ["(we|wij|jij en ik|u en ik)( allebei| samen| beiden)? (waren|zaten|stonden|spraken|hebben( (?!(niet|nooit|nog)(?!\\p{L}))[\\p{L}-]+){0,4} (gesproken|gepraat|gekletst|gedeeld|gediscussieerd))(?!\\p{L})"],
    examples: ["we zaten aan dezelfde tafel", "we hebben op de beurs kort gesproken"],
    not: ["we zijn blij met je reactie", "we hebben nog niet gesproken"],
  },
  recalled: {
    phrases: ["die (week|dag|avond|middag|nacht|reis|tocht|keer|zomer|escaperoom)(?!\\p{L})", "(jij|jullie|u) met (de|het|je|jullie|jouw|uw)", "weet je nog", "(je hebt|jij hebt|u hebt|u heeft|we hebben|wij hebben|we waren|jij was|je was)(?!\\p{L})", "(dezelfde|hetzelfde) (tafel|team|zaal|groep|klas|rij)", "(weet je nog|herinner je je)"],
    examples: ["Je hebt mijn code gered.", "dezelfde tafel"],
    not: ["Ik red code."],
  },
  sender: {
    phrases: ["(ik|mij|me|mijn|wij|we|ons|onze|ben|zijn)"],
    examples: ["Ik ben van de TU Delft, lichting 2015."],
    not: ["TU Delft, lichting 2015."],
  },
  addressee: {
    phrases: ['(je|jij|jou|jouw|jullie|u|uw)'],
    examples: ['Hoe heeft jullie team de migratie aangepakt?'],
    not: ['Hoe is de migratie aangepakt?'],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|vijf|tien|vijftien|twintig|dertig)( |-)?(min|minuten)", "(een)( kort| korte| snel| snelle)? (gesprek|belletje|call|afspraak|demo|meeting|kop koffie)", "(volgende|deze) week", "calendly",
      "(zou|ben|bent|staat) (je|u|jij) (geïnteresseerd|open|beschikbaar)", "(mag|kan) ik (je|u) (laten zien|sturen|voorstellen)", "(wist|wisten) (je|u|jij|jullie)",
      "hoe (gaat het|is het|gaat 't)", "alles (goed|oké|ok)", "(jij|u) ook(?=\\s*\\?)",
      "(zullen we (connecten|verbinden)|mag ik je toevoegen)",
    ],
    examples: ['Heeft u volgende week 15 minuten?', 'Hoe gaat het?'],
    not: ['Hoe heeft jullie team de migratie naar Snowflake aangepakt?'],
  },
  eventModifier: {
    // Wanneer, hoe groot, waarover in het algemeen: "op het grote marketingcongres van vorige week".
    phrases: ["(van )?gisteren", "(vorige|afgelopen|volgende) (week|maand)", "(vorig|afgelopen|volgend) jaar"],
    words: ["laatste", "recente", "volgende", "jaarlijkse", "grote", "kleine", "leuke", "lokale", "regionale", "nationale", "internationale", "online", "virtuele", "zelfde", "andere", "eerste", "officiele", "tech", "netwerk", "bedrijfs", "team", "startup", "marketing", "sales", "product", "design", "data", "ai", "finance", "carriere", "alumni", "familie", "avond", "zomer", "winter", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    examples: ['op het grote congres van vorige week', 'op de netwerkborrel van gisteren'],
    not: ['op de Dutch Agri Food Week'],
  },
  networkTalk: {
    // Connecten en netwerken, een baan zoeken, hun content in het algemeen: "mijn netwerk uitbreiden".
    phrases: ["nieuwe uitdaging(en)?", "vacatures?", "nieuwe baan", "(mensen|professionals) (zoals|als) (jij|jou|u)"],
    words: ["connecten", "connectie", "verbonden", "netwerk", "contact", "networking", "linkedin", "content", "profiel", "synergie", "mensen", "vakgenoten"],
    examples: ['ik wil mijn netwerk in de logistiek uitbreiden', 'ik ben op zoek naar een nieuwe uitdaging', 'ik volg je content al een tijdje', 'laten we connecten'],
    not: ['je onderzoek naar de haven van Rotterdam heeft me veel geholpen'],
  },
  opening: {
    // Een openstaande vacature: "zijn er bij het UMCG vacatures op de IC?".
    phrases: ["vacatures?", "nemen (jullie|ze)( [\\p{L}-]+){0,3} (mensen|personeel) aan", "zoeken (jullie|ze) (mensen|personeel)", "(zijn er|is er|hebben jullie|heeft u|heb je)( [\\p{L}-]+){0,3} (mogelijkheden|openingen|plekken|plek|openstaande functies)"],
    examples: ['Zijn er bij het UMCG vacatures op de IC?', 'Nemen jullie bij Picnic mensen aan?', 'zijn er daar mogelijkheden?'],
    not: ['ik heb een vraag over de opleiding'],
  },
  eventOf: {
    // Wat van het evenement naar zijn naam leidt: "op de braderie in deventer".
    // Not "in": a place says where, not which ("op dat congres vorige week in utrecht").
    phrases: ["van"],
    examples: ['op de borrel van de vakvereniging', 'op de braderie van deventer'],
  },
  exemplar: {
    // Voor een voorbeeld van een soort: „fabrikanten zoals Ardent“ (niet „als“: „als je wilt“).
    phrases: ['zoals'],
    examples: ['Wij helpen fabrikanten zoals Ardent met minder afval'],
  },
  vagueGain: {
    phrases: ["(groeien|opschalen)( sneller)?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(jullie|je|uw) (bedrijf|business|omzet) (laten groeien|opschalen)", 'meer (klanten|leads|omzet|afspraken)', '(omzet|verkoop|groei) (te )?(verhogen|verdubbelen|stimuleren)', 'naar een hoger niveau', 'waarde toevoegen'],
    examples: ['ik help bedrijven zoals Ardent hun omzet te verhogen', 'meer klanten'],
    not: ['minder afval in de productie'],
  },
  askingWhether: {
    phrases: ["(ik wilde|ik wil|ik zou) (je |u )?(graag )?(vragen|weten),? (of|hoe|wanneer|waar|welke|wie)(?!\\p{L})", "ik vroeg me af,? (of|hoe)(?!\\p{L})"],
    examples: ['ik wilde u vragen of uw lab stagiairs aanneemt', 'ik vroeg me af hoe jullie de migratie hebben aangepakt'],
    not: ['ik wil graag met je connecten'],
  },
  congratulation: {
    phrases: ['gefeliciteerd(?!\\p{L})', 'proficiat(?!\\p{L})'],
    examples: ['Gefeliciteerd met je nieuwe baan!', 'proficiat met de promotie'],
    not: ['felicitatiekaarten drukken wij'],
  },
  meetUp: {
    phrases: ['(een )?(koffie|biertje|borrel|lunch)( binnenkort| drinken| doen)(?=\\s*[?!.]|\\s*$)', '(laten we|zullen we) (binnenkort )?(een keer )?(afspreken|koffie drinken|een biertje doen|proosten)'],
    examples: ['Binnenkort een keer koffie drinken? Laten we binnenkort afspreken!', 'Een biertje doen?'],
    not: ['onze koffie komt uit Colombia'],
  },
} satisfies CueLanguage;
