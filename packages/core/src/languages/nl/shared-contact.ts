import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // De naam ervoor: „en hij vertelde vaak over uw overstap“, „heeft u vast al over mij verteld“.
    '(vertelde|vertelt|sprak) (vaak|veel|regelmatig|altijd|graag) over (uw|je|jouw|jullie)(?!\\p{L})',
    '(heeft|had) (u|je|jou|jullie)( [\\p{L}-]+){0,3} over (mij|me) (verteld|gesproken)(?!\\p{L})',
    // De naam ervoor: «Julia Jansen (mijn oud-collega) denkt dat jij de juiste persoon bent».
    '(denkt|dacht|vindt|vond) dat (jij|je|u) (de juiste persoon|de aangewezen persoon|het juiste aanspreekpunt|de expert|de beste persoon)',
    // De naam ervoor: «stuurde me je bericht over recruitment door», «hij vertelde over jou», «stelde ons per mail aan elkaar voor», «laat je hartelijk groeten».
    'stuurde (me|mij) (je|jouw|uw) [\\p{L}-]+( [\\p{L}-]+){0,4} door(?!\\p{L})',
    '(vertelde|vertelt|sprak) (me |mij )?(over|van) (jou|je|u)(?!\\p{L})',
    // «Anouk had het over jou als…», «vertelde enthousiast over jullie proef».
    '(had|hadden|heeft) het (over|met lof over) (jou|u)(?!\\p{L})', '(vertelde|vertelt|sprak) (me |mij )?(enthousiast|lovend|vol lof) (over|van) (jou|je|u|jullie|jouw|uw)(?!\\p{L})',
    '(stelde|heeft) ons( [\\p{L}-]+){0,3} aan elkaar (voor|voorgesteld)(?!\\p{L})',
    '(laat|liet) (je|jou|u) ([\\p{L}]+ )?groeten(?!\\p{L})',
    // De naam ervoor: «Thomas heeft vast al over me verteld».
    '(heeft|had) (vast |waarschijnlijk |al |misschien |ongetwijfeld )*(over mij|over me|van mij) (verteld|gesproken)(?!\\p{L})',
    // De naam ervoor: «bracht me met je in contact», «vond dat we elkaar moesten leren kennen».
    '(bracht|brengt|heeft) (me|mij|ons) met (je|jou|u) in (contact|verbinding)(?!\\p{L})',
    '(vond|vindt|dacht|zei) dat (we|wij) elkaar (moesten|moeten|zouden moeten) (leren kennen|spreken|ontmoeten)(?!\\p{L})',
    // De naam ervoor: «… wees me op uw meetopstelling», «Richard van installatiebedrijf Mulder wist te vertellen dat jij…», «Thomas beweert dat jij de beste boekhouder bent», «Margriet noemde jou als dé fysiotherapeut», «Niels de Haan en ik hadden het laatst over…».
    '(wees|wijst) (me|mij) op (uw|je|jouw)(?!\\p{L})',
    '(wist te vertellen|liet weten|gaf aan|vertelde me|vertelde mij) dat (jij|je|u)(?!\\p{L})',
    // «{tussenpersoon} liet mij weten dat u…».
    '(liet|lieten) (me|mij|ons) weten,? dat (jij|je|u)(?!\\p{L})',
    '(beweert|beweerde|zegt|zei) dat (jij|je|u) (de|het|dé) (beste|juiste|aangewezen)',
    '(noemde|noemt|noemden) (jou|je|u) (als|(de|dé) (beste|juiste|aangewezen|expert|specialist|persoon))(?!\\p{L})',
    'en ik hadden het (net |gisteren |laatst |vanochtend |onlangs )?over(?!\\p{L})',
    // De naam ervoor: «[Naam docent], die u nog kent uit uw tijd bij [hogeschool]».
    '(die|dat) (u|je|jij|jou) (nog |ook |goed )?(kent|kende|kennen)(?!\\p{L})',
    // De naam ervoor: «Wim vroeg me u even te contacteren».
    '(vroeg|vraagt) (me|mij) (om )?(u|je|jou) (even |eens )?(te )?(contacteren|benaderen|mailen|bellen|spreken|te spreken)(?!\\p{L})',
    // De naam ervoor: «Hilde Wouters sprak altijd lovend over uw aanpak», «Koen van bij Barco stuurde me naar u door», «Prof. Van der Linden … gaf mij uw naam».
    '(sprak|spreekt|was|is) (altijd |vaak |heel |erg |zeer )?(lovend|positief|vol lof) over (u|jou|je|uw|jouw)(?!\\p{L})',
    'stuurde (me|mij) (naar|door naar) (u|jou|je)(?!\\p{L})',
    '(gaf|gaven|heeft) (mij|me) (uw|je|jouw) (naam|nummer|contact|contactgegevens|gegevens|e-mailadres)(?!\\p{L})',
    '(met wie|waarmee) (u|je|jij) ([\\p{L}\\p{N}-]+ ){0,6}(opzette|opzetten|werkte|werkt|samenwerkte|studeerde|schreef|bouwde|oprichtte)(?!\\p{L})',
    // De naam ervoor: „Annelies Kok adviseerde mij u te benaderen", „Jasper en ik lopen samen hard".
    '(adviseerde|adviseert|raadde|raadt|tipte|tipt) (mij|me) (aan )?(om )?(u|je|jou) (te )?(benaderen|contacteren|spreken|bellen|mailen|leren kennen)(?!\\p{L})',
    'en ik (lopen|sporten|werken|werkten|studeerden|spelen|speelden|zitten|zaten|fietsen|roeien) (samen|al jaren|allebei)(?!\\p{L})',
    // De naam ervoor: «Esther van Dijk is een gezamenlijke connectie van ons».
    '(is|zijn) (een |onze )?(gezamenlijke|gemeenschappelijke|wederzijdse|gedeelde) (connectie|connecties|contact|contacten|kennis|kennissen|vriend|vriendin|vrienden)',
    // De naam ervoor: „Tim en ik hadden het net over jou", „Iris zei 'die moet je spreken'".
    '(en ik )?(hadden het|spraken) (net |gisteren |laatst |vanochtend )?over (jou|u)',
    "(zei|zegt|vond|vindt)[:,]? '?(dat ik )?(je|jou|u|die|hem|haar) (echt )?(moet|moest|zou moeten) (je |jij |u )?(spreken|ontmoeten|benaderen|leren kennen|bellen|mailen|contacteren)",
    // De naam ervoor: «Marco Visser heeft me op u gewezen», «Henk zegt dat je…» (« zei dat » below), «Peter stelde voor dat we eens moesten praten», «mevrouw Lambrechts heeft me uw naam gegeven».
    'heeft (me|mij) op (u|je|jou) gewezen',
    '(zij|zegt|vertelt) dat (je|jij|u|jullie)',
    'stelde voor (dat|om)',
    'heeft (me|mij) (uw|je|jouw) naam (gegeven|doorgegeven)',
    '(zei|vertelde|noemde) (dat|me dat)', 'raadde me aan', 'gaf me (je|jouw|uw) naam', '(vertelde|zei|raadde|noemde|tipte) (me|mij)', 'heeft (me|mij) (verteld|aangeraden|gewezen|getipt)', 'gaf (me |mij )?aan dat', '(noemde|gaf) (jouw|uw|je) naam'],
  inCommon: ['(gemeenschappelijke|gezamenlijke|gedeelde|wederzijdse) (connectie|kennis|vriend|vriendin|contact)', "iemand (uit|in|van) (mijn|m'n|ons) netwerk", '(we|wij) (zijn )?(allebei|beiden|allebei ook) (verbonden|gelinkt|connected) (met|aan)'],
  knownThrough: [
    // De naam erna: „uw naam viel tijdens een lunch met…“, „de huisgenote van…“, „verbonden met…“, „onder {{oud_manager}} gewerkt“, „we hebben <Naam> gemeen“, „allebei met … gewerkt“.
    '(uw|je|jouw) naam (viel|kwam ter sprake|kwam voorbij|werd genoemd)( [\\p{L}-]+){0,6} met(?!\\p{L})',
    '(huisgenoot|huisgenote|kamergenoot|kamergenote|buurvrouw|buurman) van(?!\\p{L})',
    '(verbonden|geconnect|gelinkt) (bent |zijn |is |waren )?met(?!\\p{L})',
    'onder(?=( [\\p{L}\\p{N}.<>{}_-]+){1,3} (gewerkt|gestudeerd|gepromoveerd)(?!\\p{L}))',
    '(we hebben|hebben we)(?=( (?!(contacten|connecties|vrienden|kennissen|collega|veel|weinig|iets|niets|dingen)(?!\\p{L}))[\\p{L}\\p{N}.<>{}_-]+){1,3} (gemeen|gemeenschappelijk)(?!\\p{L}))',
    '(allebei|beiden|beide) met(?=( [\\p{L}.-]+){1,3} (gewerkt|samengewerkt|gestudeerd)(?!\\p{L}))',
    // De naam erna: «Op aanraden van ons gemeenschappelijk contact, mevrouw Anja Verhoeven», «ik hoorde via Annemiek».
    '(op aanraden|op advies|op aanbeveling|op voorspraak) van(?!\\p{L})',
    '(ik hoorde|hoorde ik|ik heb gehoord|ik vernam) via(?!\\p{L})',
    // De naam erna: «de groeten van Jan de Vries».
    '(de )?groeten (van|uit naam van)(?!\\p{L})',
    // De naam erna: «Mijn promotor, prof. Anja de Graaf, …».
    "(mijn|m'n) (promotor|copromotor|begeleider|stagebegeleider|docent|leidinggevende|baas|manager|mentor)(?!['\\p{L}])",
    // De naam erna: «Onze gezamenlijke relatie [naam contactpersoon] gaf aan…».
    '(onze|ons) (gezamenlijke|gemeenschappelijke|gezamenlijk|gemeenschappelijk|wederzijdse|wederzijds|gedeelde|gedeeld) (relatie|connectie|contact|kennis|vriend|vriendin|collega)',
    // De naam erna: «via uw dochter Lotte».
    '(uw|je|jouw) (dochter|zoon|vrouw|man|partner|broer|zus|vader|moeder|neef|nicht|schoonzus|zwager|oud-collega|collega|teamgenoot)',
    // De naam erna: „ik kreeg je naam van Jasper de Vries", „uw nummer heb ik van [Naam verwijzer]".
    '(ik )?(kreeg|heb|had) (je|uw|jouw) (naam|nummer|contactgegevens|gegevens|profiel) (gekregen |doorgekregen )?(van|via)(?!\\p{L})',
    // De naam erna: „mijn collega Fleur de Wit sprak je vorige week".
    // Niet wie de lezer nog gaat benaderen: „mijn collega Pieter neemt contact met u op”.
    '(mijn|onze) (collega|vriend|vriendin|compagnon|zus|broer|neef|nicht|partner)(?!( [\\p{L}.-]+){1,3} (gaat|zal|neemt) (u|je|jou|contact)(?!\\p{L}))',
    // De naam erna: „we hebben allebei bij Jesse in het team gezeten".
    'bij(?=( [\\p{L}.-]+){1,2} in (het|zijn|haar) team)',
    // De naam erna: «op de borrel van Jelle».
    '(de |het )?(borrel|verjaardag|bruiloft|feestje|bbq|etentje) van',
    // De naam erna: „we kennen allebei Mark Visser“.
    '(we|wij) kennen (allebei|beiden|alle twee)',
    // De naam erna: «de zus van Joost», «een goede vriend van Daan», «we spraken kort met dr. Peeters».
    '(broer|zus|zuster|neef|nicht|vriend|vriendin|maat|collega|zoon|dochter|buurman|buurvrouw|teamgenoot|zwager|schoonzus) van',
    '(spraken|zagen|ontmoetten) (elkaar )?(kort )?met',
    '(we|wij) (allebei|beiden)',
    '(dankzij|op aanraden van)',
    // Via iemand, niet via een middel: «we kennen elkaar via Sanne», niet «via LinkedIn» of «via Google Ads».
    "via(?<=(^|[.!?:;,—–] |(je|jou|jullie|ons|elkaar|ken|kennen|kende|kenden|kwam|kwamen|naam|gehoord|gevonden|verbonden|geïntroduceerd|geintroduceerd|ontmoet|leerde)( [\\p{L}'-]+){0,2} )via)(?! (linkedin|google|een (post|zoekopdracht|groep)|je (profiel|post|website|site)))"],
  placedAt: [
    // Waar iemand zonder naam zit, niet wie: «een gemeenschappelijke kennis van bij Proximus».
    "(kennis|kennissen|collega|collega's|iemand|contact|contacten|connectie|connecties|vriend|vriendin|mensen)( [\\p{L}-]+)? (van bij|bij)",
  ],
  // «Ik werk met Jan de Vries bij ING. Hij vertelde over jou».
  referrerCompanions: ['met', 'en', 'naast'],
  signedThrough: ['(via|dankzij|aanbevolen door)(?<=[\\n,(—–|·-]\\s{0,2}(via|dankzij|aanbevolen door))'],
  countInCommon: ['(\\d+|<slot>|veel|enkele|meerdere) (connecties|contacten) (gemeen|gemeenschappelijk|gedeeld)', '(\\d+|<slot>|veel|enkele|meerdere|heel wat|best wat|flink wat|een aantal|wat) (gemeenschappelijke|gedeelde) (connecties|contacten)', '(\\d+|<slot>|veel|heel wat|enkele|een aantal|wat|best wat) (connecties|contacten) (delen|gemeen hebben)'],
  referrerPronouns: ['zij', 'ze', 'hij'],
} satisfies SharedContactPhrases;
