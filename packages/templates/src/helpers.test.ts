import { describe, expect, it } from 'vitest';
import { compileTemplate } from './render.js';

const render = (body: string, row: Record<string, string>, lang = 'en') => compileTemplate(body, lang).render(row);

describe('helpers', () => {
  it('default: the value, or the fallback when it is empty or blank', () => {
    expect(render('{{default company "your team"}}', { company: 'Stackly' })).toBe('Stackly');
    expect(render('{{default company "your team"}}', { company: '' })).toBe('your team');
    expect(render('{{default company "your team"}}', { company: '   ' })).toBe('your team');
  });

  it('first: the first name of a full name', () => {
    expect(render('{{first name}}', { name: 'Jean-Luc Picard' })).toBe('Jean-Luc');
    expect(render('{{first name}}', { name: '  María José García ' })).toBe('María');
  });

  it('nameCase: fixes ALL CAPS and all-lowercase names, keeps mixed case', () => {
    const cased = (name: string) => render('{{nameCase name}}', { name });
    expect(cased('MARÍA JOSÉ')).toBe('María José');
    expect(cased('o\'neil')).toBe("O'Neil");
    expect(cased('JEAN-LUC')).toBe('Jean-Luc');
    expect(cased('DE LA CRUZ')).toBe('De la Cruz');
    expect(cased('juan de la cruz')).toBe('Juan de la Cruz');
    expect(cased('MCDONALD')).toBe('McDonald');
    expect(cased('McDonald')).toBe('McDonald');
    expect(cased('deMarco')).toBe('deMarco');
  });

  it('join: a list in the template language', () => {
    expect(render('{{join topics}}', { topics: 'pricing; onboarding; churn' })).toBe('pricing, onboarding, and churn');
    expect(render('{{join topics}}', { topics: 'precios; onboarding; churn' }, 'es')).toBe('precios, onboarding y churn');
    expect(render('{{join topics}}', { topics: 'pricing' })).toBe('pricing');
  });
});

describe('rendering', () => {
  it("does not escape: O'Neil stays O'Neil", () => {
    expect(render('Hi {{name}} & co', { name: "O'Neil <3" })).toBe("Hi O'Neil <3 & co");
  });

  it('leaves the front matter and the final newline out', () => {
    expect(render('---\ndegree: 2\n---\nHi {{firstName}}!\n', { firstName: 'Ana' })).toBe('Hi Ana!');
  });

  it('reaches nothing outside the row: no prototype, no constructor', () => {
    expect(() => render('[{{constructor}}]', {})).toThrow('The row has no `constructor`.');
    expect(render('[{{default constructor "none"}}]', { constructor: '' })).toBe('[none]');
    expect(() => render('{{constructor.constructor "return process"}}', {})).toThrow();
  });

  it('reads no partials from disk and runs no unknown helper', () => {
    expect(() => render('{{> ../../etc/passwd}}', {})).toThrow(/partial/i);
    expect(() => render('{{lookup company "x"}}', { company: 'a' })).toThrow(/unknown helper lookup/);
  });

  it('fails a row that lacks a field the template reads (strict)', () => {
    expect(() => render('Hi {{firstName}}', {})).toThrow('The row has no `firstName`.');
  });

  it('says where a template does not parse', () => {
    expect(() => render('---\ndegree: 2\n---\nHi {{#if a}}x', {})).toThrow(
      expect.objectContaining({ name: 'TemplateSyntaxError', line: 4, column: 13 }),
    );
  });
});
