/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Parts of this file run in the page (evaluate, waitForFunction): the browser's types.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, measure, type LintMessage } from '@invite-lint/core/internal';
import { findTemplate, helperSpecs, renderSample } from '@invite-lint/templates';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, missingTools } from './support/chromium.js';
import { lowContrast } from './support/contrast.js';
import { root } from './support/cli.js';
import { serveFolder } from './support/static-server.js';

const available = missingTools('playground', [CHROMIUM], "install Debian's chromium or set CHROMIUM_PATH").length === 0;

const dist = join(root, 'packages/playground/dist');
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const STOCK_ES = 'Me gustaría añadirte a mi red de contactos en LinkedIn.';
// Screenshots for people to look at, outside the source tree.
const shots = mkdtempSync(join(tmpdir(), 'invite-lint-playground-'));
// Each test drives a real browser through several pages; the suite's 20 s is tight on a busy 2-core machine.
const BROWSER_TEST_MS = 60_000;

/** A page in a fresh browser profile (no storage), with every request and console error it makes kept. */
interface Visit {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

/** What core says about `text`: the test's expectations come from the engine, not from copied wording. */
function coreMessage(text: string, ruleId: string, locale: 'en' | 'es'): string {
  const found = lint(text, { filePath: 'note.txt', settings: { degree: 2, account: 'free' }, locale }).messages.find((message) => message.ruleId === ruleId);
  if (!found) throw new Error(`core reports no ${ruleId} on "${text}"`);
  return (found as LintMessage).reason;
}

describe.skipIf(!available)('the playground in headless Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  const visits: Visit[] = [];

  async function visit(url: string, locale: string): Promise<Visit> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    return visitIn(context, url);
  }

