// @ts-check
// The page behind a registration's link (registration-page.js), against the real server over HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { at, fixtureFeed, register, signup, startTestServer, tempDir } from '../test-support/index.js';

/** What a browser sends when following a link. */
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';
const XSS = '<script>alert("x")</script> & \'Co\'';

/** The fixture feed with a branded network, an event URL and an event whose texts carry markup. */
function brandedFeed() {
  const feed = /** @type {any} */ (fixtureFeed());
  feed.network = {
    ...feed.network,
    name: 'SOM Test & Co',
    url: 'https://som.example/',
    languages: ['nl', 'fr', 'de', 'en'],
    logo: { src: 'http://localhost:8080/img/logo.svg', alt: 'SOM Test' },
    contact: 'mailto:info@som.example',
  };
  const groot = feed.events.find((/** @type {any} */ e) => e.id === 'groot');
  groot.url = 'https://som.example/kalender/groot';
  groot.title = { nl: 'Open SOM-raad', en: 'Open SOM council', de: 'Offener SOM-Rat' };
  feed.events.push({
    id: 'markup',
    title: XSS,
    start: at(18),
    location: { name: '<img src=x onerror=alert(1)>' },
    registration: {
      type: 'form',
      endpoint: 'https://elsewhere.example/x',
      privacyUrl: 'https://som.example/privacy',
      capacity: 5,
    },
  });
  return feed;
}

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {string} */
let base;
before(async () => {
  server = await startTestServer({ feed: brandedFeed() });
  base = server.url;
});
after(() => server.close());

/**
 * @param {string} eventId @param {Record<string, unknown>} [extra]
 * @returns {Promise<{ status: string, position: number | null, cancelUrl: string, icsUrl: string }>}
 */
const signUp = async (eventId, extra) => {
  const res = await register(base, eventId, signup(extra));
  assert.equal(res.status, 201);
  return res.json();
};
/** @param {string} url @param {Record<string, string>} [headers] */
const browse = (url, headers = {}) => fetch(url, { headers: { Accept: BROWSER, ...headers }, redirect: 'manual' });
/** @param {string} url @param {Record<string, string>} [headers] */
const pageText = async (url, headers) => {
  const res = await browse(url, headers);
  assert.equal(res.status, 200, url);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  return res.text();
};
/** @param {string} cancelUrl */
const statusOf = async (cancelUrl) =>
  (await (await fetch(cancelUrl, { headers: { Accept: 'application/json' } })).json()).status;
/** @param {string} id */
const counts = async (id) => {
  const a = await (await fetch(`${base}/api/events/${id}/registrations`)).json();
  return [a.confirmed, a.waitlisted];
};
/** The page's date as Belgian (British for English) conventions write it, in Brussels time. @param {string} iso @param {string} locale */
const longDate = (iso, locale) =>
  new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Brussels',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
/** @param {string} iso */
const clock = (iso) =>
  new Intl.DateTimeFormat('nl-BE', {
    timeZone: 'Europe/Brussels',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
/** A form POST as the browser sends it from the confirm step. @param {string} url */
const postForm = (url) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { Accept: BROWSER, 'Content-Type': 'application/x-www-form-urlencoded', Origin: new URL(url).origin },
    body: '',
  });

