import { describe, expect, it } from 'vitest';
import { compilePhrases, findPhrases } from './phrase-pattern.js';
import { PhraseUnion } from './phrase-union.js';

describe('PhraseUnion', () => {
  const english = ['we met at( the)? <slot>', 'met at', 'at the meetup', 'thanks for your talk', 'your talk on [\\p{L}]+'];
  const spanish = ['nos conocimos en', 'at the meetup in [\\p{L}]+', 'the meetup', 'conocimos', 'talk on'];
  const german = ['wir haben uns', 'meetup in berlin', 'in berlin'];
  const texts = [
    'we met at the xxxxxx and at the meetup in berlin. thanks for your talk on caching',
    'nos conocimos en madrid, at the meetup in madrid: the meetup in berlin was great',
    'your talk on rust, talk on go, wir haben uns at the meetup',
    'nothing to find here',
  ];

  it("finds what the one list of every part's phrases, in order, finds: leftmost, the earlier part first, no overlaps", () => {
    const union = new PhraseUnion([compilePhrases(english)!, compilePhrases(spanish)!, compilePhrases(german)!]);
    const whole = compilePhrases([...english, ...spanish, ...german]);
    for (const text of texts) {
      for (const [from, to] of [[0, text.length], [5, text.length], [0, 40], [17, 60]] as const) {
        expect(findPhrases(union, text, from, to), `${text} [${from}, ${to})`).toEqual(findPhrases(whole, text, from, to));
      }
    }
  });

  it("asks a part again where another part's match ends inside one of its own", () => {
    // Alone, the second list finds "the meetup in berlin"; after "at the meetup" it can only find "in berlin".
    const text = 'at the meetup in berlin';
    const union = new PhraseUnion([compilePhrases(['at the meetup'])!, compilePhrases(['the meetup in berlin', 'in berlin'])!]);
    expect(findPhrases(union, text).map(({ start, end }) => text.slice(start, end))).toEqual(['at the meetup', 'in berlin']);
  });
});
