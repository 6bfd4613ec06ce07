// The browser's copy of the last note and the interface language. Storage can be off (private
// windows, policies): then nothing is kept, and nothing fails.
const NOTE_KEY = 'invite-lint.playground.note';
const LOCALE_KEY = 'invite-lint.playground.locale';

function read(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage full or refused: the address still holds the note.
  }
}

export const storedNote = () => read(NOTE_KEY);
export const storeNote = (fragment: string) => write(NOTE_KEY, fragment);
export const storedLocale = () => read(LOCALE_KEY);
export const storeLocale = (locale: string) => write(LOCALE_KEY, locale);