describe('the page in the language the person signed up in', () => {
  const groot = /** @type {any} */ (brandedFeed().events.find((/** @type {any} */ e) => e.id === 'groot'));
  const cases = [
    {
      language: 'nl',
      locale: 'nl-BE',
      title: 'Open SOM-raad',
      status: 'Je bent ingeschreven.',
      h1: 'Je inschrijving',
      when: 'Wanneer',
      cancel: 'Inschrijving annuleren',
      ics: 'Zet de activiteit in je agenda',
    },
    {
      language: 'fr',
      locale: 'fr-BE',
      title: 'Open SOM-raad',
      status: 'Vous êtes inscrit·e.',
      h1: 'Votre inscription',
      when: 'Quand',
      cancel: 'Annuler l’inscription',
      ics: 'Ajouter l’activité à mon agenda',
    },
    {
      language: 'de',
      locale: 'de-BE',
      title: 'Offener SOM-Rat',
      status: 'Sie sind angemeldet.',
      h1: 'Ihre Anmeldung',
      when: 'Wann',
      cancel: 'Anmeldung stornieren',
      ics: 'Die Veranstaltung in meinen Kalender eintragen',
    },
    {
      language: 'en',
      locale: 'en-GB',
      title: 'Open SOM council',
      status: 'You are registered.',
      h1: 'Your registration',
      when: 'When',
      cancel: 'Cancel registration',
      ics: 'Add the event to my calendar',
    },
  ];
  for (const c of cases) {
    test(c.language, async () => {
      const reg = await signUp('groot', { language: c.language });
      // The browser's own language does not matter: the person chose theirs when signing up.
      const html = await pageText(reg.cancelUrl, { 'Accept-Language': 'nl-BE,nl;q=0.9' });
      assert.match(html, new RegExp(`<html lang="${c.language}">`));
      assert.match(html, new RegExp(`<h1>${c.h1}</h1>`));
      assert.ok(
        html.includes(`<h2 id="event-title">${c.title}</h2>`),
        'the event title in that language where the feed has it',
      );
      assert.ok(html.includes(c.status));
      assert.ok(html.includes(`<dt>${c.when}</dt>`));
      assert.ok(html.includes(longDate(groot.start, c.locale)), `the date as ${c.locale} writes it`);
      assert.ok(html.includes(`${clock(groot.start)}`), 'the time in Brussels, 24-hour clock');
      assert.ok(html.includes('HAL 5, Gineste Dumortierstraat 5, 3010 Leuven'), 'the place');
      assert.ok(html.includes(`<a href="${reg.icsUrl}">${c.ics}</a>`), 'the calendar file');
      assert.ok(html.includes('href="https://som.example/kalender/groot"'), 'a link back to the event');
      assert.ok(html.includes(`href="${reg.cancelUrl}?cancel=1">${c.cancel}</a>`), 'the way to the confirm step');
      assert.doesNotMatch(html, /<form/, 'the page itself has no cancel form: that is the confirm step');
    });
  }

  test('English dates are British, not American', async () => {
    const reg = await signUp('groot', { language: 'en' });
    const html = await pageText(reg.cancelUrl);
    assert.ok(!html.includes(longDate(groot.start, 'en-US')));
  });

  test('the network: name, logo and contact; the logo allowed by the CSP', async () => {
    const reg = await signUp('groot');
    const res = await browse(reg.cancelUrl);
    const html = await res.text();
    assert.match(html, /<header class="site">/);
    assert.ok(
      html.includes(
        `<a href="https://som.example/" class="brand"><img src="${base}/img/logo.svg" alt=""><span class="name">SOM Test &#38; Co</span></a>`,
      ),
    );
    assert.ok(html.includes('<a href="mailto:info@som.example">'));
    assert.match(html, /<title>Je inschrijving voor Open SOM-raad – SOM Test &#38; Co<\/title>/);
    assert.match(
      res.headers.get('content-security-policy') ?? '',
      new RegExp(`img-src ${base.replace(/[.]/g, '\\.')}(;|$)`),
    );
    assert.equal(res.headers.get('content-language'), 'nl');
  });
});

describe('the waiting list', () => {
  test('the position, and that cancelling takes the person off the list (not that it frees a seat)', async () => {
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await signUp('klein'));
    assert.deepEqual(
      people.map((p) => [p.status, p.position]),
      [
        ['confirmed', null],
        ['confirmed', null],
        ['waitlisted', 1],
        ['waitlisted', 2],
      ],
    );
    const html = await pageText(people[3].cancelUrl);
    assert.ok(html.includes('Je staat op de wachtlijst, op plaats 2.'));
    assert.ok(html.includes('Komt er een plaats vrij, dan schuif je automatisch door.'));
    assert.ok(html.includes('Je verdwijnt dan van de wachtlijst.'));
    assert.ok(html.includes('voorlopig en zonder herinnering'));
    assert.doesNotMatch(html, /je plaats|vrij voor iemand/i);

    const confirm = await pageText(`${people[3].cancelUrl}?cancel=1`);
    assert.ok(confirm.includes('Je verdwijnt dan van de wachtlijst.'));
    assert.ok(confirm.includes('Nee, ik blijf op de wachtlijst'));
    assert.doesNotMatch(confirm, /Je plaats/);

    const fr = await signUp('klein', { language: 'fr' });
    assert.ok((await pageText(fr.cancelUrl)).includes('Vous êtes sur la liste d’attente, en position 3.'));
  });
});

