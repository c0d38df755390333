// The editor's preview (demo/preview.html, issue #16) as an editor uses it (after a build): the real server
// with its strict Content-Security-Policy, a feed file with broken items chosen in the file input, every
// problem listed with its item, field and reason, the counts, the widgets drawn from the valid items, axe
// clean; then a second, valid file replaces the first. Nothing is uploaded, so no request carries the feed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../../server/src/config.js';
import { startServer } from '../../server/src/server.js';
import { axeViolations, launchChrome, problemsOf } from './support.mjs';

let server;
let browser;
const dir = mkdtempSync(path.join(tmpdir(), 'som-preview-'));

before(async () => {
  server = await startServer(readConfig({ PORT: '0', DATABASE_FILE: path.join(dir, 'som.db') }), { log: () => {} });
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The demo feed pointed at the test server (its images and sign-up endpoint), as `feed build` would write it. */
const demoFeed = () =>
  JSON.parse(readFileSync('demo/feed.json', 'utf8').replaceAll('http://localhost:8080', server.url));
const title = (t) => (typeof t === 'string' ? t : t.nl);

/** The demo feed with one broken item of each kind the parser reports. */
function brokenFeed() {
  const feed = demoFeed();
  delete feed.events[1].start; // required field missing: skipped
  feed.events[2].url = 'javascript:alert(1)'; // optional link refused: the field is left out, the event shows
  feed.events[3].id = feed.events[0].id; // duplicate id: skipped
  feed.events[4].end = '2020-01-01T10:00:00+01:00'; // end before start (a rule across fields): skipped
  feed.stories[0].url = 'ftp://example.org/verhaal'; // a required link refused: skipped
  delete feed.portraits[0].quote; // a portrait needs a quote or a bio: skipped
  delete feed.portraits[0].bio;
  return feed;
}

const asFile = (feed, name = 'feed.json') => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(feed, null, 2)),
});

async function openPreview() {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = problemsOf(page);
  const sent = [];
  page.on('request', (r) => r.method() !== 'GET' && sent.push(`${r.method()} ${r.url()}`));
  await page.goto(`${server.url}/preview.html`);
  // The module enables the controls and hides the "needs a web server" note once it runs.
  await page.locator('#controls:not([disabled])').waitFor();
  assert.equal(await page.locator('#needs-server').isVisible(), false);
  return { context, page, problems, sent };
}

/** Each listed problem as { where, Veld, 'Wat is er mis', Gevolg }. */
const listedProblems = (page) =>
  page.locator('#problems > li').evaluateAll((items) =>
    items.map((li) => {
      const facts = Object.fromEntries(
        [...li.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]),
      );
      return { where: li.querySelector('.where').textContent, ...facts };
    }),
  );

const counts = (page) =>
  page
    .locator('#counts tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((tr) => [tr.cells[0].textContent, [...tr.cells].slice(1).map((c) => Number(c.textContent))]),
      ),
    );

/** Wait until every widget in the preview has drawn something other than its loading state. */
const widgetsReady = (page) =>
  page.waitForFunction(
    () => {
      const settled = (el) =>
        el.shadowRoot?.childElementCount > 0 && !el.shadowRoot.querySelector('[aria-busy="true"]');
      const widgets = [
        ...document.querySelectorAll(
          '#look som-calendar, #look som-story-list, #look som-portrait-list, #signup-slot som-signup',
        ),
      ];
      return widgets.length === 4 && widgets.every(settled);
    },
    null,
    { timeout: 15000 },
  );

