import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    phrases: ['getroffen', 'kennengelernt', 'gesprochen', 'unterhalten', 'ausgetauscht', 'gesprachs?', 'austausch', 'begegnet', 'gesehen', 'personlich'],
    examples: ['wir hatten kurz gesprochen', 'unser Gespräch'],
    not: ['Ich würde mich gern vernetzen.'],
  },
  eventNoun: {
    phrases: ['konferenz(en)?', 'messen?', 'kongress(e)?', 'tagung(en)?', 'meetups?', 'veranstaltung(en)?', 'events?', 'workshops?', 'webinars?', 'panels?', 'vortrag', 'vortragen', '\\p{L}*abend', 'stand', 'foren', 'forum', 'summits?', 'seminar(en)?', 'mittagessen', 'abendessen', 'fruhstuck'],
    examples: ['beim Kundenabend', 'auf der Messe'],
    not: ['unsere Roadmap'],
  },
  locative: {
    phrases: ['auf', 'bei', 'beim', 'am', 'im', 'in', 'nach', 'wahrend', 'vor'],
    examples: ['auf der Messe', 'beim Kundenabend'],
    not: ['uber die Roadmap'],
  },
  contentNoun: {
    phrases: ["beitrag", "beitrage", "artikel", "posts?", "threads?", "newsletter", "podcasts?", "folgen?", "vortrag", "vortrage", "videos?", "kommentare?", "prasentation(en)?", "interviews?"],
    examples: ["den Artikel", "Ihr Beitrag"],
    not: ["die Preisseite"],
  },
  authored: {
    phrases: ["(den|die|das) (du|sie) (geschrieben|geteilt|veroffentlicht|gehalten|gestartet) (hast|haben)"],
    examples: ["den Artikel, den du geschrieben hast"],
    not: ["Sie arbeiten bei Acme"],
  },
  shared: {
    phrases: ["du und ich", "sie und ich", "wir beide", "beide", "gleiche[nmr]?", "selbe[nmr]?", "zusammen", "gemeinsam"],
    examples: ["im selben Jahrgang", "wir beide"],
    not: ["ich gebe auch einen Kurs"],
  },
  educationNoun: {
    phrases: ["uni", "universitat", "hochschule", "studiengang", "jahrgang", "kurs", "programm", "labor", "lehrstuhl", "bootcamp", "ausbildung", "master", "mba", "semester"],
    examples: ["im selben Jahrgang", "am gleichen Lehrstuhl"],
    not: ["das Produktteam"],
  },
  offerVerb: {
    phrases: ["(kann|konnte) (dir|ihnen) (gerne )?(schicken|senden|zeigen|geben)", "(habe|hab) ich (eine|einen|ein)"],
    examples: ["ich kann Ihnen gerne schicken"],
    not: ["schreiben Sie mir"],
  },
  offerNoun: {
    phrases: ["analysen?", "vorlagen?", "checklisten?", "leitfaden", "berichte?", "studien?", "vergleiche?", "ubersicht(en)?", "listen?", "daten"],
    examples: ["unsere Analyse", "eine Vorlage"],
    not: ["Ihr Team"],
  },
  personNoun: {
    phrases: ["freund(in|e|innen)?", "kolleg(e|in|en|innen)", "jemand", "kontakte?", "chef(in)?", "mentor(in)?", "professor(in)?", "kunden?", "partner(in)?", "team", "gemeinsame[rn]?", "mein(e|en)?", "ein(e|en)?", "der", "die"],
    examples: ["ein Freund", "meine Kollegin"],
    not: ["anna schmidt"],
  },
  together: {
    phrases: ['auch', 'ebenfalls', 'gleiche[nmr]?', 'selbe[nmr]?', 'beide', 'zusammen', 'gemeinsam'],
    examples: ['Ich habe auch an der [Universität] studiert.', 'Wir waren im selben [Jahrgang].'],
    not: ['Ich studiere an der [Universität] und möchte von Expertinnen wie Ihnen lernen.', 'Ich studiere an der [Hochschule] und suche ein Praktikum.'],
  },
  attending: {
    phrases: ["(ich bin|ich werde|wir sind|wir werden|sie sind|sind sie|werden sie|bist du|du bist|wirst du|ich komme|kommen sie)( auch| ebenfalls)?( auf der| auf dem| auf| bei der| bei| beim| zur| zum| am| dabei| vor ort)", "(sehen uns|treffen uns) (auf|bei|beim|dort|da)"],
    examples: ['Ich bin auch auf der Logimat', 'sind Sie beim Kundenabend dabei', 'wir sehen uns dort'], not: ['ich bin Ingenieur'],
  },
} satisfies CueLanguage;