describe('cancelling: a confirm step, then a POST', () => {
  test('a confirmed seat goes to the first person waiting, and the page says so', async () => {
    const fresh = await startTestServer({ feed: brandedFeed() });
    try {
      const reg = async (/** @type {string} */ email) => (await register(fresh.url, 'klein', signup({ email }))).json();
      const [first, , waiting] = [await reg('a@example.org'), await reg('b@example.org'), await reg('c@example.org')];
      assert.equal(waiting.status, 'waitlisted');

      const confirm = await pageText(`${first.cancelUrl}?cancel=1`);
      assert.match(confirm, /<h1>Wil je je inschrijving annuleren\?<\/h1>/);
      assert.ok(confirm.includes('Je plaats gaat dan meteen naar de eerste persoon op de wachtlijst.'));
      assert.ok(confirm.includes(`<form method="post" action="${first.cancelUrl}" class="actions">`));
      assert.match(confirm, /<button type="submit">Ja, annuleer mijn inschrijving<\/button>/);
      assert.ok(confirm.includes(`<a href="${first.cancelUrl}">Nee, ik blijf ingeschreven</a>`));
      assert.equal(await statusOf(first.cancelUrl), 'confirmed', 'showing the confirm step cancels nothing');

      const posted = await postForm(`${first.cancelUrl}?cancel=1`);
      assert.equal(posted.status, 303);
      const done = new URL(posted.headers.get('location') ?? '', `${first.cancelUrl}?cancel=1`).href;
      assert.equal(done, `${first.cancelUrl}?done=passed`);
      const html = await pageText(done);
      assert.match(html, /<h1>Je inschrijving is geannuleerd<\/h1>/);
      assert.ok(html.includes('Je plaats is doorgegeven aan de eerste persoon op de wachtlijst.'));
      assert.doesNotMatch(html, /<form|\?cancel=1|calendar\.ics/, 'nothing left to cancel, no calendar file');

      assert.equal(await statusOf(waiting.cancelUrl), 'confirmed', 'the next person waiting got the seat');
      assert.ok((await pageText(waiting.cancelUrl)).includes('Je bent ingeschreven.'));

      // Posting again (a second tab) is harmless and says it was already cancelled.
      const again = await postForm(first.cancelUrl);
      assert.equal(again.headers.get('location'), first.cancelUrl.split('/').pop());
      assert.ok((await pageText(first.cancelUrl)).includes('Deze inschrijving is geannuleerd.'));
    } finally {
      await fresh.close();
    }
  });

  test('a seat nobody is waiting for is freed; a waiting-list place is left', async () => {
    const seat = await signUp('groot', { language: 'de' });
    const confirm = await pageText(`${seat.cancelUrl}?cancel=1`);
    assert.ok(confirm.includes('Ihr Platz wird dann für jemand anderen frei.'));
    const posted = await postForm(seat.cancelUrl);
    const freed = await pageText(new URL(posted.headers.get('location') ?? '', seat.cancelUrl).href);
    assert.match(freed, /<html lang="de">/);
    assert.ok(freed.includes('Ihr Platz ist für jemand anderen frei geworden.'));

    const people = [];
    for (let i = 0; i < 3; i++) people.push(await signUp('klein', { language: 'en' }));
    const waiting = people.find((p) => p.status === 'waitlisted');
    assert.ok(waiting);
    const left = await postForm(waiting.cancelUrl);
    assert.equal(left.headers.get('location'), `${waiting.cancelUrl.split('/').pop()}?done=left`);
    const html = await pageText(`${waiting.cancelUrl}?done=left`);
    assert.ok(html.includes('You are no longer on the waiting list.'));
  });

  test('?done= only speaks for a cancelled registration, and only its known values', async () => {
    const reg = await signUp('groot');
    const html = await pageText(`${reg.cancelUrl}?done=passed`);
    assert.ok(html.includes('Je bent ingeschreven.'));
    assert.doesNotMatch(html, /geannuleerd/);
    await fetch(reg.cancelUrl, { method: 'DELETE' });
    const odd = await pageText(`${reg.cancelUrl}?done=<b>`);
    assert.ok(odd.includes('Deze inschrijving is geannuleerd.'));
    assert.doesNotMatch(odd, /<b>/);
  });
});

