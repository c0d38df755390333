// The organiser's pages in a real browser (#14), as `npm start` shows them: the demo hub's link to the demo
// event (120 registered, 80 present), axe on every page in nl, fr and en, no sideways scroll at 320 px, check-in
// at the door by keyboard on two phones at once (the second sees the first's taps without reloading), the
// same without script, the print layout, and the admin's network view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../../server/src/config.js';
import { startServer } from '../../server/src/server.js';
import { axeViolations, launchChrome, problemsOf } from './support.mjs';

const ADMIN = 'Qm3v9KpX2rT8wZ1yL5nB7cD4fG6hJ0sA-organiser';
const dir = mkdtempSync(path.join(tmpdir(), 'som-organiser-'));
let som;
let browser;

before(async () => {
  som = await startServer(
    readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DEMO: '1',
      FEED_FILE: new URL('../../demo/feed.json', import.meta.url).pathname,
      DATABASE_FILE: path.join(dir, 'som.db'),
      ADMIN_TOKEN: ADMIN,
      RATE_LIMIT_PER_MINUTE: '1000',
    }),
    { log: () => {} },
  );
  browser = await launchChrome();
});
after(async () => {
  await browser?.close();
  await som?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** The demo event's organiser page, reached as a newcomer does: from the hub's link. */
async function organiserUrl() {
  const res = await fetch(`${som.url}/demo/organiser`, { redirect: 'manual' });
  assert.equal(res.status, 302);
  return /** @type {string} */ (res.headers.get('location'));
}

test('the event page: the demo figures, axe clean in nl, fr and en, at 320 px without sideways scroll', async () => {
  const url = await organiserUrl();
  for (const [lang, width, present] of [
    ['nl', 1280, /80 van de 120 ingeschrevenen aanwezig/],
    ['fr', 320, /80 des 120 inscrits présents/],
    ['en', 768, /80 of 120 registered people present \(67%\)/],
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const problems = problemsOf(page);
    await page.goto(`${url}?lang=${lang}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.match(await page.textContent('main'), present);
    assert.deepEqual(await axeViolations(page), [], `${lang} at ${width}px`);
    assert.equal(await sideways(page), false, `${lang} at ${width}px`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('at the door, two phones: search, tap "aanwezig" by keyboard, the other phone follows', async () => {
  const url = `${await organiserUrl()}/door`;
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'nl-BE' };
  const a = await (await browser.newContext(phone)).newPage();
  const b = await (await browser.newContext(phone)).newPage();
  const problems = [...problemsOf(a), ...problemsOf(b)];
  await a.goto(url);
  await b.goto(url);
  assert.deepEqual(await axeViolations(a), []);
  assert.equal(await sideways(a), false);
  // Someone not yet checked in (the demo leaves every third person).
  const name = await a.locator('#door-list li:not(.is-present) .who strong').first().textContent();
  const id = await a.locator('#door-list li:not(.is-present)').first().getAttribute('data-id');
  await a.fill('#q', name);
  await a.waitForFunction(() => [...document.querySelectorAll('#door-list li')].some((li) => li.hidden));
  const row = (page) => page.locator(`#door-list li[data-id="${id}"]`);
  await row(a).locator('button.yes').focus();
  await a.keyboard.press('Enter');
  await a.waitForFunction((i) => document.querySelector(`li[data-id="${i}"]`).classList.contains('is-present'), id);
  // The undo button took the focus: a second Enter would undo, so the state is always visible and reachable.
  assert.equal(await a.evaluate(() => document.activeElement?.classList.contains('no')), true);
  await a.waitForFunction(() => document.querySelector('#door-count').textContent.startsWith('81 van de 120'));
  // The other phone, untouched, shows it after its next refresh (every 5 s).
  await b.waitForFunction((i) => document.querySelector(`li[data-id="${i}"]`).classList.contains('is-present'), id, {
    timeout: 15_000,
  });
  await b.waitForFunction(() => document.querySelector('#door-count').textContent.startsWith('81 van de 120'));
  // Both tap the same person again at once: still one check-in.
  await Promise.all([row(a).locator('button.no').click(), row(b).locator('button.no').click()]);
  await a.waitForFunction((i) => !document.querySelector(`li[data-id="${i}"]`).classList.contains('is-present'), id);
  const state = await (await fetch(`${url}.json`)).json();
  assert.equal(state.present, 80);
  assert.deepEqual(problems, []);
});

test('without script the door works with its forms, and the print view drops the chrome', async () => {
  const base = await organiserUrl();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  await page.goto(`${base}/door?q=a`);
  const first = page.locator('#door-list li:not(.is-present)').first();
  const id = await first.getAttribute('data-id');
  await first.locator('button.yes').click();
  await page.waitForURL(/done=present/);
  assert.equal(await page.locator(`#door-list li[data-id="${id}"]`).getAttribute('class'), 'is-present');
  assert.match(await page.textContent('#done'), /Marked present|Aanwezig gezet/);
  await context.close();
  // (axe runs in the page's script, so the print view is checked in a page with script.)
  const print = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  await print.goto(`${base}/print`);
  assert.deepEqual(await axeViolations(print), []);
  await print.emulateMedia({ media: 'print' });
  assert.equal(await print.locator('header.site').isVisible(), false);
  assert.equal(await print.locator('table.print tbody tr').count(), 120);
  await print.close();
});

test('the admin signs in by keyboard and sees the year with its totals; a wrong code is said clearly', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 }, locale: 'nl-BE' });
  await page.goto(`${som.url}/organiser/admin?year=2027`);
  await page.locator('#token').focus();
  await page.keyboard.type('wrong');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#login-error');
  assert.equal(await page.getAttribute('#token', 'aria-invalid'), 'true');
  assert.deepEqual(await axeViolations(page), []);
  await page.fill('#token', ADMIN);
  await page.keyboard.press('Enter');
  await page.waitForSelector('table tfoot');
  await page.click('a[href*="year=2027"]'); // the year's links
  await page.waitForURL(/year=2027/);
  const open = page.locator('tbody tr', { hasText: 'Open SOM-raad' });
  const { present, confirmed } = await (await fetch(`${await organiserUrl()}/door.json`)).json();
  assert.ok(present >= 80 && confirmed === 120);
  assert.match(await open.textContent(), new RegExp(`${present}\\s*${Math.round((100 * present) / confirmed)}%`));
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
