import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium, missingTools } from './support/chromium.js';
import { fixture, runCli } from './support/cli.js';

const available = missingTools('audit-browser', [CHROMIUM], "install Debian's chromium or set CHROMIUM_PATH").length === 0;

const HOSTILE = '<script>window.__pwned = true; alert(1)</script> Hi Alex & co, we met at RustConf; I\'d love your view on async traits. Sam';

describe.skipIf(!available)('the audit HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the charts and the sorted table, keeps <script> as text, and requests nothing', async () => {
    const rows = [
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
      `Sam Roe,Alex Morgan,"1/9/26, 8:00 AM","${HOSTILE.replace(/"/g, '""')}",INCOMING,,`,
      'Jo Doe,Alex Morgan,"2/9/26, 8:00 AM",I\'d like to add you to my professional network on LinkedIn.,INCOMING,,',
      'Alex Morgan,Bo Chen,"2/10/26, 9:00 AM","Hi Bo, Dana Ruiz suggested I reach out about your work on Kafka at Acme. Alex",OUTGOING,,',
    ];
    const folder = fixture({ 'Invitations.csv': rows.join('\n') });
    const run = runCli(['audit', 'Invitations.csv', '--format', 'html', '-o', 'report.html'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);

    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const url = pathToFileURL(join(folder, 'report.html')).href;
    await page.goto(url);

    const bars = await page.$$eval('#by-month rect, #lengths rect', (rects) => rects.map((rect) => rect.getBoundingClientRect().height));
    expect(bars.filter((height) => height > 0).length).toBeGreaterThanOrEqual(3);
    const limits = await page.$$eval('#lengths line.limit', (lines) => lines.length);
    expect(limits).toBe(2);

    const table = await page.$$eval('#invitations tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(table.map((cells) => [cells[0], cells[2]])).toEqual([
      ['1', 'Sam Roe'],
      ['2', 'Jo Doe'],
      ['', 'Alex Morgan'],
    ]);
    expect(table[0]?.[8]).toBe(HOSTILE);

    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });
});
