import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['mijn', 'jouw', 'uw', 'ons', 'onze'], examples: ['{mijn_voornaam}', '{mijn_organisatie}', '{mijn_rol}', '[Uw naam]'] },
  roles: {
    sender: { words: ['afzender*', 'verkoper*'], examples: ['[Afzender]'] },
    'shared-contact': { words: ['gemeenschappelijk*', 'gemeenschap*', 'gedeeld*', 'wederzijds*', 'aanbevel*', 'kennis', 'verwijz*', 'introduc*'], examples: ['[gemeenschappelijke connectie]', '[wederzijdse kennis]', '[Naam verwijzer]'], not: ['[Naam]'] },
    event: { words: ['evenement*', 'congres*', 'conferentie*', 'beurs*', 'bijeenkomst*', 'workshop*', 'meetup*', 'seminar*', 'webinar*'], examples: ['[Evenement]', '[Naam van de beurs]', '[Congres]'] },
    school: { words: ['universiteit*', 'hogeschool*', 'school*', 'opleiding*', 'studie*', 'programma', 'cursus*', 'jaargang*', 'bootcamp*', 'traineeprogramma*', 'traineeship*', 'minor*', 'lichting*'], examples: ['[Universiteit]', '[Opleiding]', '[Hogeschool]', '[Traineeprogramma]'] },
    specific: { words: ['gepersonaliseerd*', 'persoonlijk*', 'specifiek*', 'detail*', 'project*', 'initiatief*', 'punt*', 'vraag*', 'uitdaging*', 'probleem*', 'iets', 'doel*', 'nieuws*', 'mijlpaal*', 'lancering*', 'recent*', 'reden*', 'aanleiding*'], examples: ["[recent nieuws]", '[project]', '[specifiek detail]', '[uitdaging]', '[reden voor contact]', '[aanleiding]'] },
    content: { words: ['bericht*', 'artikel*', 'post', 'posts', 'lezing*', 'podcast*', 'interview*', 'video*', 'reactie*', 'nieuwsbrief*', 'boek', 'inhoud*'], examples: ['[Artikel]', '[Bericht]', '[titel van de lezing]'] },
    offer: { words: ['aanbod*', 'aanbieding*', 'gids*', 'sjabloon*', 'voordeel*', 'voordelen', 'whitepaper*'], examples: ['[Aanbod]', '[gratis gids]'] },
    topic: { words: ['onderwerp*', 'thema*', 'interesse*', 'hobby', 'passie*'], examples: ["[gedeelde interesse]", '[onderwerp]', '[Thema]'] },
    company: { words: ['bedrijf*', 'bedrijven', 'organisatie*', 'onderneming*', 'klant*', 'merk*', 'bureau*', 'team'], examples: ['[Bedrijf]', '{bedrijf}', '[Bedrijfsnaam]'] },
    field: { words: ['sector*', 'branche*', 'vakgebied*', 'gebied*', 'markt*'], examples: ['{sector}', '[Vakgebied]'] },
    place: { words: ['stad', 'steden', 'plaats*', 'land', 'regio*'], examples: ['[Stad]', '[Plaats]'] },
    group: { words: ['groep*', 'vereniging*', 'community'], examples: ['[Groepsnaam]', '[Vereniging]'] },
    date: { words: ['datum*', 'dag', 'dagen', 'jaar', 'jaren', 'maand*', 'week', 'weken', 'vandaag', 'gisteren'], examples: ['[Datum]', '[Jaar]'] },
    role: { words: ['functie*', 'rol', 'positie*', 'titel*', 'beroep*'], examples: ['[Functie]', '{functie}', '[Rol]'] },
    person: { words: ['persoon', 'personen', 'contact', 'contacten', 'connectie', 'connecties', 'collega*', 'kandidaat*', 'investeerder*', 'spreker*', 'contactpersoon*', 'docent*', 'leraar', 'lerares', 'begeleider*', 'mentor*', 'manager*', 'leidinggevende*', 'oprichter*', 'recruiter*', 'tussenpersoon*', 'vriend', 'vriendin', 'vrienden', 'studiegenoot*', 'buurman', 'buurvrouw'], examples: ['[Persoon]', '[Spreker]', '[Naam docent]', '[Naam begeleider]', '{tussenpersoon}', '[naam van je vriendin]'] },
    name: { words: ['naam', 'namen', 'voornaam*', 'achternaam*', 'aanhef*'], examples: ['{{aanhef}}', '{{achternaam}}', '[Voornaam]', '{voornaam}'] },
  },
  bothHave: { words: ['gemeenschappelijk*', 'gedeeld*'], examples: ['[gemeenschappelijk project]', '[gedeeld project]'] },
} satisfies PlaceholderLanguage;
