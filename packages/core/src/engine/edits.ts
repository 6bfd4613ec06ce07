// Edits a finding carries, on their own: the message layer and the documents read them without
// depending on the rule API (which depends on the documents).

/** An edit: replace `range` (source offsets, end exclusive) with `text`. ESLint's shape. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}
