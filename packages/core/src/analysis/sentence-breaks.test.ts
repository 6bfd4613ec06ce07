import { describe, expect, it } from 'vitest';
import { sentenceEnds } from './sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string) => [...segmenter.segment(text)].map(({ index, segment }) => index + segment.length);

describe('sentenceEnds', () => {
  it('ends sentences where UAX #29 does', () => {
    expect(sentenceEnds('Hi Ana. We met at PyCon! Shall we talk?')).toEqual([8, 25, 39]);
    expect(sentenceEnds('See e.g. the U.S. data, version 3.5 of it. Done')).toEqual([43, 47]);
    expect(sentenceEnds('Great talk!\nThanks.\r\nBest')).toEqual([12, 21, 25]);
    expect(sentenceEnds('He said "yes." Then left. (Really.) ok')).toEqual([15, 26, 38]);
    expect(sentenceEnds('')).toEqual([]);
  });

  // The platform's segmenter is the reference: every character of the Basic Multilingual Plane,
  // and a few past it, in the places the rules look at (before and after a stop, after a closing
  // quote, between words).
  it("agrees with the platform's segmenter on every character where a stop's rules look", () => {
    const places = [(unit: string) => `a.${unit}b`, (unit: string) => `Ab.${unit}Ab`, (unit: string) => `a?${unit} B`, (unit: string) => `xy${unit}.  Yo`, (unit: string) => `a.\u201d${unit} b`, (unit: string) => `${unit}\n. a`];
    const points = [...Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => code < 0xd800 || code > 0xdfff), 0x1f642, 0x1f676, 0x1d400, 0x1d41a, 0x1e922, 0xe0001];
    const differing = points.filter((point) => places.some((place) => {
      const text = place(String.fromCodePoint(point));
      return sentenceEnds(text).join() !== icuEnds(text).join();
    }));
    expect(differing.map((point) => `U+${point.toString(16)}`)).toEqual([]);
  });

  it("agrees with the platform's segmenter on runs of stops, quotes, spaces, line breaks and letters", () => {
    const pieces = [...'aAZ xy. ! ? … 。 , ; : - – — " \' ( ) [ ] « » “ ” ‘ ’ \n\t', '\r\n', '\u00a0', '\u2028', '\u0301', '\u200d', '\u200b', '3', 'ß', 'Ж', '東', '🙂', 'e.g.', 'U.S.', 'Mr.', '\uff0e', '\uff01', '\u061f', '\u0964', '¿', '...', '?!', 'The', 'we', '1.5', '\u0085', '\u055d'];
    let seed = 7;
    const next = (below: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % below;
    for (let round = 0; round < 20_000; round++) {
      const text = Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join('');
      expect(sentenceEnds(text), JSON.stringify(text)).toEqual(icuEnds(text));
    }
  });
});
