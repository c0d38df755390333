// Embedding (#15), as a partner's webmaster does it (after a build): the builder at /embed on the network's
// server (http://localhost:<port>), its snippets pasted into blank pages of a partner on another origin
// (http://127.0.0.1:<port>), the iframe sizing itself through embed.js, links leaving the frame, the
// subscription link holding the visitor's filters, and axe on the builder and the iframe page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ready } from '../../scripts/first-screen.mjs';
import { axeViolations, launchChrome, networkServer, partnerSite, problemsOf } from './support.mjs';

const demoFeed = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
// A fixed day with activities for secondary schools before and after it (demo/feed.json has fixed dates).
const TODAY = Date.parse('2026-11-20T09:00:00Z');
const SECONDARY = ['secundair-1', 'secundair-2', 'secundair-3'];
const COLOR = '#8a1538';

let som;
let partner;
let browser;
const dir = mkdtempSync(path.join(tmpdir(), 'som-embed-'));

before(async () => {
  partner = await partnerSite();
  som = await networkServer({ DATABASE_FILE: path.join(dir, 'som.db'), ALLOWED_ORIGINS: partner.origin }, TODAY);
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await som?.close();
  await partner?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function context() {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ctx.setDefaultTimeout(15000);
  await ctx.clock.setFixedTime(TODAY);
  return ctx;
}

/** A blank partner page holding `body`, on the partner's origin. */
function paste(body) {
  const name = `/page-${Math.random().toString(36).slice(2)}.html`;
  partner.pages.set(name, {
    html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>École</title></head><body><main><h1>Agenda</h1>${body}</main></body></html>`,
  });
  return partner.origin + name;
}

/** The activities a calendar lists (ids), read through its shadow root. */
const listed = (calendar) =>
  calendar.evaluate((el) => [...el.shadowRoot.querySelectorAll('button[data-open]')].map((b) => b.dataset.open));

let snippets; // what the builder gave, for the tests after the first
let previewed; // the activities its preview listed

test('the builder (in French): controls from the feed, a secondary-school calendar in French with a colour, axe clean', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  const problems = problemsOf(page);
  await page.goto(`${som.url}/embed?lang=fr`);
  await page.waitForSelector('body[data-ready]');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  // Taxonomy labels from the feed, the event picker with form sign-ups first.
  const levelLabels = await page.locator('[data-facet="levels"] label').allTextContents();
  assert.ok(levelLabels.length >= 5, levelLabels.join());
  const groups = await page.locator('#event optgroup').evaluateAll((g) => g.map((x) => x.label));
  assert.equal(groups[0], 'Avec inscription ici');

  for (const id of SECONDARY) await page.locator(`#levels-${id}`).check();
  await page.locator('#lang').selectOption('fr');
  // A light colour is refused, a dark one accepted, each said in the status line.
  await page.locator('#color').fill('#ffdd00');
  assert.equal(await page.locator('#contrast').getAttribute('data-state'), 'bad');
  assert.doesNotMatch(await page.locator('#script-code').inputValue(), /ffdd00/);
  await page.locator('#color').fill(COLOR);
  assert.equal(await page.locator('#contrast').getAttribute('data-state'), 'ok');
  await page.getByLabel('Téléphone (320 px)').check();
  assert.equal(await page.locator('#stage').getAttribute('data-width'), '320');
  assert.equal(Math.round((await page.locator('#preview').boundingBox()).width), 320);

  const preview = page.locator('#preview som-calendar');
  await page.waitForFunction(() => {
    const el = document.querySelector('#preview som-calendar');
    return el?.shadowRoot?.querySelector('button[data-open]');
  });
  previewed = await listed(preview);
  assert.ok(previewed.length > 0);
  const expected = demoFeed.events.filter(
    (e) => e.levels?.some((l) => SECONDARY.includes(l)) && Date.parse(e.end ?? e.start) > TODAY,
  );
  for (const id of previewed)
    assert.ok(
      expected.some((e) => e.id === id),
      `${id} is for secondary schools and upcoming`,
    );

  snippets = {
    script: await page.locator('#script-code').inputValue(),
    iframe: await page.locator('#iframe-code').inputValue(),
    link: await page.locator('#link-code').inputValue(),
  };
  assert.match(
    snippets.script,
    /<som-calendar src="http:\/\/localhost:\d+\/feed\.json\?lists=events&amp;past=90" levels="secundair-1 secundair-2 secundair-3" lang="fr" style="--som-color-primary: #8a1538; --som-radius: 8px">/,
  );
  assert.match(
    snippets.script,
    /<a href="http:\/\/localhost:\d+\/embed\/calendar\?levels=secundair-1%2Csecundair-2%2Csecundair-3&amp;lang=fr&amp;color=%238a1538&amp;radius=8">/,
  );
  assert.match(snippets.iframe, /<iframe src="[^"]+" title="Agenda de Samen Onderwijs Maken" data-som-embed/);
  assert.match(snippets.link, /^<a href="http:\/\/localhost:\d+\/embed\/calendar\?/);

  // Copy buttons say so.
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: som.url });
  await page.locator('[data-copy="iframe-code"]').click();
  await page.waitForFunction(() => document.getElementById('iframe-status').textContent === 'Copié');

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the script snippet pasted into a blank page on another origin: the previewed calendar, in French, in the colour', async () => {
  assert.ok(snippets, 'the builder test ran');
  const ctx = await context();
  const page = await ctx.newPage();
  const problems = problemsOf(page);
  await page.goto(paste(snippets.script));
  await page.waitForFunction(ready);
  const cal = page.locator('som-calendar');
  assert.deepEqual(await listed(cal), previewed);
  assert.match(await cal.evaluate((el) => el.shadowRoot.textContent), /Rechercher/);
  assert.equal(await cal.evaluate((el) => getComputedStyle(el).getPropertyValue('--som-color-primary').trim()), COLOR);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the iframe snippet: the same calendar, sized to its content as details open and close, links out of the frame', async (t) => {
  const ctx = await context();
  const page = await ctx.newPage();
  const problems = problemsOf(page);
  await page.goto(paste(snippets.iframe));
  const iframe = page.locator('iframe[data-som-embed]');
  const frame = page.frameLocator('iframe[data-som-embed]');
  const cal = frame.locator('som-calendar');
  await cal.locator('button[data-open]').first().waitFor();
  assert.deepEqual(await listed(cal), previewed);
  assert.equal(await iframe.getAttribute('title'), 'Agenda de Samen Onderwijs Maken');

  // embed.js sets the height the frame reports: the content's, no inner scrollbar.
  const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
  const content = () =>
    cal.evaluate(() => Math.ceil(document.getElementById('som-embed').getBoundingClientRect().height));
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
  const closed = await height();
  assert.ok(Math.abs(closed - (await content())) <= 1, `${closed} vs ${await content()}`);
  assert.notEqual(closed, 640);
  await cal.locator('button[data-open]').first().click();
  await cal.locator('[id^="d-"][role=region] dl').first().waitFor();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 20, closed);
  const opened = await height();
  await cal.locator('button[data-open]').first().click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height < h, opened);
  assert.ok(Math.abs((await height()) - closed) <= 1);
  t.diagnostic(`iframe height: ${closed} px at first, ${opened} px with an activity open, 640 px without embed.js`);

  // Links: the network's pages in the top window, other sites in a new tab (checked without leaving).
  const inner = page.frames().find((f) => f.url().includes('/embed/calendar'));
  await inner.evaluate(() => addEventListener('click', (e) => e.preventDefault()));
  const targets = await inner.evaluate(() => {
    const out = {};
    const cal = document.querySelector('som-calendar');
    for (const [name, href] of [
      ['own', `${location.origin}/event.html`],
      ['external', 'https://example.org/inschrijven'],
    ]) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = name;
      cal.shadowRoot.append(a);
      a.click();
      out[name] = [a.target, a.rel];
      a.remove();
    }
    return out;
  });
  assert.deepEqual(targets, { own: ['_top', ''], external: ['_blank', 'noopener noreferrer'] });
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the iframe page on its own: transparent, only the widget, a deep link opens its activity, axe clean', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  const src = /src="([^"]+)"/.exec(snippets.iframe)[1].replaceAll('&amp;', '&');
  const id = previewed[1];
  const res = await page.goto(`${src}#event-${id}`);
  assert.match(res.headers()['content-security-policy'], /frame-ancestors \*/);
  const cal = page.locator('som-calendar');
  await cal.locator(`#d-${id} dl`).waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.equal(await page.evaluate(() => document.querySelectorAll('body *:not(som-calendar)').length), 1);
  assert.deepEqual(await axeViolations(page), []);
  await ctx.close();
});

