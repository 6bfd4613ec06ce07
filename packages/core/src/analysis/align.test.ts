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
  "I'd like to add you to mynetwork on Linked In.",
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

  it('takes two words typed as one, or one typed as two, at no cost', () => {
    const short = words("I'd like to add you to my network on LinkedIn.");
    const joined = tokens("I'd like to add you to mynetwork on Linked In.");
    expect(mayAlign(short, joined, 0)).toBe(true);
    expect(align(short, joined).cost).toBe(0);
    const spanish = words('Me gustaría añadirte a mi red profesional en LinkedIn.');
    expect(align(spanish, tokens('Me gustaria añadirte ami red profesional en Linkedin.')).cost).toBe(0);
    expect(align(spanish, tokens('Me gustaria añadirte amiga red profesional en Linkedin.')).cost).toBe(2);
  });
});
