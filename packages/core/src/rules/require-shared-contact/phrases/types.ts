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
}