test("subscribing: the link holds the visitor's filters, and the server answers exactly the activities the widget shows", async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(paste(snippets.script));
  await page.waitForFunction(ready);
  const cal = page.locator('som-calendar');
  // The visitor narrows further: a strand, then a search word.
  await cal.locator('select[name="strand"]').selectOption('labo');
  await cal.locator('#q').fill('labo');
  await page.waitForFunction(() => {
    const root = document.querySelector('som-calendar').shadowRoot;
    return root.querySelector('som-calendar-subscribe')?.shadowRoot?.querySelector('input')?.value.includes('q=labo');
  });
  const shownIds = await listed(cal);
  assert.ok(shownIds.length > 0 && shownIds.length < previewed.length, shownIds.join());
  const sub = cal.locator('som-calendar-subscribe');
  await sub.locator('summary').click();
  assert.match(await sub.locator('summary').textContent(), /S'abonner à cet agenda/);
  const address = await sub.locator('input').inputValue();
  assert.equal(new URL(address).search, '?levels=secundair-1%2Csecundair-2%2Csecundair-3&strand=labo&q=labo&lang=fr');
  assert.equal(
    await sub.locator('[data-subscribe="webcal"]').getAttribute('href'),
    address.replace(/^http:/, 'webcal:'),
  );
  assert.match(
    await sub.locator('[data-subscribe="google"]').getAttribute('href'),
    /^https:\/\/calendar\.google\.com\/calendar\/render\?cid=webcal%3A%2F%2F/,
  );
  assert.match(
    await sub.locator('[data-subscribe="outlook"]').getAttribute('href'),
    /^https:\/\/outlook\.live\.com\/calendar\/0\/addfromweb\?url=http%3A%2F%2F/,
  );

  const ics = await (await fetch(address)).text();
  const uids = [...ics.matchAll(/\r\nUID:([^@\r]+)@/g)].map((m) => m[1]);
  // The subscription also keeps the last 30 days; the widget (without `past`) shows what is not over.
  const upcoming = uids.filter((id) => Date.parse(demoFeed.events.find((e) => e.id === id).end ?? '9999') > TODAY);
  assert.deepEqual(new Set(upcoming), new Set(shownIds));
  await ctx.close();
});
