/**
 * Text from strangers made safe to print: every C0 and C1 control character and DEL shown as a
 * visible symbol, so a note, a name or a file name cannot move the cursor, set the window title,
 * plant an OSC 8 link or write the clipboard (OSC 52) in the reader's terminal. C0 characters
 * and DEL become their Unicode control pictures (ESC → ␛, LF → ␊); C1 characters, `\u009b`-style.
 */
export function visible(text: string): string {
  return text.replace(CONTROL, (character) => {
    const code = character.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
