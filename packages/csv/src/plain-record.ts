const QUOTE = 0x22;
const COMMA = 0x2c;
const BARE_TROUBLE = /["\r\n]/;

/**
 * The values of one CSV record (without its line break) when it is plain: two fields or more,
 * each bare (no quote, no line break in it) or quoted whole, doubled quotes inside. csv-parse
 * reads a plain record to the same values; anything else is undefined, for it to read. Splitting
 * here costs a fraction of a parse: a report reads every row again this way.
 */
export function plainRecord(text: string): string[] | undefined {
  const values: string[] = [];
  let at = 0;
  for (;;) {
    if (text.charCodeAt(at) === QUOTE) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) return undefined;
        if (text.charCodeAt(close + 1) !== QUOTE) {
          value += text.slice(from, close);
          at = close + 1;
          break;
        }
        value += text.slice(from, close + 1);
        from = close + 2;
      }
      values.push(value);
      if (at === text.length) break;
      if (text.charCodeAt(at) !== COMMA) return undefined;
      at++;
    } else {
      const comma = text.indexOf(',', at);
      const value = text.slice(at, comma === -1 ? text.length : comma);
      if (BARE_TROUBLE.test(value)) return undefined;
      values.push(value);
      if (comma === -1) break;
      at = comma + 1;
    }
  }
  return values.length > 1 ? values : undefined;
}
