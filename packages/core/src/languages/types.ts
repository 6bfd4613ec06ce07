/**
 * What a placeholder stands for, read from its words. The judgement rules read roles, never a
 * language's words: `[Mutual Connection]` names the shared contact, `[Event]` the event,
 * `[the point you liked]` a specific detail, `[Your Name]` nothing about the recipient.
 */
export const PLACEHOLDER_ROLES = [
  // In order of precedence: `[your mutual friend]` is the shared contact, `[Your Company]` the
  // sender's, `[Event Name]` an event, `[Company Name]` a company. A shared contact comes first, unless its words also name
  // something other than a person (`[shared interest]` is a topic).
  'shared-contact',
  'sender',
  'event',
  'school',
  // `[a specific post they wrote]` is their post.
  'content',
  // `[generic compliment on their profile]` is praise, not the detail it seems to promise.
  'praise',
  'specific',
  'offer',
  'topic',
  'company',
  'field',
  'place',
  'group',
  'date',
  'role',
  'person',
  'name',
] as const;

/** `free` is a slot whose words say nothing this list knows: free text. */
export type PlaceholderRole = (typeof PLACEHOLDER_ROLES)[number] | 'free';

/**
 * Words, folded (lower case, no accents), each a whole word of the placeholder's name, or a
 * word's start when it ends in `*` (`event*` for `events`, `eventName`): keep `*` off short
 * stems that begin other words (`post` would take `poste`, `position`).
 */
export interface RoleWords {
  words: readonly string[];
  /** Placeholders, as written in notes, that must get this role. */
  examples: readonly string[];
  /** Placeholders that must not get it: the near misses. */
  not?: readonly string[];
}

export interface PlaceholderLanguage {
  /** First words that make a slot the sender's own: `[Your Company]`, `[Mi nombre]`, `{fromFirstName}`. */
  senderPossessives: RoleWords;
  roles: Partial<Record<Exclude<PlaceholderRole, 'free'>, RoleWords>>;
  /**
   * The shared contact's words that say what both have as readily as whom both know ("shared",
   * "common"): beside a word of another role the slot takes that role (`[shared interest]` a
   * topic, `[common background]` a specific detail), not a person.
   */
  bothHave: RoleWords;
}

/** A category of cue words or short phrases (phrase-pattern syntax), with sentences that show it. */
export interface CueList {
  phrases: readonly string[];
  /**
   * Single words matched in any inflection: each is stemmed with the language's Snowball
   * stemmer, so "conference" takes "conferences" and "charla" takes "charlas". Several words
   * in a row belong in `phrases`.
   */
  words?: readonly string[];
  /** Sentences in which some phrase must match. */
  examples: readonly string[];
  /** Sentences in which none may: the near misses. */
  not?: readonly string[];
}

