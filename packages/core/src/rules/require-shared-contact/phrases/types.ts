/** Cue phrases (regular-expression sources in plain words, matched on folded text). */
export interface SharedContactPhrases {
  /** The shared contact is named just before these: "Dana suggested…", "Lucía me comentó…". */
  referredBy: string[];
  /** The shared contact is named just after these: "our mutual friend Ravi", "both connected to Pedro". */
  knownThrough: string[];
  /** A count of connections in common ("23 relations en commun"): never a detail about purpose. */
  countInCommon: string[];
}
