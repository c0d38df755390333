// The CDN files as a partner's page loads them (after `npm run build`): the demo pages in Chromium, served
// by the reference server with its strict Content-Security-Policy (Trusted Types included), plus a page
// that loads several widget scripts at once. The browser tests cover the widgets from source; this covers
// what rollup made of them: every import resolves, one Lit per page, nothing blocked by the CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../../server/src/config.js';
import { startServer } from '../../server/src/server.js';
import { DEMO_CSP } from '../../server/src/static.js';
import { firstScreen, kb, ready } from '../../scripts/first-screen.mjs';
import { launchChrome } from './support.mjs';

let server;
let browser;
const dir = mkdtempSync(path.join(tmpdir(), 'som-bundles-'));

before(async () => {
  server = await startServer(
    readConfig({
      PORT: '0',
      DATABASE_FILE: path.join(dir, 'som.db'),
      ADMIN_TOKEN: 'test-admin-Qm2vX9pLr4sKd8Wn3Zc6Hy1T',
    }),
    {
      log: () => {},
    },
  );
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Open a page, wait for every widget, and return what went wrong plus the widgets' text. */
async function open(url, { html } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on(
    'console',
    (m) => m.type() === 'error' && !/favicon/.test(m.location().url) && problems.push(`console: ${m.text()}`),
  );
  if (html) {
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': DEMO_CSP }, body: html }),
    );
  }
  await page.goto(url);
  await page
    .waitForFunction(ready, null, { timeout: 10000 })
    .catch((e) => problems.push(`not ready: ${e.message.split('\n')[0]}`));
  const text = await page.evaluate(() => {
    // The text a visitor sees, through nested shadow roots (the self-check draws inside its own app element).
    const deep = (root) =>
      [...root.childNodes]
        .map((n) => (n.nodeType === 3 ? n.textContent : n.localName === 'style' ? '' : deep(n.shadowRoot ?? n)))
        .join(' ');
    return [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('som-') && el.localName !== 'som-feed')
      .map((el) => `${el.localName}: ${deep(el.shadowRoot).replace(/\s+/g, ' ').trim()}`);
  });
  const lits = await page.evaluate(() => (globalThis.litHtmlVersions ?? []).length);
  await context.close();
  return { problems, text, lits };
}

for (const page of [
  '/index.html',
  '/calendar.html',
  '/event.html',
  '/stories.html',
  '/portraits.html',
  '/self-check.html',
]) {
  test(`${page}: every widget renders from the CDN files under the strict CSP`, async () => {
    const { problems, text, lits } = await open(server.url + page);
    assert.deepEqual(problems, []);
    assert.ok(text.length > 0 && text.every((t) => t.slice(t.indexOf(': ') + 2).length > 20), text.join('\n'));
    assert.equal(lits, 1, 'one Lit on the page');
  });
}

test('several widget scripts on one page share one Lit and one <som-feed>', async () => {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Twee scripts</title>
    <script type="module" src="/dist/cdn/stories.js"></script>
    <script type="module" src="/dist/cdn/portraits.js"></script>
    <script type="module" src="/dist/cdn/calendar.js"></script>
    <script type="module" src="/dist/cdn/signup.js"></script></head>
    <body><main><h1>Partnerpagina</h1>
    <som-feed src="/feed.json"><som-story-list limit="1"></som-story-list><som-portrait-list limit="1"></som-portrait-list>
    <som-calendar limit="1" no-filters></som-calendar></som-feed>
    <som-signup src="/feed.json" event="labo-meertaligheid-2027-01"></som-signup></main></body></html>`;
  const { problems, text, lits } = await open(server.url + '/multi.html', { html });
  assert.deepEqual(problems, []);
  assert.equal(text.length, 4, text.join('\n'));
  assert.match(
    text.find((t) => t.startsWith('som-story-list')),
    /lezen/,
  );
  assert.match(
    text.find((t) => t.startsWith('som-portrait-list')),
    /Meer over/,
  );
  assert.match(
    text.find((t) => t.startsWith('som-calendar')),
    /activiteit/,
  );
  assert.match(
    text.find((t) => t.startsWith('som-signup')),
    /Inschrijven|plaatsen|wachtlijst/i,
  );
  assert.equal(lits, 1, 'one Lit on the page');
});

// The size targets of the issues, for what a page downloads before its first screen (gzip, lit.js included).
// `npm run size` checks the static import graph; this also catches a chunk fetched at once.
const FIRST_SCREEN_KB = [
  ['/calendar.html', undefined, 25],
  ['/event.html', undefined, 18],
  ['/stories.html', undefined, 16],
  ['/portraits.html', undefined, 16],
  ['/self-check.html', undefined, 20],
  ['/self-check.html', 'fr', 20],
  ['/index.html', undefined, 45],
];
for (const [page, lang, budget] of FIRST_SCREEN_KB) {
  test(`${page}${lang ? ` (${lang})` : ''}: the first screen downloads at most ${budget} KB of JavaScript`, async () => {
    const { first } = await firstScreen(browser, server.url + page, { lang });
    assert.ok(first.has('lit.js'), [...first.keys()].join(', '));
    assert.ok(kb(first) <= budget, `${kb(first).toFixed(1)} KB: ${[...first].map(([f, n]) => `${f} ${n}`).join(', ')}`);
  });
}

test('/event.html: a person signs up with the CDN files (the submission chunk loads under the strict CSP)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location().url) && problems.push(m.text()));
  await page.goto(server.url + '/event.html');
  const widget = page.locator('som-signup').first();
  await widget.getByLabel('Naam').fill('An Peeters');
  await widget.getByLabel('E-mailadres').fill(`an.${Date.now()}@example.org`);
  await widget.getByLabel('School of organisatie').fill('De Wijnpers');
  await widget.getByLabel('In welk niveau werk je?').selectOption({ index: 1 });
  await widget.getByLabel('Ik ga akkoord').check();
  await widget.getByRole('button', { name: 'Inschrijven' }).click();
  await widget.getByText('Je bent ingeschreven').waitFor({ timeout: 10000 });
  assert.ok(await widget.getByRole('link', { name: 'Inschrijving annuleren' }).isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});