export interface CueLanguage {
  /** Meeting or talking: "met", "our conversation", "coincidimos", "gesprochen". */
  meeting: CueList;
  /** Occasions people meet at: "meetup", "lunch", "feria", "Kundenabend". */
  eventNoun: CueList;
  /** What places an event noun: "at", "over", "durante", "beim". */
  locative: CueList;
  /** Things people publish: "thread", "piece", "ponencia", "Beitrag". */
  contentNoun: CueList;
  /** Said after a content noun, makes it the recipient's: "you wrote", "que abriste". */
  authored: CueList;
  /** Two people in one place: "you and I", "we both", "the same", "los dos". */
  shared: CueList;
  /** Where people study or train: "lab", "programme", "máster", "Jahrgang". */
  educationNoun: CueList;
  /** Offering to give something: "I can send you", "te puedo pasar". */
  offerVerb: CueList;
  /** What is offered: "teardown", "checklist", "análisis", "Vorlage". */
  offerNoun: CueList;
  /**
   * Words for people and the words around them that are not a name ("a friend", "my manager",
   * "un contacto"): in a note written all in lower case, what stands before "suggested" is a
   * name unless it is one of these.
   */
  personNoun: CueList;
  /** "also", "fellow", "the same", "igual que tú": said of a school slot, studies in common. */
  together: CueList;
  /** Going to or speaking at an event, the sender's or the recipient's: "I'll be at", "vas a estar en". */
  attending: CueList;
  /** Where the sender stood to the recipient in one school or programme: "two intakes behind you", "tú un año antes", "nach dir". */
  relative: CueList;
  /** Something the sender made that others can use: "I compiled", "he recopilado", "j'ai préparé", "erstellt". */
  offerMade: CueList;
  /** Sending it to the recipient, with a word for the thing: "happy to send it over", "te lo paso", "je vous l'envoie". */
  offerSend: CueList;
  /**
   * What happened in a shared past, recalled after a heading that names it ("Imperial, MSc
   * Computing 2016. You debugged my coursework"): the recipient or both doing something then,
   * the team or table they shared, "remember".
   */
  recalled: CueList;
  /**
   * What the reader did then, or did with or for the sender, or the two did together, told as
   * past: "you lent me your charger", "you had the e-ink prototype", "we sat at the back". With a
   * name in its sentence or the one before, a moment at a named occasion (see momentsAtNamed).
   */
  sharedMoment: CueList;
  /**
   * The two of them as one subject somewhere, told as past ("we were on opposite teams", "we
   * spoke briefly", "you and I were the only two", "we've been at the same table"), or the
   * sender's act toward the reader ("I asked you the question"). With a name in its sentence, a
   * moment at a named occasion; with a piece of writing after it, an exchange (see scenesAtNamed).
   */
  sharedScene: CueList;
  /**
   * The reader and the sender each the subject of a past verb, one beside the other: "I filed two
   * issues and you fixed one", "you were a panellist and I was the moderator", "you scored it
   * higher than I did" (an exchange between the two). The sender's verbs leave out what one
   * sees or thinks of someone met only on a page ("I saw", "I noticed", "I was hoping").
   * Optional: where a past form cannot be told from a present one, the frame stays silent.
   */
  readerActed?: CueList;
  senderActed?: CueList;
  /**
   * Someone else's work named through the recipient: "your colleague Priya's (talk)", "your VP's
   * (interview)", «(la charla) de tu compañero». Their talk or post is a reason to write, not a
   * context of the recipient's own. Optional: without it, every such finding is the recipient's.
   */
  othersWork?: CueList;
  /**
   * What places a named occasion in time, so that the capitalised name after it is an event's:
   * "during SaaStr Europa", «durante el Startup Grind de Valencia». Not a period or a season
   * ("during COVID", "during Q3"). Optional: without it, such names are read as any other.
   */
  eventTime?: CueList;
  /** The sender, named by a pronoun: "I", "we", "my", "yo", "nosotros", "ich", "wir": a heading with one is a sentence about them. */
  sender: CueList;
  /** The recipient, named by a pronoun: "you", "tu", "usted", "vous", "Sie", "je": a question with it is put to them. */
  addressee: CueList;
  /**
   * What makes a question ask nothing about the recipient: the sender's time or sale ("15
   * minutes next week?", "would you be interested", "did you know"), politeness ("how are
   * things?"), connecting itself, or what the sender only assumes ("are you also in…").
   */
  notAboutThem: CueList;
  /**
   * Words beside an event noun that do not name the event: when, how big, what about in general
   * ("at the big marketing conference last week", "en el evento de networking de ayer"). Where
   * the writer gives names no capitals, any other word there names it ("at the gdg cloud munich
   * meetup").
   */
  eventModifier: CueList;
  /**
   * Words that lead from an event noun to its name where the writer gives names no capitals:
   * "the meetup of the rust user group", "al mercatino dell'artigianato di san lorenzo".
   */
  eventOf: CueList;
  /**
   * Talk of networking itself: connecting, networks, contacts, LinkedIn, a job search, someone's
   * content in general. A long note in which the rules read nothing, and which holds none of
   * these, is about something else (a project, a question in the writer's own words):
   * require-reason stays silent on it.
   */
  networkTalk: CueList;
  /**
   * A job open or being filled: "openings", "hiring", "vacantes", "offene Stellen". Asked of a
   * place the note names ("Is St James's taking on staff?", "¿hay vacantes en [Empresa]?"), it is
   * a purpose; with no place, a job search in general is not.
   */
  opening: CueList;
  /**
   * What gives an example of a kind of business: "like", "such as", "como", "wie". One name after
   * it in a pitch ("we help manufacturers like Ardent cut scrap") is the recipient's company;
   * a list ("like Stripe and Shopify") is the sender's customers.
   */
  exemplar: CueList;
  /**
   * A gain any seller promises: "grow", "scale", "more leads", "crecer", "vender más". A pitch to
   * "companies like Ardent" that promises only this is a pitch to anyone.
   */
  vagueGain: CueList;
  /**
   * A question put to the recipient without a question mark, as formal notes put it: "I wanted
   * to ask whether", "quisiera preguntarle si", "je voulais vous demander si". Its sentence asks
   * as one that ends in "?" does.
   */
  askingWhether: CueList;
  /**
   * Their news congratulated: "congrats on", "enhorabuena por", "félicitations pour". Stock talk
   * to a stranger; to someone the sender knows (degree 1), with a meet-up proposed, the reason.
   */
  congratulation: CueList;
  /**
   * A meet-up proposed to catch up: "coffee soon?", "drinks to celebrate", «a ver si quedamos»,
   * «un café cuando vuelvas». Between people who know each other, with their news, a purpose.
   */
  meetUp: CueList;
}