  /** Another page in a profile already used: what a returning visitor sees. */
  async function visitIn(context: BrowserContext, url: string): Promise<Visit> {
    const page = await context.newPage();
    const found: Visit = { context, page, requests: [], errors: [] };
    page.on('request', (request) => found.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') found.errors.push(message.text());
    });
    page.on('pageerror', (error) => found.errors.push(error.message));
    await page.goto(url);
    visits.push(found);
    return found;
  }

  const editor = (page: Page) => page.getByRole('textbox', { name: 'Note', exact: true });
  const noteText = (page: Page) => page.locator('#editor .cm-content').evaluate((content) => (content as HTMLElement).innerText.replace(/\n$/, ''));
  /** Waits until the meter reads `count`: the lint of the text typed so far has come back. */
  const meterReads = (page: Page, count: string) => page.locator('#meter .count', { hasText: new RegExp(`^${count}$`) }).waitFor();
  const problem = (list: Locator, ruleId: string) => list.getByRole('listitem').filter({ has: list.page().getByRole('link', { name: ruleId, exact: true }) });

  beforeAll(async () => {
    // `pnpm test` builds it (the root build script); a lone run of this file builds it when missing.
    if (!existsSync(join(dist, 'index.html'))) execFileSync('npx', ['-y', 'pnpm@10.34.8', '--filter', './packages/playground', 'run', 'build'], { cwd: root, stdio: 'ignore' });
    server = await serveFolder(dist);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks a note as it is typed, applies a suggestion, and shares it through the link alone', async () => {
    const { page } = await visit(`${server.origin}/`, 'en-US');
    await page.getByRole('combobox', { name: 'Degree', exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: 'Account', exact: true }).selectOption('free');
    expect(await page.getByRole('combobox', { name: 'Language', exact: true }).inputValue()).toBe('auto');
    await editor(page).click();
    await page.keyboard.type(STOCK);

    const problems = page.getByRole('list', { name: 'Problems', exact: true });
    expect(await problems.getAttribute('aria-live')).toBe('polite');
    const stock = problem(problems, 'no-default-text');
    await meterReads(page, `${STOCK.length} / 200`);
    expect(await stock.innerText()).toContain(coreMessage(STOCK, 'no-default-text', 'en'));
    expect(await stock.getByRole('link').getAttribute('href')).toMatch(/\/no-default-text\/README\.md$/);
    expect(await page.locator('#meter').getAttribute('data-level')).toBe('ok');
    // The editor underlines what the list lists.
    expect(await page.locator('#editor .cm-lintRange-error').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'note-en.png'), fullPage: true });
    expect(await lowContrast(page)).toEqual([]);

    const suggestion = stock.getByRole('button').first();
    const replacement = (await suggestion.innerText()).replace(/^[^:]*:\s*/, '');
    await suggestion.click();
    await page.waitForFunction((stockText) => document.querySelector('#editor .cm-content')?.textContent !== stockText, STOCK);
    expect(await noteText(page)).toBe(replacement);
    await stock.waitFor({ state: 'detached' });

    // The link alone, in a profile that has never seen the note.
    const shared = page.url();
    expect(new URL(shared).hash).toContain('note=');
    // The page fills the editor from the fragment as it starts, before its load event.
    const opened = await visit(shared, 'en-US');
    expect(await noteText(opened.page)).toBe(replacement);
    expect(await opened.page.getByRole('combobox', { name: 'Degree', exact: true }).inputValue()).toBe('2');
    expect(await opened.page.getByRole('combobox', { name: 'Account', exact: true }).inputValue()).toBe('free');

    // Back without the link, in the browser that wrote the note: it was kept.
    const returning = await visitIn(page.context(), `${server.origin}/`);
    expect(await noteText(returning.page)).toBe(replacement);
    expect(await returning.page.getByRole('combobox', { name: 'Degree', exact: true }).inputValue()).toBe('2');
  }, BROWSER_TEST_MS);

  it('turns the meter to a warning and an error where near-max-length and max-length fire', async () => {
    const { page } = await visit(`${server.origin}/#note=${'a'.repeat(195)}&degree=3&account=free`, 'en-US');
    const problems = page.getByRole('list', { name: 'Problems', exact: true });
    await problem(problems, 'near-max-length').waitFor();
    expect(await page.locator('#meter .count').innerText()).toBe('195 / 200');
    expect(await page.locator('#meter').getAttribute('data-level')).toBe('near');
    await editor(page).press('End');
    // One edit (a paste), so that the lint that shows max-length is the lint of all ten.
    await page.keyboard.insertText('a'.repeat(10));
    await problem(problems, 'max-length').waitFor();
    expect(await page.locator('#meter .count').innerText()).toBe('205 / 200');
    expect(await page.locator('#meter').getAttribute('data-level')).toBe('over');
    await page.getByRole('combobox', { name: 'Account', exact: true }).selectOption('premium');
    await problem(problems, 'max-length').waitFor({ state: 'detached' });
    expect(await page.locator('#meter .count').innerText()).toBe('205 / 300');
    expect(await page.locator('#meter').getAttribute('data-level')).toBe('ok');
  }, BROWSER_TEST_MS);

  it('works from the keyboard alone: Tab to the note, type, Tab to a suggestion, Enter', async () => {
    const { page } = await visit(`${server.origin}/#degree=2&account=free`, 'en-US');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 10 && (await focused()) !== 'Note'; presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Note');
    await page.keyboard.type(STOCK);
    const problems = page.getByRole('list', { name: 'Problems', exact: true });
    await meterReads(page, `${STOCK.length} / 200`);
    await problem(problems, 'no-default-text').waitFor();
    const inProblems = () => page.evaluate(() => document.activeElement?.closest('#problems') !== null && document.activeElement?.tagName === 'BUTTON');
    for (let presses = 0; presses < 10 && !(await inProblems()); presses++) await page.keyboard.press('Tab');
    expect(await inProblems()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((stockText) => document.querySelector('#editor .cm-content')?.textContent !== stockText, STOCK);
    // The keyboard is back in the note, where the edit happened.
    expect(await focused()).toBe('Note');
  }, BROWSER_TEST_MS);

  it('speaks Spanish to a Spanish browser, and switches to English', async () => {
    const { page } = await visit(`${server.origin}/`, 'es-ES');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByRole('combobox', { name: 'Grado', exact: true }).selectOption('2');
    await page.getByRole('combobox', { name: 'Cuenta', exact: true }).selectOption('free');
    await page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('es');
    await page.getByRole('textbox', { name: 'Nota', exact: true }).click();
    await page.keyboard.type(STOCK_ES);
    const problems = page.getByRole('list', { name: 'Problemas', exact: true });
    const stock = problem(problems, 'no-default-text');
    await meterReads(page, `${STOCK_ES.length} / 200`);
    expect(await stock.innerText()).toContain(coreMessage(STOCK_ES, 'no-default-text', 'es'));
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('Revisar una nota');
    await page.screenshot({ path: join(shots, 'note-es.png'), fullPage: true });
    expect(await lowContrast(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Plantillas' }).click();
    await page.getByRole('list', { name: 'Biblioteca de plantillas' }).getByRole('button', { name: /^event\/es-1/ }).click();
    await page.getByRole('region', { name: 'Nota resultante' }).locator('.count').getByText(/^\d+ \/ \d+$/).waitFor();
    await page.screenshot({ path: join(shots, 'templates-es.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Revisar una nota' }).click();

    await page.getByRole('button', { name: 'Show the interface in English' }).click();
    await problem(page.getByRole('list', { name: 'Problems', exact: true }), 'no-default-text').filter({ hasText: coreMessage(STOCK_ES, 'no-default-text', 'en') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  }, BROWSER_TEST_MS);

  it('opens a library template: its text, sample values, rendered note, findings and worst case', async () => {
    const { page } = await visit(`${server.origin}/`, 'en-US');
    await page.getByRole('tab', { name: 'Templates' }).click();
    await page.getByRole('combobox', { name: 'Template degree', exact: true }).selectOption('2');
    const library = page.getByRole('list', { name: 'Template library' });
    expect(await library.getByRole('button').allInnerTexts()).toSatisfy((texts: string[]) => texts.length > 0 && texts.every((text) => text.startsWith('mutual-contact/')));
    await library.getByRole('button', { name: /^mutual-contact\/en-1/ }).click();

    const template = findTemplate('mutual-contact/en-1');
    if (!template) throw new Error('mutual-contact/en-1 is gone from the library');
    const rendered = page.getByRole('region', { name: 'Rendered note' });
    await rendered.getByText(renderSample(template), { exact: true }).waitFor();
    const linted = lint(template.source, { filePath: 'template.hbs', templates: { helpers: helperSpecs } });
    const model = linted.data.inviteLint?.template;
    if (!model) throw new Error('the template did not parse');
    const worst = `${measure(model.segments, 'worst', template.source)} / ${linted.data.inviteLint?.settings?.limit}`;
    expect(await page.getByRole('region', { name: /^Worst case/ }).locator('.count').innerText()).toBe(worst);
    // Library templates pass every rule.
    expect(await page.getByRole('list', { name: 'Template findings', exact: true }).getByRole('listitem').count()).toBe(0);
    await page.screenshot({ path: join(shots, 'templates-en.png'), fullPage: true });
    expect(await lowContrast(page)).toEqual([]);

    // Without the person in common, the rendered note fails the 2nd-degree rule.
    await page.getByLabel('mutualContact').fill('');
    await problem(page.getByRole('list', { name: 'Rendered note findings', exact: true }), 'require-shared-contact').waitFor();

    await page.getByRole('button', { name: 'Check this note' }).click();
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('Check a note');
    await problem(page.getByRole('list', { name: 'Problems', exact: true }), 'require-shared-contact').waitFor();
    expect(await noteText(page)).toContain('suggested I reach out');
    expect(await page.getByRole('combobox', { name: 'Degree', exact: true }).inputValue()).toBe('2');
  }, BROWSER_TEST_MS);

  it('requests nothing from any other origin, and breaks no rule of its Content-Security-Policy', () => {
    expect(visits.length).toBeGreaterThan(0);
    for (const { requests, errors } of visits) {
      expect(requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
      expect(errors).toEqual([]);
    }
    console.log(`playground screenshots: ${shots}`);
  });

  afterAll(async () => {
    for (const context of new Set(visits.map((visit) => visit.context))) await context.close();
  });
});
