// The CDN files as a partner site really uses them (after `npm run build`): the partner's page on one origin
// (http://127.0.0.1:<port>, a tiny node:http server sending the partner's own strict Content-Security-Policy),
// the network's server on another (http://localhost:<port>, the real reference server). Module scripts,
// their chunks and language files are fetched in CORS mode, so this is what fails when /cdn lacks
// Access-Control-Allow-Origin, however well the same-origin demo pages work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ready } from '../../scripts/first-screen.mjs';
import { launchChrome, networkServer, partnerSite } from './support.mjs';

const DAY = 86_400_000;
const demoFeed = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));

// A sign-up that is open: the first form event of the demo feed with an opening date. The browser and the
// server both live on the day after it opens, so the test does not depend on today's date.
const FILLABLE = ['text', 'textarea', 'select', 'checkbox', 'email', 'number', 'tel'];
const signupEvent = demoFeed.events.find(
  (e) =>
    e.registration?.type === 'form' &&
    !e.status &&
    e.registration.opens &&
    (e.registration.fields ?? []).every((f) => !f.required || FILLABLE.includes(f.type)),
);
assert.ok(signupEvent, 'demo/feed.json has a form sign-up with an opening date');
const TODAY = Date.parse(signupEvent.registration.opens) + DAY;
assert.ok(
  TODAY < Date.parse(signupEvent.registration.closes ?? signupEvent.start) && TODAY < Date.parse(signupEvent.start),
  `${signupEvent.id} is open on ${new Date(TODAY).toISOString()}`,
);

/**
 * The policy a careful partner sends, with the network's server added only where the widgets need it:
 * scripts, fetches, and images for the widgets that show the feed's images (stories, portraits).
 */