describe('a GET never cancels', () => {
  test('the page, the confirm step, HEAD and JSON reads leave the registration as it was', async () => {
    const reg = await signUp('groot');
    const before = await counts('groot');
    await browse(reg.cancelUrl);
    await browse(`${reg.cancelUrl}?cancel=1`);
    await browse(`${reg.cancelUrl}?cancel=1&done=passed`);
    await fetch(`${reg.cancelUrl}?cancel=1`, { method: 'HEAD', headers: { Accept: BROWSER } });
    await fetch(`${reg.cancelUrl}?cancel=1`);
    assert.equal(await statusOf(reg.cancelUrl), 'confirmed');
    assert.deepEqual(await counts('groot'), before);
  });
});

describe('HTML for browsers, JSON for API clients', () => {
  test('by Accept, with Vary: Accept and no caching', async () => {
    const reg = await signUp('groot');
    for (const accept of ['application/json', '*/*', 'application/json, text/html;q=0.5', undefined]) {
      const res = await fetch(reg.cancelUrl, accept ? { headers: { Accept: accept } } : {});
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, String(accept));
      assert.equal((await res.json()).status, 'confirmed');
    }
    for (const accept of [BROWSER, 'text/html']) {
      const res = await browse(reg.cancelUrl, { Accept: accept });
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/, accept);
      assert.match(res.headers.get('vary') ?? '', /Accept/);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    }
  });

  test("an unknown link: a page in the browser's language (404), a problem for API clients", async () => {
    const unknown = `${base}/api/registrations/${'x'.repeat(43)}`;
    const expected = [
      ['fr-BE,fr;q=0.9,en;q=0.8', 'fr', 'Ce lien ne fonctionne pas (ou plus)'],
      ['es,de;q=0.7,en;q=0.5', 'de', 'Dieser Link funktioniert nicht (mehr)'],
      ['en-GB', 'en', 'This link does not work (any more)'],
      ['', 'nl', 'Deze link werkt niet (meer)'],
    ];
    for (const [acceptLanguage, lang, h1] of expected) {
      const res = await browse(unknown, acceptLanguage ? { 'Accept-Language': acceptLanguage } : {});
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${lang}">`), acceptLanguage);
      assert.ok(html.includes(`<h1>${h1}</h1>`), acceptLanguage);
      assert.match(html, /30/, 'says registrations are deleted after the retention period');
      assert.match(html, /<a href="https:\/\/som\.example\/">/, 'a way on to the network');
    }
    const post = await postForm(unknown);
    assert.equal(post.status, 404);
    assert.match(post.headers.get('content-type') ?? '', /^text\/html/);
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await fetch(unknown, { method, headers: { Accept: 'application/json' } });
      assert.equal(res.status, 404);
      assert.equal(res.headers.get('content-type'), 'application/problem+json');
    }
  });

  test('an old calendar link: the page for browsers (404 unknown, 410 cancelled), problems for calendar apps', async () => {
    const unknown = await browse(`${base}/api/registrations/onbekend/calendar.ics`, { 'Accept-Language': 'en' });
    assert.equal(unknown.status, 404);
    assert.match(await unknown.text(), /<h1>This link does not work \(any more\)<\/h1>/);

    const reg = await signUp('groot', { language: 'fr' });
    await fetch(reg.cancelUrl, { method: 'DELETE' });
    const gone = await browse(reg.icsUrl);
    assert.equal(gone.status, 410);
    const html = await gone.text();
    assert.match(html, /<html lang="fr">/);
    assert.ok(html.includes('Cette inscription a été annulée.'));
    assert.match(html, /<link rel="stylesheet" href="\.\.\/\.\.\/\.\.\/assets\/pages\.css">/);
    const app = await fetch(reg.icsUrl, { headers: { Accept: 'text/calendar' } });
    assert.equal(app.status, 410);
    assert.equal(app.headers.get('content-type'), 'application/problem+json');
  });
});