/** Per-language words the analysis needs to tell a note's frame (greeting, sign-off) from its content. */
export interface FramePhrases {
  /** Openings that start a greeting: the recipient's name and a comma may follow. */
  greetings: string[];
  /** Closings: "Best", "Un saludo"; a name may follow them. */
  signOffs: string[];
  /** What a mail or phone app writes under a message, on a line of its own: "Sent from my iPhone". */
  mailFooters?: string[];
  /** Capitalised words that are not names: pronouns, articles, common sentence openers. */
  notNames: string[];
  /**
   * Words inside a person's name, in either case, between its capitalised words: "Marco De
   * Luca", "Joost van der Linden", "María de la Fuente". Lower case.
   */
  nameParticles?: string[];
  /**
   * Given names that speech puts an article before, where capitals mark every noun: «der Flo vom
   * Rudern hat mir erzählt», «die Steffi meinte». None that is also a noun (Ernst, Horst, Kai, Rose).
   * Lower case, folded.
   */
  givenNames?: string[];
  /**
   * Words for the reader in a greeting that are not names, in lower case: titles and roles
   * ("professor", "sir", "hiring manager" as two words), and a group ("there", "team"). A
   * greeting takes them in, capitalised or not: "Dear Professor,", "Estimado profesor:".
   */
  addressees: string[];
  /**
   * Where every noun is capitalised (German), the words that mark the next one as a noun, not
   * a name: articles and possessives ("deinen Vortrag", "die Entwicklung").
   */
  nounMarkers: string[];
  /**
   * Abbreviations written with a full stop that does not end the sentence: titles ("Dr",
   * "Sra"), company forms ("Inc", "S.A"), "e.g". Written without their last full stop.
   */
  abbreviations: string[];
  /**
   * Common words of the language that no other language's list holds ("the", "you"; "muy",
   * "usted"; "und", "ich"; not "que", "una" or "con", shared by three): a note that declares no
   * language is read in the one whose words it is plainly made of (`guessLanguage`).
   */
  functionWords: string[];
  /**
   * Chat spellings of whole words, in lower case ("you": ["u"], "your": ["ur"], "porque":
   * ["xq"]): every phrase pattern of the language accepts them where the word stands alone, so a
   * note typed in a hurry ("thx for ur talk") reads as one written out.
   */
  shorthand?: Record<string, string[]>;
  /** Small words the analysis reads around cues and names, by what they do in a sentence. */
  grammar: GrammarWords;
}

/**
 * A language's small words, in lower case and as written (accents and all; the analysis folds
 * them itself), each a word or a few words with spaces. A note is read with the words of its
 * languages only: Dutch "en" (and) is no conjunction in a Spanish note.
 */
export interface GrammarWords {
  /** Definite articles: "the"; "el", "la". */
  definiteArticles: string[];
  /** Indefinite articles and words for any one: "a", "some", "any"; "un", "algún", "cualquier". */
  indefinites: string[];
  /** Words for the sender's or the reader's, before a noun: "my"; "mi", "tu", "su". */
  possessives: string[];
  /** A word for a person not named: "someone"; "alguien". */
  someone: string[];
  /** Words that join two things: "and"; "y", "e". */
  and: string[];
  /** Words that offer another: "or"; "o", "u". */
  or: string[];
  /** Words that open a clause of what was said: "that"; "que". */
  clauseOpeners: string[];
  /** A word alone after a comma that only asks whether the statement holds: ", right?"; «, ¿no?». */
  questionTags: string[];
  /** In English, the verbs that open a question: "is", "does", "did" ("curious, is Veldhuis still…?"). */
  questionVerbs: string[];
  /** Words before what something was about, not who: "about", "regarding"; "sobre", "acerca de". */
  topicMarkers: string[];
  /** Small words inside the name of a place or an organisation: "Bank of America", «Colegio de la Salle». */
  nameJoiners: string[];
  /** Words before a place of work: "at", "@"; "en". */
  workplaceMarkers: string[];
  /** Words between a person and where they come from: "from"; "de". */
  originMarkers: string[];
  /** Words that place an organisation before its name: "at", "for", "from"; "en", "para", "con". */
  organisationMarkers: string[];
  /** The words for any gathering at all, none in particular: "event"; "evento". */
  anyEvent: string[];
  /** Articles that colloquial speech puts before a person's name: «el Pato», «la Caro»; "a Bruna". */
  nameArticles: string[];
  /** The word after which a description is the writer's own: "Stanford MBA 2015 here", «estudiante de Derecho en la UBA acá». */
  selfHere: string[];
  /** Times just past that may follow an event's name before a comma: "Belfast Hardware Meetup last night, you had…", «anoche». */
  recentTimes: string[];
}

