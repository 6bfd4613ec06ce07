import { describe, expect, it } from 'vitest';
import { fold } from '../analysis/fold.js';
import { compilePhrases, findPhrases } from '../analysis/phrase-pattern.js';
import { readHeading } from '../playbook/headings.js';
import { LANGUAGES } from '../settings.js';
import { languageData } from './index.js';

function matches(phrases: readonly string[], heading: string): boolean {
  return findPhrases(compilePhrases(phrases), fold(heading)).length > 0;
}

describe('heading words', () => {
  for (const language of LANGUAGES) {
    it(`${language}: every list matches its example headings and none of its near misses`, () => {
      for (const [list, cues] of Object.entries(languageData[language].headings)) {
        for (const example of cues.examples) expect(`${list}: ${example} → ${matches(cues.phrases, example)}`).toBe(`${list}: ${example} → true`);
        for (const example of cues.not ?? []) expect(`${list}: ${example} → ${matches(cues.phrases, example)}`).toBe(`${list}: ${example} → false`);
      }
    });
  }

  it('reads what a heading says a block is and suggests its degree, in any language', () => {
    const read = (heading: string) => {
      const { kind, degree } = readHeading(heading);
      return `${heading} → ${kind ?? '-'} ${degree ?? '-'}`;
    };
    expect(
      ['Alumni', 'After a conference', 'Mutual connection', 'Cold outreach', 'Follow-up after they accept the invitation', 'Connection requests', 'Antiguos alumnos', 'Contacto en común', 'Cuando acepta la invitación', 'Alumni introduced by a colleague'].map(read),
    ).toEqual([
      'Alumni → - 3',
      'After a conference → - 3',
      'Mutual connection → - 2',
      'Cold outreach → - -',
      'Follow-up after they accept the invitation → message -',
      'Connection requests → invitation -',
      'Antiguos alumnos → - 3',
      'Contacto en común → - 2',
      'Cuando acepta la invitación → message -',
      'Alumni introduced by a colleague → - 2',
    ]);
  });
});
