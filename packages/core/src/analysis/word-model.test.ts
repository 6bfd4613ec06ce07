import { describe, expect, it } from 'vitest';
import { judge } from './index.js';
import { contentTerms, likelihood, wordsMakeLikely } from './word-model.js';
import { NoteDocument } from '../document/note-document.js';
import { LANGUAGES, type Language } from '../settings.js';
import { languageData } from '../languages/index.js';

const termsOf = (note: string, language: Language = 'en') => {
  const analysis = judge({ document: new NoteDocument(note, 'txt'), settings: { languages: [language] } });
  if (!analysis) throw new Error('no analysis');
  return contentTerms(analysis, language);
};

describe('contentTerms', () => {
  it("reads the content's words as Snowball stems, alone and in adjacent pairs, each once", () => {
    expect(termsOf('We both volunteered at the shelter, and the shelter thanked us.')).toEqual([
      'we', 'both', 'we both', 'volunt', 'both volunt', 'at', 'volunt at', 'the', 'at the', 'shelter', 'the shelter', 'and', 'shelter and', 'and the', 'thank', 'shelter thank', 'us', 'thank us',
    ]);
  });

  it('leaves the greeting and the sign-off out', () => {
    expect(termsOf('Hi Ana,\nWe met at the fair.\nBest,\nLuis')).toEqual(['we', 'met', 'we met', 'at', 'met at', 'the', 'at the', 'fair', 'the fair']);
  });

  it('reads a placeholder as its role in braces, however many words its name spells', () => {
    expect(termsOf('Hi {{first_name}}, loved [specific detail about their work] at {{ company | default("your team") }}.')).toEqual([
      'love', '{specific}', 'love {specific}', 'at', '{specific} at', '{company}', 'at {company}',
    ]);
  });

  it("stems in the note's language, accents folded", () => {
    expect(termsOf('Publicaciones sobre logística', 'es')).toEqual(['public', 'sobr', 'public sobr', 'logist', 'sobr logist']);
  });
});

describe('likelihood', () => {
  const model = { bias: -1, weights: [['met', 2], ['met at', 1.5]] as const };

  it('is the logistic of the bias and the weights of the terms the model knows', () => {
    expect(likelihood(model, [])).toBeCloseTo(1 / (1 + Math.E), 10);
    expect(likelihood(model, ['met', 'met at', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 10);
  });

  it("never reads a term's weight from an object's prototype", () => {
    expect(likelihood(model, ['constructor', '__proto__', 'toString', 'hasOwnProperty'])).toBeCloseTo(likelihood(model, []), 10);
  });
});

describe('wordsMakeLikely', () => {
  const analysisOf = (note: string) => {
    const analysis = judge({ document: new NoteDocument(note, 'txt'), settings: { languages: ['en'] } });
    if (!analysis) throw new Error('no analysis');
    return analysis;
  };
  const model = { bias: -2, weights: [['clinic', 6]] as const };
  const sixteenWords = 'Hi Jo, our two clinics are four km apart and both lost their practice manager this spring, sadly.';
  const fifteenWords = 'Hi Jo, our two clinics are four km apart and both lost their practice manager this spring.';

  it('asks the model about a note of sixteen different words or more, against the threshold given', () => {
    expect(wordsMakeLikely(analysisOf(sixteenWords), () => model, 0.98)).toBe(true);
    expect(wordsMakeLikely(analysisOf(sixteenWords), () => model, 0.99)).toBe(false);
  });

  it('leaves a note of fewer words alone, however likely its words', () => {
    expect(wordsMakeLikely(analysisOf(fifteenWords), () => model, 0.5)).toBe(false);
  });
});

describe('each language reason model', () => {
  it.each(LANGUAGES)('%s: finite weights, each term once, spelt as contentTerms spells them', (language) => {
    const { bias, weights } = languageData[language].reasonModel;
    expect(Number.isFinite(bias)).toBe(true);
    expect(weights.length).toBeGreaterThan(100);
    expect(new Set(weights.map(([term]) => term)).size).toBe(weights.length);
    for (const [term, weight] of weights) {
      expect(Number.isFinite(weight)).toBe(true);
      expect(term).toBe(term.toLowerCase());
      expect(term).toMatch(/^(?:\{[a-z-]+\}|[\p{L}\p{N}]+)(?: (?:\{[a-z-]+\}|[\p{L}\p{N}]+))?$/u);
    }
  });
});