/** LinkedIn's stock invitation texts in one interface language, and openings to offer instead. */
export interface StockTextPhrases {
  /** The stock sentences as LinkedIn writes them (and their common variants), in plain words. */
  stock: string[];
  /** Replacement openings, one per scenario; `[brackets]` mark what the writer fills in. */
  openings: string[];
  /**
   * Words that stand for one another in a stock sentence, each group read as its first word:
   * modal verbs ("möchte", "würde"), "gern" and "gerne", the pronouns of either register. A
   * sentence with one of them for another is the same sentence, not an edit.
   */
  interchangeable?: string[][];
}

/**
 * The contexts that make an invitation to a 3rd-degree contact welcome, as cue phrases
 * (regular-expression sources in plain words, matched on folded text: see phrase-pattern.ts).
 */
export interface ContextPhrases {
  /** "We met at", "coincidimos en": count only when a named event follows in the sentence. */
  metAt: string[];
  /** Studied, interned or trained together: school, programme, bootcamp, cohort. */
  studiedTogether: string[];
  /** Said after studying "too": somewhere else ("though at Waterloo", «aunque en Granada»), which is no shared school. */
  studiedElsewhere?: string[];
  /** An exchange around a post, comment, talk or podcast (theirs or yours). */
  interaction: string[];
  /**
   * One piece of theirs singled out: an issue of their newsletter ("the March issue on…"), their
   * talk among the others ("of all the talks at Monitorama, yours on…"), "the one last week on…".
   * An exchange around it even in a sentence that says the sender follows them in general.
   */
  pieceSingledOut?: string[];
  /** A concrete offer: a teardown, a template, a walkthrough. Not "I can add value". */
  valueOffer: string[];
  /** Following someone's content in general ("for a while", "your content"): a sentence saying
   * so is not an exchange around a post, even when it names their newsletter or podcast. */
  followingInGeneral: string[];
}

/** Cue phrases (regular-expression sources in plain words, matched on folded text). */
export interface ReasonPhrases {
  /**
   * What makes a reason besides the 3rd-degree contexts (events, school, posts, offers): a job
   * or project, a specific ask or topic, something noticed about the recipient, a shared past.
   */
  hooks: string[];
  /**
   * What never makes a reason, and takes the rest of its sentence with it: growing a network,
   * flattery ("came across your profile and was impressed by your experience in…"), "add value".
   */
  generic: string[];
  /**
   * Stock talk that says nothing but leaves the rest of its sentence alone: a free demo, help
   * offered for whenever, looking for a new role ("I'm exploring new roles and saw you lead PM at
   * Stripe" still has its reason).
   */
  filler: string[];
  /**
   * Courtesy that asks nothing and says nothing of why, either way ("no commitment", "no pressure",
   * "sin compromiso"): read, so it neither counts as stock talk nor stands for something the rules
   * cannot read, and a note's concrete details still make its purpose beside it.
   */
  courtesy?: string[];
  /**
   * How the sender came upon their profile, a sentence by itself ("I came across your profile.",
   * "Vi tu perfil."): the stock opener of a template, which leaves the note's concrete details to
   * make its purpose, as one with no stock talk does (see reasons.ts).
   */
  profileFound?: string[];
  /**
   * Asking after them in general, a sentence by itself ("How are you doing?", "¿Qué tal
   * estás?"): no reason, and stock talk beside LinkedIn's sentence, but no sign of a note
   * written to many, so the note's concrete details still make a purpose (see reasons.ts).
   */
  smallTalk?: string[];
  /**
   * The recipient's profile merged back in by a tool ("I see you're the {{title}} at {{company}}."):
   * no reason alone, and a hook inside it is its words; with a pitch it ties that pitch to them.
   */
  profileEcho?: string[];
  /** The sender's service offered ("we help", "nuestra plataforma reduce"): see profileEcho. */
  pitch?: string[];
  /**
   * Someone suggesting that the two talk ("suggested we connect", "me sugirió escribirte"): said
   * of a person named, with the sender saying who they are, it is why this person.
   */
  referral?: string[];
  /**
   * The sender's own role at their workplace ("I lead AI training at Clearmind", "dirijo compras en
   * Talleres Iru"): after someone named suggested the two talk, it says who the sender is.
   */
  senderRole?: string[];
  /**
   * Where a new clause starts with its own subject ("…stood out, and I have an opening…", "y
   * tenemos una vacante"): a hook past one is not part of the stock talk before it.
   */
  newClause: string[];
  /**
   * The start of the sender introducing themselves by name ("I'm Ana from", "soy {{seller}} de"):
   * their own company's name, to the end of the clause, is no detail about the recipient.
   */
  selfIntroduction: string[];
  /**
   * What a hook's last word (a preposition: "talk about", "te escribo por") leads to when it names
   * no topic, the preposition included: the platform ("on LinkedIn", "por aquí"), "anything",
   * "how we can help each other". A hook one of these starts inside is no reason.
   */
  noTopic: string[];
}

