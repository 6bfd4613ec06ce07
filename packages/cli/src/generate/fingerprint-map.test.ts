import { describe, expect, it } from 'vitest';
import { FingerprintMap } from './fingerprint-map.js';

describe('FingerprintMap', () => {
  it('keeps the first value for each string, through growth', () => {
    const firstRows = new FingerprintMap();
    for (let row = 1; row <= 5000; row++) expect(firstRows.keepFirst(`https://www.linkedin.com/in/person-${row}`, row)).toBeUndefined();
    for (let row = 1; row <= 5000; row++) expect(firstRows.keepFirst(`https://www.linkedin.com/in/person-${row}`, 9999)).toBe(row);
  });

  it('counts each string apart, however alike', () => {
    const counts = new FingerprintMap();
    const notes = ['', 'a', 'b', 'ab', 'ba', 'Hi Ana', 'Hi Ana ', 'Hi Aña'];
    for (const [index, note] of notes.entries()) for (let time = 0; time <= index; time++) counts.count(note);
    for (const [index, note] of notes.entries()) expect(counts.count(note)).toBe(index + 2);
  });
});
