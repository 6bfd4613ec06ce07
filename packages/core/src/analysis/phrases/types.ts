/** Per-language words the analysis needs to tell a note's frame (greeting, sign-off) from its content. */
export interface FramePhrases {
  /** Openings that start a greeting: the recipient's name and a comma may follow. */
  greetings: string[];
  /** Closings: "Best", "Un saludo"; a name may follow them. */
  signOffs: string[];
  /** Capitalised words that are not names: pronouns, articles, common sentence openers. */
  notNames: string[];
  /**
   * Where every noun is capitalised (German), the words that mark the next one as a noun, not
   * a name: articles and possessives ("deinen Vortrag", "die Entwicklung").
   */
  nounMarkers: string[];
}
