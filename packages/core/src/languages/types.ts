/**
 * What a placeholder stands for, read from its words. The judgement rules read roles, never a
 * language's words: `[Mutual Connection]` names the shared contact, `[Event]` the event,
 * `[the point you liked]` a specific detail, `[Your Name]` nothing about the recipient.
 */
export const PLACEHOLDER_ROLES = [
  // In order of precedence: `[your mutual friend]` is the shared contact, `[Your Company]` the
  // sender's, `[Event Name]` an event, `[Company Name]` a company. A shared contact comes first.
  'shared-contact',
  'sender',
  'event',
  'school',
  'specific',
  'content',
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
}

/** A category of cue words or short phrases (phrase-pattern syntax), with sentences that show it. */
export interface CueList {
  phrases: readonly string[];
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
  /** "also", "fellow", "the same", "igual que tú": said of a school slot, studies in common. */
  together: CueList;
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
