import { describe, expect, it } from 'vitest';
import { minutesText, sentAtMinutes } from './invitations.js';
import { openingOf } from './summary.js';

describe('sentAtMinutes', () => {
  it.each([
    ['1/29/26, 2:37 PM', '2026-01-29T14:37'],
    ['12/1/25, 12:05 AM', '2025-12-01T00:05'],
    ['12/1/25, 12:05 PM', '2025-12-01T12:05'],
    ['3/4/2026, 09:58', '2026-03-04T09:58'],
    ['2026-03-04 09:58:00 UTC', '2026-03-04T09:58'],
  ])('reads %s', (text, expected) => {
    expect(minutesText(sentAtMinutes(text))).toBe(expected);
  });

  it.each(['', 'yesterday', '2/30/26, 1:00 PM', '1/29/26, 13:00 PM', '1/29/26, 2:61 PM'])('refuses %j', (text) => {
    expect(sentAtMinutes(text)).toBeNaN();
  });
});

describe('openingOf', () => {
  it('writes the recipient as [name], once', () => {
    expect(openingOf('Hi María José, great to meet you', 'María José Lozano')).toBe('hi [name] great to');
    expect(openingOf("Hello! I'd like to connect.", 'Ana Gil')).toBe("hello i'd like to");
  });
});
