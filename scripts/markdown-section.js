// @ts-check
// A generated part of a Markdown file, between `<!-- marker:start -->` and `<!-- marker:end -->`:
// what docs:generate and pnpm bench write into the docs.

/** @param {string} text @param {string} marker @param {string} content */
export function withSection(text, marker, content) {
  const pattern = new RegExp(`(<!-- ${marker}:start -->\\n)[\\s\\S]*?(<!-- ${marker}:end -->)`);
  if (!pattern.test(text)) throw new Error(`No <!-- ${marker}:start --> … <!-- ${marker}:end --> to write into.`);
  return text.replace(pattern, (_, start, end) => `${start}${content}\n${end}`);
}
