/**
 * The contexts that make an invitation to a 3rd-degree contact welcome, as cue phrases
 * (regular-expression sources in plain words, matched on folded text: see phrase-pattern.ts).
 */
export interface ContextPhrases {
  /** "We met at", "coincidimos en": count only when a named event follows in the sentence. */
  metAt: string[];
  /** Studied, interned or trained together: school, programme, bootcamp, cohort. */
  studiedTogether: string[];
  /** An exchange around a post, comment, talk or podcast (theirs or yours). */
  interaction: string[];
  /** A concrete offer: a teardown, a template, a walkthrough. Not "I can add value". */
  valueOffer: string[];
  /** Following someone's content in general ("for a while", "your content"): a sentence saying
   * so is not an exchange around a post, even when it names their newsletter or podcast. */
  followingInGeneral: string[];
}
