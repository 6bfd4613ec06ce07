// @ts-check
// Text in ASCII, each character past it as a `\uXXXX` escape: what the build writes for its hosts
// to read as Latin-1, with no decoding (the bundles, the phrase words' table).

/** @param {string} text */
export function toAscii(text) {
  return text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