test('a feed file with broken items: every problem with item, field and reason, the counts, the widgets, axe clean; a second file replaces it', async () => {
  const { context, page, problems, sent } = await openPreview();
  const broken = brokenFeed();
  await page.locator('#file').setInputFiles(asFile(broken));
  const status = page.locator('#status');
  await status.getByText('feed.json gelezen').waitFor();
  assert.match(
    await status.textContent(),
    /Getoond: 21 activiteiten, 10 verhalen, 7 portretten en 0 zelfscans\. 5 items overgeslagen\. 6 problemen/,
  );
  assert.equal(await status.getAttribute('role'), 'status', 'the result is announced');

  const [missing, link, duplicate, endBeforeStart, story, portrait] = await listedProblems(page);
  const e = broken.events;
  assert.match(missing.where, new RegExp(`^Activiteit 2 · id ${e[1].id} · “${title(e[1].title)}”$`));
  assert.deepEqual(
    [missing.Veld, missing['Wat is er mis'], missing.Gevolg],
    ['start', 'is verplicht', 'Dit item wordt niet getoond.'],
  );
  assert.match(link.where, new RegExp(`^Activiteit 3 · id ${e[2].id}`));
  assert.equal(link.Veld, 'url');
  assert.match(link['Wat is er mis'], /^Link geweigerd \(alleen absolute https:-links zijn toegestaan\)/);
  assert.equal(link.Gevolg, 'Het item wordt wel getoond, maar zonder dit veld.');
  assert.match(duplicate.where, new RegExp(`^Activiteit 4 · id ${e[0].id}`));
  assert.equal(duplicate.Veld, 'id');
  assert.match(duplicate['Wat is er mis'], /^Dubbele id/);
  assert.match(endBeforeStart.where, /^Activiteit 5 /);
  assert.deepEqual([endBeforeStart.Veld, endBeforeStart['Wat is er mis']], ['end', '"end" ligt voor "start"']);
  assert.match(story.where, new RegExp(`^Verhaal 1 · id ${broken.stories[0].id}`));
  assert.deepEqual([story.Veld, story.Gevolg], ['url', 'Dit item wordt niet getoond: het kan niet zonder dit veld.']);
  assert.match(portrait.where, new RegExp(`^Portret 1 · id ${broken.portraits[0].id} · “${broken.portraits[0].name}”`));
  assert.equal(portrait['Wat is er mis'], 'een portret heeft "quote" of "bio" nodig');

  assert.deepEqual(await counts(page), {
    Activiteiten: [21, 3, 1],
    Verhalen: [10, 1, 0],
    Portretten: [7, 1, 0],
    Zelfscans: [0, 0, 0],
  });

  // The widgets draw the valid items, from the file (a blob: URL), and leave out the skipped ones.
  await widgetsReady(page);
  const calendar = page.locator('som-calendar');
  assert.match(await calendar.getAttribute('src'), /^blob:/);
  await calendar.getByText('21 activiteiten').first().waitFor();
  const stories = page.locator('som-story-list');
  await stories.getByRole('link', { name: title(broken.stories[1].title) }).waitFor();
  assert.equal(await stories.getByRole('link', { name: title(broken.stories[0].title) }).count(), 0);
  const portraits = page.locator('som-portrait-list');
  await portraits.getByRole('heading', { name: broken.portraits[1].name, exact: true }).waitFor();
  assert.equal(await portraits.getByRole('heading', { name: broken.portraits[0].name, exact: true }).count(), 0);
  const firstForm = broken.events.find((ev) => ev.registration?.type === 'form');
  await page
    .locator('som-signup')
    .getByRole('heading', { name: title(firstForm.title) })
    .waitFor();
  assert.equal(await page.locator('som-signup').getAttribute('event'), firstForm.id);

  assert.deepEqual(await axeViolations(page), []);
  const firstSrc = await calendar.getAttribute('src');

  // A second, valid file replaces the first: no problems left, every item counted, the widgets on the new file.
  await page.locator('#file').setInputFiles(asFile(demoFeed(), 'feed-nieuw.json'));
  await status.getByText('feed-nieuw.json gelezen').waitFor();
  assert.match(
    await status.textContent(),
    /Getoond: 24 activiteiten, 11 verhalen, 8 portretten en 0 zelfscans\. Niets overgeslagen\. Geen problemen\./,
  );
  assert.equal(await page.locator('#problems > li').count(), 0);
  assert.ok(await page.locator('#problems-none').isVisible());
  assert.deepEqual(await counts(page), {
    Activiteiten: [24, 0, 0],
    Verhalen: [11, 0, 0],
    Portretten: [8, 0, 0],
    Zelfscans: [0, 0, 0],
  });
  assert.equal(await page.locator('som-calendar').count(), 1, 'the new calendar replaces the old one');
  assert.notEqual(await page.locator('som-calendar').getAttribute('src'), firstSrc);
  await widgetsReady(page);
  await page.locator('som-calendar').getByText('24 activiteiten').first().waitFor();
  await stories.getByRole('link', { name: title(broken.stories[0].title) }).waitFor();
  await portraits.getByRole('heading', { name: broken.portraits[0].name, exact: true }).waitFor();
  assert.deepEqual(await axeViolations(page), []);

  assert.deepEqual(problems, []);
  assert.deepEqual(sent, [], 'nothing is uploaded');
  await context.close();
});

test('not a feed: JSON that does not parse, and a feed the widgets cannot show, say so and show no widgets', async () => {
  const { context, page, problems } = await openPreview();
  // Dropped on the drop zone rather than chosen: the same reading.
  const dropped = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{"version": 1,'], 'kapot.json', { type: 'application/json' }));
    return data;
  });
  await page.locator('#drop').dispatchEvent('drop', { dataTransfer: dropped });
  await page.locator('#status').getByText('kapot.json is geen geldige JSON').waitFor();
  assert.equal(await page.locator('#look').isVisible(), false);

  const noNetwork = demoFeed();
  delete noNetwork.network;
  await page.locator('#file').setInputFiles(asFile(noNetwork, 'zonder-netwerk.json'));
  await page.locator('#status').getByText('De widgets kunnen deze feed niet tonen').waitFor();
  const [envelope] = await listedProblems(page);
  assert.match(envelope.where, /^De feed zelf/);
  assert.equal(envelope.Veld, 'network');
  assert.match(envelope['Wat is er mis'], /De feed zelf is ongeldig: network: is verplicht/);
  assert.equal(await page.locator('#look').isVisible(), false);
  assert.equal(await page.locator('som-calendar').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a pasted address: fetched by the browser; refused by the page's policy, it says why", async () => {
  const { context, page, problems } = await openPreview();
  await page.getByLabel('Of plak het adres van een feed').fill('/feed.json');
  await page.getByRole('button', { name: 'Feed ophalen' }).click();
  await page.locator('#status').getByText(`${server.url}/feed.json gelezen`).waitFor();
  await widgetsReady(page);
  assert.deepEqual(problems, []);

  // Another origin: the reference server lets its demo pages fetch only from itself.
  const elsewhere = server.url.replace('127.0.0.1', 'localhost');
  await page.getByLabel('Of plak het adres van een feed').fill(`${elsewhere}/feed.json`);
  await page.keyboard.press('Enter');
  await page.locator('#status').getByText('kon niet opgehaald worden').waitFor();
  assert.match(
    await page.locator('#status').textContent(),
    /een veiligheidsregel van de server\)\. Download de feed en kies het bestand\./,
  );
  await context.close();
});
