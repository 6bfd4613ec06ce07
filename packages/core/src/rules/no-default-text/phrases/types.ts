/** LinkedIn's stock invitation texts in one interface language, and openings to offer instead. */
export interface StockTextPhrases {
  /** The stock sentences as LinkedIn writes them (and their common variants), in plain words. */
  stock: string[];
  /** Replacement openings, one per scenario; `[brackets]` mark what the writer fills in. */
  openings: string[];
}
