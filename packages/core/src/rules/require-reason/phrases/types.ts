/** Cue phrases (regular-expression sources in plain words, matched on folded text). */
export interface ReasonPhrases {
  /**
   * What makes a reason besides the 3rd-degree contexts (events, school, posts, offers): a job
   * or project, a specific ask or topic, something noticed about the recipient, a shared past.
   */
  hooks: string[];
  /** What never makes a reason: growing a network, flattery, "add value", "accept my request". */
  generic: string[];
}
