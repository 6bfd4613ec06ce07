import { describe, expect, it } from 'vitest';
import { lint } from '@invite-lint/core/internal';
import { EVALUATED_RULES, LABELLED_SETS, loadSet } from '../eval/evaluate.js';

/**
 * Changes that say the same thing: a judgement must not turn on them. Each keeps the note's
 * words; only the spelling of quotes and spaces, the brackets of a slot or the form of the
 * greeting move, or words that say nothing come in: the note quoted whole as a guide quotes it,
 * asking after them after the greeting, a postscript of courtesy, how the sender found them
 * (English and Spanish).
 */
const GREETING = /^(\s*(?:hi|hello|hey|hola|dear|estimad[oa]|querid[oa])\b[^,\n!:.—–]{0,25}[,!:])[ \t]*\n*/iu;
const ASKING_AFTER_THEM: Record<string, string> = { en: "I hope you're doing well.", es: 'Espero que estés muy bien.' };
const COURTESY: Record<string, string> = { en: 'P.S. No pressure at all.', es: 'PD: sin compromiso.' };
const PROFILE_FOUND: Record<string, string> = { en: 'I came across your profile.', es: 'Vi tu perfil.' };
const SAME_NOTE: Record<string, (text: string, lang: string) => string> = {
  'curly apostrophes': (text) => text.replace(/'/gu, '’'),
  'straight apostrophes': (text) => text.replace(/’/gu, "'"),
  'slots in square brackets': (text) => text.replace(/\{\{\s*([\p{L}_]+)[^}]*\}\}/gu, '[$1]').replace(/\$?\{([\p{L}_]+)\}/gu, '[$1]'),
  'slots in double braces': (text) => text.replace(/\[([^\]\n]+)\]/gu, (_, words: string) => `{{${words.replace(/\s+/gu, '_')}}}`),
  '"Dear" for "Hi"': (text, lang) => (lang === 'en' ? text.replace(/^(?:Hi|Hello|Hey)\b/u, 'Dear') : text),
  // Text copied from a web page or a word processor.
  'no-break spaces': (text) => text.replace(/ /gu, '\u00a0'),
  'quoted whole': (text) => `“${text}”`,
  'asking after them first': (text, lang) =>
    ASKING_AFTER_THEM[lang] && GREETING.test(text)
      ? text.replace(GREETING, (_, greeting: string) => `${greeting}\n\n${ASKING_AFTER_THEM[lang]}\n\n`).replace(/(?<=\n\n)\p{Ll}/u, (letter) => letter.toUpperCase())
      : text,
  'a postscript of courtesy': (text, lang) => (COURTESY[lang] ? `${text.trimEnd()}\n\n${COURTESY[lang]}` : text),
  // A template's opener, how the sender found them, a sentence of its own.
  'how they were found, first': (text, lang) =>
    PROFILE_FOUND[lang] && GREETING.test(text)
      ? text.replace(GREETING, (_, greeting: string) => `${greeting} ${PROFILE_FOUND[lang]} `).replace(/(?<=^[^.]*[.] [¡¿"“«(]?)\p{Ll}/u, (letter) => letter.toUpperCase())
      : text,
};

interface Row {
  id: string;
  lang: string;
  degree: 1 | 2 | 3;
  limit: number;
  text: string;
  borderline: boolean;
}

function verdicts(row: Row, text: string): string {
  const fired = lint(text, { filePath: `${row.id}.txt`, settings: { degree: row.degree, limit: row.limit, lang: row.lang } }).messages.map((message) => message.ruleId);
  return EVALUATED_RULES.filter((id) => id !== 'max-length' && fired.includes(id)).join(',');
}

// The held-out sets ship with the repository (the shared corpora may be absent).
const heldOut = LABELLED_SETS.filter((set) => set.path.includes('test/fixtures'));

describe('judgements hold when a note is written the same way differently', () => {
  it('has held-out notes to change', () => {
    expect(heldOut.length).toBeGreaterThan(10);
  });

  for (const set of heldOut) {
    it(set.name, () => {
      const loaded = loadSet(set);
      if (!('rows' in loaded)) throw new Error(loaded.skipped);
      const flips: string[] = [];
      for (const row of (loaded.rows as Row[]).filter((candidate) => !candidate.borderline)) {
        const before = verdicts(row, row.text);
        for (const [change, rewrite] of Object.entries(SAME_NOTE)) {
          const text = rewrite(row.text, row.lang);
          if (text === row.text) continue;
          const after = verdicts(row, text);
          if (after !== before) flips.push(`${row.id} (${change}): ${before || 'nothing'} -> ${after || 'nothing'}`);
        }
      }
      expect(flips).toEqual([]);
    });
  }
});