const partnerCsp = (som, { images = false } = {}) =>
  [
    "default-src 'self'",
    `script-src 'self' ${som}`,
    "style-src 'self'",
    `img-src 'self'${images ? ` ${som}` : ''}`,
    `connect-src 'self' ${som}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

let som; // the network's server, on http://localhost:<port>
let allowed; // a partner in ALLOWED_ORIGINS
let stranger; // a partner that is not
let browser;
const dir = mkdtempSync(path.join(tmpdir(), 'som-cross-origin-'));

before(async () => {
  allowed = await partnerSite();
  stranger = await partnerSite();
  som = await networkServer({ DATABASE_FILE: path.join(dir, 'som.db'), ALLOWED_ORIGINS: allowed.origin }, TODAY);
  assert.match(som.url, /^http:\/\/localhost:\d+$/);
  assert.notEqual(new URL(som.url).origin, allowed.origin);
  browser = await launchChrome();
});

after(async () => {
  await browser?.close();
  await som?.close();
  await allowed?.close();
  await stranger?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Open a partner page (`{som}` in it replaced with the server's address) and wait until every widget shows
 * something. Returns the page, what went wrong (errors, CSP violations) and the server's responses.
 */
async function visit(partner, { head, body, lang = 'nl', images = false }) {
  const context = await browser.newContext({ acceptDownloads: true });
  context.setDefaultTimeout(10000);
  await context.clock.setFixedTime(TODAY);
  const page = await context.newPage();
  const problems = [];
  const files = []; // { method, path, status, headers } of every answer from the network's server
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()} (${m.location().url})`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on(
    'response',
    (r) =>
      r.url().startsWith(som.url) &&
      files.push({
        method: r.request().method(),
        path: new URL(r.url()).pathname,
        status: r.status(),
        headers: r.headers(),
      }),
  );
  const name = `/page-${Math.random().toString(36).slice(2)}.html`;
  partner.pages.set(name, {
    csp: partnerCsp(som.url, { images }),
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner</title>${head}</head>
      <body><main><h1>Partner</h1>${body}</main></body></html>`.replaceAll('{som}', som.url),
  });
  await page.goto(partner.origin + name);
  await page
    .waitForFunction(ready, null, { timeout: 15000 })
    .catch((e) => assert.fail(`the widgets did not show: ${e.message}\n${problems.join('\n')}`));
  return { page, context, problems, files, violations: () => page.evaluate(() => window.__violations) };
}

/** Every file the page took from /cdn: allowed cross-origin, and cached by the rule for its name. Returns their paths. */
function cdnFiles(files) {
  const cdn = files.filter((f) => f.path.startsWith('/cdn/'));
  for (const f of cdn) {
    assert.equal(f.status, 200, f.path);
    assert.equal(f.headers['access-control-allow-origin'], '*', f.path);
    assert.equal(f.headers['access-control-allow-credentials'], undefined, f.path);
    assert.equal(f.headers['cross-origin-resource-policy'], 'cross-origin', f.path);
    const hashed = f.path.startsWith('/cdn/chunks/');
    assert.equal(
      f.headers['cache-control'],
      hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      f.path,
    );
  }
  return cdn.map((f) => f.path);
}

/** The text a visitor sees in a widget, through its shadow root. */
const shown = (locator) =>
  locator.evaluate((el) => {
    const deep = (root) =>
      [...root.childNodes]
        .map((n) => (n.nodeType === 3 ? n.textContent : n.localName === 'style' ? '' : deep(n.shadowRoot ?? n)))
        .join(' ');
    return deep(el.shadowRoot ?? el).replace(/\s+/g, ' ');
  });

const fallback = (what) =>
  `<p><a href="https://samenonderwijsmaken.example/${what}">Bekijk het op de website van Samen Onderwijs Maken</a></p>`;

test("calendar.js in French on another origin: the list, an activity's details and the month view, under the partner's CSP", async () => {
  const v = await visit(allowed, {
    // The snippet's modulepreload: lit.js fetched beside calendar.js, not after it (and only once).
    head: `<link rel="modulepreload" href="{som}/cdn/lit.js">
    <script type="module" src="{som}/cdn/calendar.js"></script>`,
    body: `<som-calendar src="{som}/feed.json">${fallback('kalender')}</som-calendar>`,
    lang: 'fr',
  });
  const cal = v.page.locator('som-calendar');
  assert.match(await shown(cal), /Rechercher/, 'French texts, from their own chunk');

  await cal.locator('button[data-open]').first().click();
  const details = cal.locator('[id^="d-"][role=region]').first();
  await details.locator('dl').waitFor();
  assert.match(await shown(details), /Ajouter à mon agenda/);
  // The calendar file is made in the page (a blob: URL): a download the partner's policy does not restrict.
  const [download] = await Promise.all([
    v.page.waitForEvent('download'),
    details.getByRole('link', { name: 'Fichier agenda (.ics)' }).click(),
  ]);
  assert.match(readFileSync(await download.path(), 'utf8'), /^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT/);

  await cal.getByRole('button', { name: 'Mois', exact: true }).click();
  await cal.locator('table').waitFor();
  await cal.getByRole('button', { name: 'Mois suivant' }).click();
  assert.match(await shown(cal), /Activités en \p{L}+ \d{4}/u);

  const files = cdnFiles(v.files);
  assert.equal(files.filter((f) => f === '/cdn/lit.js').length, 1, 'the preloaded lit.js is the one the module uses');
  for (const chunk of [
    /\/cdn\/calendar\.js$/,
    /\/cdn\/lit\.js$/,
    /\/chunks\/details-/,
    /\/chunks\/month-/,
    /\/chunks\/calendar-fr-/,
    /\/chunks\/core-fr-/,
  ]) {
    assert.ok(
      files.some((f) => chunk.test(f)),
      `${chunk} in ${files.join(', ')}`,
    );
  }
  assert.ok(
    v.files.some(
      (f) => f.path === '/feed.json' && f.status === 200 && f.headers['access-control-allow-origin'] === '*',
    ),
  );
  assert.deepEqual(v.problems, []);
  assert.deepEqual(await v.violations(), []);
  await v.context.close();
});

test("stories.js (French) and portraits.js (German) on another origin: cards with the network's images", async () => {
  const v = await visit(allowed, {
    head: `<script type="module" src="{som}/cdn/stories.js"></script>
    <script type="module" src="{som}/cdn/portraits.js"></script>`,
    body: `<som-story-list src="{som}/feed.json" limit="3" lang="fr">${fallback('verhalen')}</som-story-list>
    <som-portrait-list src="{som}/feed.json" limit="2" lang="de">${fallback('portretten')}</som-portrait-list>`,
    images: true,
  });
  assert.match(await shown(v.page.locator('som-story-list')), /min de lecture|Récit|Actualité/);
  assert.match(await shown(v.page.locator('som-portrait-list')), /Mehr über/);
  // Images from the network's server (img-src), all of them loaded.
  const images = await v.page.evaluate(async () => {
    const all = [...document.querySelectorAll('som-story-list, som-portrait-list')].flatMap((el) => [
      ...el.shadowRoot.querySelectorAll('img'),
    ]);
    await Promise.all(all.map((img) => img.decode().catch(() => {})));
    return all.map((img) => ({ src: img.currentSrc, width: img.naturalWidth }));
  });
  assert.ok(images.length >= 3, JSON.stringify(images));
  for (const img of images) {
    assert.ok(img.src.startsWith(som.url), img.src);
    assert.ok(img.width > 0, `${img.src} loaded`);
  }
  const files = cdnFiles(v.files);
  for (const chunk of [
    /\/cdn\/stories\.js$/,
    /\/cdn\/portraits\.js$/,
    /\/chunks\/core-fr-/,
    /\/chunks\/core-de-/,
    /\/chunks\/portraits-de-/,
  ]) {
    assert.ok(
      files.some((f) => chunk.test(f)),
      `${chunk} in ${files.join(', ')}`,
    );
  }
  assert.deepEqual(v.problems, []);
  assert.deepEqual(await v.violations(), []);
  await v.context.close();
});

test("self-check.js in French on another origin: the intro, the questionnaire, and anonymous scores sent to an allowed origin's server", async () => {
  const v = await visit(allowed, {
    head: `<script type="module" src="{som}/cdn/self-check.js"></script>`,
    body: `<som-self-check submit-endpoint="{som}/api/self-checks">${fallback('partnerscan')}</som-self-check>`,
    lang: 'fr',
  });
  const scan = v.page.locator('som-self-check');
  await scan.getByRole('button', { name: 'Commencer l’autodiagnostic' }).click();
  await scan.getByRole('heading', { name: 'Objectifs communs' }).waitFor();
  assert.match(await shown(scan), /Étape 1 sur \d+/);
  // Answer every step with its first option, then share the scores.
  const next = scan.getByRole('button', { name: /^(Suivant|Vers le récapitulatif|Voir le résultat)$/ });
  const consent = scan.locator('#sc-consent');
  for (let step = 0; step < 20; step++) {
    // The result comes in its own chunk: wait for the next step or the result, whichever is drawn.
    await next.or(consent).first().waitFor();
    if (await consent.count()) break;
    for (const group of await scan.locator('fieldset').all()) await group.locator('input[type=radio]').first().check();
    await next.click();
  }
  await scan.locator('#sc-consent').check();
  await scan.getByRole('button', { name: 'Envoyer les scores' }).click();
  await scan.getByText('Merci ! Vos scores ont été envoyés de façon anonyme.').waitFor();
  const files = cdnFiles(v.files);
  assert.ok(
    files.some((f) => /\/chunks\/app-/.test(f)),
    files.join(', '),
  );
  assert.ok(
    v.files.some(
      (f) =>
        f.path === '/api/self-checks' && f.status < 300 && f.headers['access-control-allow-origin'] === allowed.origin,
    ),
  );
  assert.deepEqual(v.problems, []);
  assert.deepEqual(await v.violations(), []);
  await v.context.close();
});

/** Fill the sign-up form: name, e-mail, the event's required questions and consent. Returns what was typed. */
async function fillSignup(widget, email) {
  const typed = { name: 'An Peeters', email };
  await widget.locator('#f-name').focus(); // starting on the form fetches the submission chunk
  await widget.locator('#f-name').fill(typed.name);
  await widget.locator('#f-email').fill(typed.email);
  for (const f of signupEvent.registration.fields ?? []) {
    if (!f.required) continue;
    const control = widget.locator(`[id="f-answers.${f.id}"]`);
    if (f.type === 'select') typed[`answers.${f.id}`] = (await control.selectOption({ index: 1 }))[0];
    else if (f.type === 'checkbox') await control.check();
    else
      await control.fill(
        (typed[`answers.${f.id}`] =
          f.type === 'number'
            ? '2'
            : f.type === 'email'
              ? 'info@wijnpers.example'
              : f.type === 'tel'
                ? '+32 16 12 34 56'
                : 'De Wijnpers'),
      );
  }
  await widget.locator('#f-consent').check();
  return typed;
}

const confirmed = async () =>
  (
    await (
      await fetch(`${som.url.replace('localhost', '127.0.0.1')}/api/events/${signupEvent.id}/registrations`)
    ).json()
  ).confirmed;

test("signup.js in English on an allowed origin: the form's chunks load and a person signs up", async () => {
  const before = await confirmed();
  const v = await visit(allowed, {
    head: `<script type="module" src="{som}/cdn/signup.js"></script>`,
    body: `<som-signup src="{som}/feed.json" event="${signupEvent.id}" lang="en">${fallback('inschrijven')}</som-signup>`,
  });
  const widget = v.page.locator('som-signup');
  await widget.locator('#f-name').waitFor();
  await fillSignup(widget, `an.${Date.now()}@example.org`);
  await widget.getByRole('button', { name: 'Register' }).click();
  await widget.getByText('You are registered').waitFor({ timeout: 10000 });
  assert.ok(await widget.getByRole('link', { name: 'Cancel registration' }).isVisible());
  assert.equal(await confirmed(), before + 1, 'stored by the server');
  const files = cdnFiles(v.files);
  for (const chunk of [/\/cdn\/signup\.js$/, /\/chunks\/sent-/, /\/chunks\/signup-en-/, /\/chunks\/signup-sent-en-/]) {
    assert.ok(
      files.some((f) => chunk.test(f)),
      `${chunk} in ${files.join(', ')}`,
    );
  }
  const post = v.files.find((f) => f.method === 'POST' && f.path === `/api/events/${signupEvent.id}/registrations`);
  assert.ok(post && post.status < 300, JSON.stringify(post));
  assert.equal(post?.headers['access-control-allow-origin'], allowed.origin);
  assert.deepEqual(v.problems, []);
  assert.deepEqual(await v.violations(), []);
  await v.context.close();
});

test('signup.js on an origin the server does not allow: "Niet verstuurd", and everything typed is kept', async () => {
  const before = await confirmed();
  const v = await visit(stranger, {
    head: `<script type="module" src="{som}/cdn/signup.js"></script>`,
    body: `<som-signup src="{som}/feed.json" event="${signupEvent.id}">${fallback('inschrijven')}</som-signup>`,
  });
  const widget = v.page.locator('som-signup');
  await widget.locator('#f-name').waitFor();
  const typed = await fillSignup(widget, `bert.${Date.now()}@example.org`);
  await widget.getByRole('button', { name: 'Inschrijven' }).click();
  const note = widget.locator('.note');
  await note.getByText(/^Niet verstuurd: .*Wat je invulde, blijft bewaard\./).waitFor({ timeout: 10000 });
  assert.ok(await widget.getByRole('button', { name: 'Opnieuw proberen' }).isVisible());
  for (const [id, value] of Object.entries(typed))
    assert.equal(await widget.locator(`[id="f-${id}"]`).inputValue(), value, id);
  assert.ok(await widget.locator('#f-consent').isChecked());
  assert.equal(await confirmed(), before, 'nothing reached the server');
  // The scripts still came (CDN files are open to every origin); only the API refused this page.
  cdnFiles(v.files);
  assert.ok(
    v.problems.length > 0 && v.problems.every((p) => /CORS policy|net::ERR_FAILED/.test(p)),
    v.problems.join('\n'),
  );
  assert.deepEqual(await v.violations(), []);
  await v.context.close();
});

test('som-widgets.js on another origin: every widget inside one <som-feed>', async () => {
  const v = await visit(allowed, {
    head: `<script type="module" src="{som}/cdn/som-widgets.js"></script>`,
    body: `<som-feed src="{som}/feed.json">
      <som-story-list limit="1"></som-story-list><som-portrait-list limit="1"></som-portrait-list>
      <som-calendar limit="2" no-filters></som-calendar><som-signup event="${signupEvent.id}"></som-signup>
    </som-feed>
    <som-self-check></som-self-check>`,
    images: true,
  });
  for (const [name, text] of [
    ['som-story-list', /lezen|Verhaal|Nieuws/],
    ['som-portrait-list', /Meer over/],
    ['som-calendar', /activiteit/],
    ['som-signup', /Inschrijven/],
    ['som-self-check', /Start de zelfscan/],
  ]) {
    assert.match(await shown(v.page.locator(name)), text, name);
  }
  cdnFiles(v.files);
  assert.deepEqual(v.problems, []);
  assert.deepEqual(await v.violations(), []);
  await v.context.close();
});