/** Cue phrases (regular-expression sources in plain words, matched on folded text). */
export interface SharedContactPhrases {
  /** The shared contact is named just before these: "Dana suggested…", "Lucía me comentó…". */
  referredBy: string[];
  /**
   * A person both know, who may or may not be named just after: "our mutual friend Ravi",
   * "both connected to Pedro". Unnamed ("a mutual friend"), they are what the message quotes.
   */
  inCommon: string[];
  /** The shared contact is named just after these: "through Ravi", "on behalf of Pedro". */
  knownThrough: string[];
  /** A count of connections in common ("23 relations en commun"): never a detail about purpose. */
  countInCommon: string[];
  /**
   * Words that put an unnamed person at a place whose name follows them: "a colleague of yours
   * at St Thomas'", "people from the Bain alumni network", "un compañero tuyo de Mapfre". The
   * capitalised words right after are the place, not the person in common.
   */
  placedAt?: string[];
  /**
   * Who, right before a referral, stands for a person named in the sentence before: "Dana Ruiz
   * and I go back years. She mentioned you're hiring". Lower case, words a sentence opens with.
   */
  referrerPronouns?: string[];
  /**
   * Words after which a name further into the sentence before is still the person that pronoun
   * stands for: "I worked with Joaquín Ruiz at Rappi. He told me…", «vi que tú y Joaquín Ruiz…».
   */
  referrerCompanions?: string[];
  /**
   * In the signature, after the sender's name, who put the two in touch, named just after: "—
   * Ines, via Tomás", "(intro via Harriet Cole)". Only right after a comma, a dash or a bracket.
   */
  signedThrough?: string[];
}

/**
 * What a playbook's headings say about the notes under them ("## Alumni", "## Follow-up after
 * they accept"), in phrase-pattern syntax, matched on the heading folded. Each list carries
 * headings it must match (`examples`) and near misses it must not (`not`).
 */
export interface HeadingLanguage {
  /** Names invitations themselves: "Connection requests", "Invitation notes", "Solicitudes de conexión". */
  invitation: CueList;
  /** Messages sent once the person has accepted, or to people already connected (1st degree). */
  afterAccepting: CueList;
  /** LinkedIn InMail: a paid message, not an invitation. */
  inMail: CueList;
  /** E-mail. */
  email: CueList;
  /** Replies to something the person wrote. */
  reply: CueList;
  /** Suggests a 3rd-degree note with a context to name: alumni, an event, a conference. */
  context: CueList;
  /** Suggests a 2nd-degree note naming the person in common: mutual connection, referral, introduced by. */
  sharedContact: CueList;
}

/**
 * A linear model over a note's words, learned from labelled notes by scripts/train-word-models.js
 * (see analysis/word-model.ts for the terms): the bias a note with no known term starts from, and
 * each term's weight.
 */
export interface WordModelData {
  bias: number;
  weights: readonly (readonly [term: string, weight: number])[];
}
