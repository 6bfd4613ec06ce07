import { basename, dirname } from 'node:path';
import { lint, toLintResult } from '@invite-lint/core/internal';
import { describe, expect, it } from 'vitest';
import { helperSpecs } from './specs.js';
import { loadLibrary, renderSample, SCENARIOS } from './library.js';

const library = loadLibrary();
const limitOf = (account: string) => (account === 'free' ? 200 : 300);

describe('the template library', () => {
  it('has two wordings and a free-account version per scenario, in English and Spanish', () => {
    for (const scenario of SCENARIOS) {
      for (const lang of ['en', 'es']) {
        const ids = library.filter((template) => template.scenario === scenario && template.lang === lang).map((template) => template.id);
        expect(ids).toEqual([`${scenario}/${lang}-1`, `${scenario}/${lang}-2`, `${scenario}/${lang}-free`]);
      }
    }
  });

  describe.each(library.map((template) => [template.id, template] as const))('%s', (id, template) => {
    it('declares what its path says, and a degree', () => {
      expect(basename(dirname(template.path))).toBe(template.scenario);
      expect(id.split('/')[1]?.startsWith(template.lang)).toBe(true);
      expect(template.account).toBe(id.endsWith('-free') ? 'free' : 'premium');
      expect(template.scenario === 'mutual-contact' ? 2 : 3).toBe(template.degree);
      for (const spec of Object.values(template.variables)) {
        expect(spec).toMatchObject({ description: expect.any(String), maxLength: expect.any(Number), sample: expect.any(String), required: expect.any(Boolean) });
      }
    });

    it('passes every rule for its degree, worst case included', () => {
      const result = toLintResult(lint(template.source, { filePath: template.path, templates: { helpers: helperSpecs } }));
      expect(result.messages).toEqual([]);
    });

    it('renders its samples into a note that passes every rule and fits its limit', () => {
      const note = renderSample(template);
      expect(note).not.toMatch(/\{\{|\}\}|\[|\]/);
      expect(note.length).toBeLessThanOrEqual(limitOf(template.account));
      const settings = { degree: template.degree, lang: template.lang, account: template.account };
      expect(toLintResult(lint(note, { filePath: 'note.txt', settings })).messages).toEqual([]);
    });
  });
});

describe('resolveTemplate', () => {
  it('prefers a file at the path, else a library id, else says which id was meant', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { resolveTemplate } = await import('./library.js');
    const folder = mkdtempSync(join(tmpdir(), 'invite-lint-'));
    writeFileSync(join(folder, 'mine.hbs'), 'Hi {{firstName}}');
    const read = (path: string) => readFileSync(path, 'utf8');
    expect(resolveTemplate('mine.hbs', folder, read)).toEqual({ path: join(folder, 'mine.hbs'), source: 'Hi {{firstName}}' });
    expect(resolveTemplate('event/en-1', folder, read).libraryId).toBe('event/en-1');
    expect(() => resolveTemplate('event/en1', folder, read)).toThrow('did you mean "event/en-1"?');
  });
});

describe('scenario docs', () => {
  it.each(SCENARIOS)('%s.md shows every template rendered with its samples (pnpm run docs:generate)', async (scenario) => {
    const { readFileSync } = await import('node:fs');
    const { scenarioSamples } = await import('./docs.js');
    const page = readFileSync(new URL(`../docs/${scenario}.md`, import.meta.url), 'utf8');
    expect(page).toContain(scenarioSamples(scenario));
  });
});
