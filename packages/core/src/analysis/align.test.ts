import { describe, expect, it } from 'vitest';
import { align, mayAlign, tokens } from './align.js';

const words = (text: string) => tokens(text).map((token) => token.word);
const stock = words("I'd like to add you to my professional network on LinkedIn.");
const notes = [
  "I'd like to add you to my professional network on LinkedIn.",
  'Id like to add you to my profesional netwrok on Linkedin',
  'Hi Ana, I would like to add you to my network.',
  'Me gustaría añadirte a mi red profesional en LinkedIn.',
  'We met at Web Summit after your talk on pricing pages.',
  'I like to add',
];

describe('mayAlign', () => {
  it('says no only where the alignment costs more than allowed', () => {
    for (const note of notes) {
      for (const maxCost of [0, 1, 2, 3]) {
        const text = tokens(note);
        if (!mayAlign(stock, text, maxCost)) expect(align(stock, text).cost, `${note} (${maxCost})`).toBeGreaterThan(maxCost);
      }
    }
  });

  it('lets the stock sentence through, typos and all, and turns other sentences away', () => {
    expect(mayAlign(stock, tokens(notes[1] as string), 1)).toBe(true);
    expect(mayAlign(stock, tokens(notes[3] as string), 1)).toBe(false);
    expect(mayAlign(stock, tokens(notes[4] as string), 1)).toBe(false);
  });
});