describe('strict CSP: no inline script or style', () => {
  test('every kind of page: the header, the markup, and the stylesheet it links', async () => {
    const reg = await signUp('klein');
    const cancelled = await signUp('groot');
    await fetch(cancelled.cancelUrl, { method: 'DELETE' });
    const pages = [
      reg.cancelUrl,
      `${reg.cancelUrl}?cancel=1`,
      `${cancelled.cancelUrl}?done=freed`,
      `${base}/api/registrations/onbekend`,
    ];
    for (const url of pages) {
      const res = await browse(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /^default-src 'none'; style-src 'self'(;|$)/, url);
      assert.match(csp, /form-action 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|sha256-|nonce-|script-src/, url);
      const html = await res.text();
      assert.doesNotMatch(html, /<script|<style|\sstyle=|\son[a-z]+=/i, url);
      const href = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1];
      assert.ok(href, url);
      const css = await fetch(new URL(href, url));
      assert.equal(css.status, 200, href);
      assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.match(await css.text(), /\.status/);
    }
  });
});

describe('the other page on html.js', () => {
  test('the self-check results link the same stylesheet, with no inline style', async () => {
    const res = await fetch(`${base}/self-checks`, { headers: { Accept: BROWSER } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy') ?? '', /^default-src 'none'; style-src 'self';/);
    const html = await res.text();
    assert.doesNotMatch(html, /<style|\sstyle=/);
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.equal(new URL(href, `${base}/self-checks`).href, `${base}/assets/pages.css`);
  });
});

describe('feed text is text', () => {
  test('a title and a place with markup are shown escaped', async () => {
    const reg = await signUp('markup');
    const html = await pageText(reg.cancelUrl);
    assert.ok(html.includes('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;Co&#39;'));
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62;'));
    assert.doesNotMatch(html, /<script|<img src=x/);
    assert.ok((await pageText(`${reg.cancelUrl}?cancel=1`)).includes('&#60;script&#62;'));
  });
});

describe('the event changed after signing up', () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let later;
  /** @type {{ cancelUrl: string, icsUrl: string }} */
  let a;
  /** @type {{ cancelUrl: string, icsUrl: string }} */
  let b;
  before(async () => {
    const dir = tempDir();
    const first = await startTestServer({ dir, feed: brandedFeed() });
    try {
      a = await (await register(first.url, 'groot', signup())).json();
      b = await (await register(first.url, 'klein', signup({ language: 'en' }))).json();
    } finally {
      await first.close();
    }
    // The same database, a new feed: 'groot' cancelled with a reason, and the clock past 'klein'.
    const feed = brandedFeed();
    Object.assign(
      feed.events.find((/** @type {any} */ e) => e.id === 'groot'),
      { status: 'cancelled', statusReason: { nl: 'Wegens ziekte' } },
    );
    later = await startTestServer({ dir, feed, now: () => new Date(Date.now() + 16 * 86_400_000) });
  });
  after(() => later?.close());

  test('a cancelled event: said with its reason, nothing to cancel', async () => {
    const html = await pageText(a.cancelUrl.replace(/^https?:\/\/[^/]+/, later.url));
    assert.ok(html.includes('Deze activiteit is afgelast.'));
    assert.ok(html.includes('Wegens ziekte'));
    assert.ok(html.includes('Je hoeft niets meer te doen.'));
    assert.doesNotMatch(html, /\?cancel=1|calendar\.ics/);
  });

  test('a past event: said, nothing to cancel, no calendar file', async () => {
    const url = b.cancelUrl.replace(/^https?:\/\/[^/]+/, later.url);
    const html = await pageText(url);
    assert.ok(html.includes('This event is over.'));
    assert.doesNotMatch(html, /\?cancel=1|calendar\.ics/);
    assert.doesNotMatch(await pageText(`${url}?cancel=1`), /<form/, 'no confirm step for an event that is over');
  });
});
