// @ts-check
/**
 * The organiser's side (#14) against the real server and database: who may see what (links per event,
 * replaced links, wrong tokens refused and rate-limited, the admin), every organiser action with its log
 * entry, check-in from two clients at once, and the exports parsed back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseCsv } from '../src/organiser-model.js';
import { ADMIN_TOKEN, at, fixtureFeed, register, signup, startTestServer } from '../test-support/index.js';

/** The year as the network counts it. @param {string} iso */
const brusselsYear = (iso) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date(iso)));

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {string} */
let cookie;

/** A form POST, not following the redirect. @param {string} url @param {Record<string, string>} body @param {Record<string, string>} [headers] */
const post = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    body: new URLSearchParams(body),
    redirect: 'manual',
    headers: { ...(cookie ? { Cookie: cookie } : {}), ...headers },
  });
/** @param {string} url */
const get = (url, headers = {}) => fetch(url, { headers: { Cookie: cookie, ...headers }, redirect: 'manual' });

/** The admin makes (or replaces) an event's organiser link; returns its URL. @param {string} eventId */
async function makeLink(eventId) {
  const res = await post(`${server.url}/organiser/admin/events/${eventId}/link`, {});
  assert.equal(res.status, 200);
  const html = await res.text();
  const url = /<p class="link"><a href="([^"]+)"/.exec(html)?.[1];
  assert.ok(url, html);
  return url.replace(/&amp;/g, '&');
}

/** @param {string} eventId */
const figures = async (eventId) => (await server.storage.eventFigures(eventId))[0];
/** @param {string} eventId */
const log = (eventId) => server.storage.organiserLog(eventId, 100);
/** @param {string} eventId */
const people = (eventId) => server.storage.listActive(eventId);

/** Sign up through the public API; returns the 201 body. @param {string} eventId @param {Record<string, unknown>} [extra] */
async function signUp(eventId, extra = {}) {
  const res = await register(server.url, eventId, signup(extra));
  assert.ok(res.status === 201, `${res.status} ${await res.clone().text()}`);
  return /** @type {{ id: string, status: string, cancelUrl: string }} */ (await res.json());
}

before(async () => {
  const feed = fixtureFeed();
  // An event that took place this morning, for turnout, and one with lots of seats for the door.
  feed.events.push(
    /** @type {any} */ ({
      id: 'deur',
      title: { nl: 'Aan de deur', fr: 'À l’entrée', en: 'At the door' },
      start: at(1),
      end: at(1.1),
      registration: {
        type: 'form',
        endpoint: 'https://elsewhere.example/signup',
        privacyUrl: 'https://som.example/privacy',
        capacity: 40,
        waitlist: true,
      },
    }),
  );
  server = await startTestServer({ feed });
  const res = await post(`${server.url}/organiser/admin/login`, { token: ADMIN_TOKEN });
  assert.equal(res.status, 303);
  const set = res.headers.get('set-cookie') ?? '';
  assert.match(set, /HttpOnly/i);
  assert.match(set, /SameSite=Strict/i);
  cookie = set.split(';')[0];
});
after(() => server.close());

describe('access', () => {
  test('the admin signs in with ADMIN_TOKEN and sees every form event of the year', async () => {
    const year = brusselsYear(at(20));
    const html = await (await get(`${server.url}/organiser/admin?year=${year}`)).text();
    assert.match(html, /Open SOM-raad/);
    assert.match(html, /<tfoot>/);
    const anonymous = await fetch(`${server.url}/organiser/admin`);
    assert.doesNotMatch(await anonymous.text(), /Open SOM-raad/, 'without the cookie: the sign-in form only');
  });

  test('a link opens its own event only; another event and another event’s people stay out of reach', async () => {
    const a = await makeLink('groot');
    const b = await makeLink('klein');
    const inB = await signUp('klein', { name: 'Bea Buiten' });
    const pageA = await (await fetch(a)).text();
    assert.match(pageA, /Open SOM-raad/);
    assert.doesNotMatch(pageA, /Bea Buiten/);
    // A's link acting on B's registration changes nothing.
    const res = await post(`${a}/cancel`, { id: inB.id });
    assert.equal(res.status, 303);
    assert.equal((await people('klein')).find((r) => r.id === inB.id)?.status, 'confirmed');
    assert.match(await (await fetch(b)).text(), /Bea Buiten/);
    // The link's secret: 256 bits, base64url; only its hash is stored.
    const token = new URL(a).pathname.split('/').pop() ?? '';
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal((await server.storage.organiserLinks()).filter((l) => l.eventId === 'groot').length, 1);
  });

  test('a replaced link stops working at once, for pages, exports and actions', async () => {
    const old = await makeLink('zonder-wachtlijst');
    assert.equal((await fetch(old)).status, 200);
    const fresh = await makeLink('zonder-wachtlijst');
    for (const path of ['', '/door', '/door.json', '/print', '/registrations.csv']) {
      const res = await fetch(`${old}${path}`);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /Rondleiding/, path);
    }
    assert.equal((await post(`${old}/close`, { closed: '1' })).status, 404);
    assert.equal((await fetch(fresh)).status, 200);
    const entries = await log('zonder-wachtlijst');
    assert.deepEqual(
      entries.filter((e) => e.action === 'link').map((e) => e.actor),
      ['admin', 'admin'],
    );
  });

  test('admin changes need the cookie, and come from the server’s own pages', async () => {
    const saved = cookie;
    cookie = '';
    assert.equal((await post(`${server.url}/organiser/admin/events/groot/link`, {})).status, 404);
    assert.equal((await fetch(`${server.url}/organiser/admin/events/groot`)).status, 404);
    cookie = saved;
    const crossSite = await post(
      `${server.url}/organiser/admin/events/groot/link`,
      {},
      { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    );
    assert.equal(crossSite.status, 404);
    assert.equal((await get(`${server.url}/organiser/admin/events/groot`)).status, 200, 'the admin opens any event');
  });
});

describe('actions, each with its log entry', () => {
  /** @type {string} */
  let link;
  before(async () => {
    link = await makeLink('klein'); // capacity 2, waiting list
  });
  const linkId = async () => (await server.storage.organiserLinks()).find((l) => l.eventId === 'klein')?.id;

  test('add by hand: the form’s rules, a clear message that keeps what was typed, then the same mail', async () => {
    const bad = await post(link, {});
    assert.equal(bad.status, 405, 'the page itself takes no POST');
    const refused = await post(`${link}/add`, { name: 'Carl Telefoon', email: 'not-an-address' });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /role="alert"/);
    assert.match(html, /value="Carl Telefoon"/, 'nothing typed is lost');
    assert.match(html, /aria-invalid="true"/);
    const before = (await server.storage.recentMails(500)).length;
    const ok = await post(`${link}/add`, {
      name: 'Carl Telefoon',
      email: 'carl@example.org',
      consent: '1',
      language: 'fr',
    });
    assert.equal(ok.status, 303);
    assert.match(ok.headers.get('location') ?? '', /done=(add|addWait)/);
    const carl = (await people('klein')).find((r) => r.name === 'Carl Telefoon');
    assert.ok(carl);
    assert.equal(carl.language, 'fr');
    const mails = await server.storage.recentMails(500);
    assert.equal(mails.length, before + 1);
    assert.equal(mails[0]?.kind, 'confirmation');
    assert.equal(mails[0]?.registrationId, carl.id);
    const entry = (await log('klein')).find((e) => e.action === 'add');
    assert.equal(entry?.actor, `link:${await linkId()}`);
    assert.equal(entry?.registrationId, carl.id);
    // The log shows it with the person's name while they are registered, and says which link.
    const page = await (await fetch(link)).text();
    assert.match(page, new RegExp(`organisatorlink ${await linkId()}`));
  });

  test('cancel by the organiser: the first person waiting moves up, marked and mailed; counted apart', async () => {
    while ((await people('klein')).filter((r) => r.status === 'confirmed').length < 2) await signUp('klein');
    const waiting = await signUp('klein', { name: 'Wim Wacht' });
    assert.equal(waiting.status, 'waitlisted');
    const seat = /** @type {import('../src/db.js').Registration} */ (
      (await people('klein')).find((r) => r.status === 'confirmed')
    );
    const confirm = await fetch(`${link}/cancel?id=${seat.id}`);
    assert.match(await confirm.text(), /<form method="post"/, 'a GET only asks');
    assert.equal((await people('klein')).find((r) => r.id === seat.id)?.status, 'confirmed');
    const res = await post(`${link}/cancel`, { id: seat.id });
    assert.match(res.headers.get('location') ?? '', /done=cancelPromoted/);
    const wim = (await people('klein')).find((r) => r.id === waiting.id);
    assert.equal(wim?.status, 'confirmed');
    assert.ok(wim?.promotedAt);
    assert.equal((await figures('klein')).cancelledOrganiser, 1);
    const mails = await server.storage.recentMails(5);
    assert.ok(mails.some((m) => m.kind === 'promotion' && m.registrationId === waiting.id));
    const entry = (await log('klein')).find((e) => e.action === 'cancel');
    assert.deepEqual(entry?.detail, { was: 'confirmed' });
    assert.equal(entry?.registrationId, seat.id);
  });

  test('move up out of turn: a place now, one seat more when full', async () => {
    const first = await signUp('klein');
    const second = await signUp('klein');
    assert.equal(second.status, 'waitlisted');
    const res = await post(`${link}/move-up`, { id: second.id });
    assert.match(res.headers.get('location') ?? '', /done=moveUp/);
    const list = await people('klein');
    assert.equal(list.find((r) => r.id === second.id)?.status, 'confirmed');
    assert.equal(list.find((r) => r.id === first.id)?.status, 'waitlisted', 'the one before keeps waiting');
    const settings = await server.storage.eventSettings('klein');
    assert.equal(settings?.capacity, list.filter((r) => r.status === 'confirmed').length);
    assert.equal((await log('klein')).find((e) => e.action === 'move-up')?.registrationId, second.id);
  });

  test('capacity: raising it promotes the people waiting at once; the API and the widget see it', async () => {
    const waiting = (await people('klein')).filter((r) => r.status === 'waitlisted');
    assert.ok(waiting.length >= 1);
    const confirmed = (await figures('klein')).confirmed;
    const bad = await post(`${link}/capacity`, { capacity: '-3' });
    assert.match(bad.headers.get('location') ?? '', /error=capacity/);
    const res = await post(`${link}/capacity`, { capacity: String(confirmed + 10) });
    assert.match(res.headers.get('location') ?? '', new RegExp(`done=capacityPromoted&n=${waiting.length}`));
    assert.equal((await figures('klein')).waitlisted, 0);
    const api = await (await fetch(`${server.url}/api/events/klein/registrations`)).json();
    assert.equal(api.capacity, confirmed + 10);
    assert.equal(api.state, 'open');
    assert.equal(api.remaining, 10 - waiting.length);
    const entry = (await log('klein')).find((e) => e.action === 'capacity');
    assert.deepEqual(entry?.detail, { capacity: confirmed + 10 });
  });

  test('close early and reopen: sign-ups are refused, then taken again', async () => {
    await post(`${link}/close`, { closed: '1' });
    const refused = await register(server.url, 'klein', signup());
    assert.equal(refused.status, 410);
    assert.equal((await refused.json()).type.endsWith('/closed'), true);
    assert.equal((await (await fetch(`${server.url}/api/events/klein/registrations`)).json()).state, 'closed');
    await post(`${link}/close`, { closed: '0' });
    assert.equal((await register(server.url, 'klein', signup())).status, 201);
    const actions = (await log('klein')).map((e) => e.action);
    assert.ok(actions.includes('close') && actions.includes('reopen'));
  });

  test('a message to everyone registered goes through the outbox, one mail each', async () => {
    const n = (await figures('klein')).confirmed;
    const empty = await post(`${link}/message`, { to: 'confirmed', subject: '', body: '' });
    assert.match(empty.headers.get('location') ?? '', /error=message/);
    const res = await post(`${link}/message`, {
      to: 'confirmed',
      subject: 'Parking',
      body: 'Parkeer aan de achterkant.\n\nTot dan!',
    });
    assert.match(res.headers.get('location') ?? '', new RegExp(`done=message&n=${n}`));
    const mails = (await server.storage.recentMails(100)).filter((m) => m.payload?.message?.subject === 'Parking');
    assert.equal(mails.length, n);
    assert.deepEqual((await log('klein')).find((e) => e.action === 'message')?.detail, { to: 'confirmed', count: n });
  });
});

describe('at the door', () => {
  test('two phones checking in at once agree: set, not toggle; one log entry per real change', async () => {
    const link = await makeLink('deur');
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await signUp('deur', { name: `Deur ${i}` })).id);
    const phone = (/** @type {string} */ id, /** @type {string} */ present) =>
      post(`${link}/present`, { id, present }, { Accept: 'application/json' }).then((r) => r.json());
    // Both phones tap the same eight people at the same moment, and each one more of its own.
    const [one, two] = await Promise.all([
      Promise.all([...ids.slice(0, 8), ids[8]].map((id) => phone(/** @type {string} */ (id), '1'))),
      Promise.all([...ids.slice(0, 8), ids[9]].map((id) => phone(/** @type {string} */ (id), '1'))),
    ]);
    for (let i = 0; i < 8; i++) {
      assert.equal(one[i].presentAt, two[i].presentAt, 'the first time stays');
      assert.equal(Number(one[i].changed) + Number(two[i].changed), 1, 'exactly one of the two changed it');
    }
    const state = await (await fetch(`${link}/door.json`)).json();
    assert.equal(state.present, 10);
    assert.equal(state.confirmed, 12);
    assert.equal((await log('deur')).filter((e) => e.action === 'present').length, 10);
    // Undo from one phone; the other's poll sees it.
    await phone(/** @type {string} */ (ids[0]), '0');
    const after = await (await fetch(`${link}/door.json`)).json();
    assert.equal(after.present, 9);
    assert.equal(after.people.find((/** @type {any} */ p) => p.id === ids[0]).presentAt, null);
    // Without script: the form posts and comes back to the list.
    const plain = await post(`${link}/present?q=Deur`, { id: /** @type {string} */ (ids[11]), present: '1' });
    assert.equal(plain.status, 303);
    assert.match(plain.headers.get('location') ?? '', /\/door\?q=Deur&done=present/);
    const page = await (await fetch(`${link}?lang=en`)).text();
    assert.match(page, /10 of 12 registered people present \(83%\)/);
    const print = await (await fetch(`${link}/print`)).text();
    assert.equal((print.match(/<tr><td class="n">/g) ?? []).length, 12);
  });
});

describe('exports', () => {
  test('the CSV: BOM, ";", labels not codes, Brussels times, status in the page’s language, moved up, formulas defused', async () => {
    const link = await makeLink('vragen');
    const answers = {
      organisatie: '=HYPERLINK("http://evil")',
      telefoon: '+32 475 12 34 56',
      rol: 'directie',
      foto: true,
      aantal: -5,
    };
    await signUp('vragen', { name: 'Élodie Dupont', email: 'elodie@example.org', answers, language: 'fr' });
    await signUp('vragen', { name: '@Piet', answers: { organisatie: '-1-1', rol: 'leraar', foto: true } });
    const res = await fetch(`${link}/registrations.csv?lang=fr`);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
    assert.match(res.headers.get('content-disposition') ?? '', /vragen-inscriptions\.csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const text = new TextDecoder().decode(bytes);
    assert.ok(text.includes('";"'), 'semicolons');
    const [header, ...rows] = parseCsv(text);
    assert.deepEqual(header?.slice(0, 8), [
      'Inscrit le',
      'Statut',
      'Position',
      'Nom',
      'E-mail',
      'Langue des e-mails',
      'passé de la liste d’attente',
      'Présent·e',
    ]);
    assert.ok(header?.includes('Organisatie'), 'the field’s label (the feed has no French one)');
    const col = (/** @type {string} */ name) => /** @type {string[]} */ (header).indexOf(name);
    const elodie = rows.find((r) => r[3] === 'Élodie Dupont');
    assert.ok(elodie);
    assert.equal(elodie[1], 'inscrit');
    assert.match(elodie[0] ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const created = (await people('vragen')).find((r) => r.name === 'Élodie Dupont')?.createdAt ?? '';
    const brussels = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Brussels',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(created));
    assert.equal(elodie[0], brussels);
    assert.equal(elodie[col('Rol')], 'Directie', 'the label, not the code');
    assert.equal(elodie[col('Foto mag')], 'oui');
    assert.equal(elodie[col('Telefoon')], '+32 475 12 34 56', 'a phone number stays as it is');
    assert.equal(elodie[col('Aantal personen')], '-5', 'a negative number stays a number');
    assert.equal(elodie[col('Organisatie')], `'=HYPERLINK("http://evil")`, 'a formula is defused');
    const piet = rows.find((r) => r[3] === `'@Piet`);
    assert.ok(piet, 'a leading @ is defused');
    assert.equal(piet[col('Organisatie')], `'-1-1`, 'arithmetic is not a plain number');
  });

  test('the API export (ADMIN_TOKEN) gives the same table', async () => {
    const res = await fetch(`${server.url}/api/events/vragen/registrations.csv?lang=en`, {
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const [header] = parseCsv(await res.text());
    assert.equal(header?.[0], 'Registered on');
    assert.equal(header?.[1], 'Status');
  });

  test('moved up is marked in the CSV', async () => {
    const link = await makeLink('zonder-wachtlijst');
    await post(`${link}/capacity`, { capacity: '1' });
    const promoted = (await people('klein')).find((r) => r.promotedAt);
    assert.ok(promoted);
    const kleinLink = await makeLink('klein');
    const rows = parseCsv(await (await fetch(`${kleinLink}/registrations.csv`)).text());
    const row = rows.find((r) => r[3] === promoted.name && r[4] === promoted.email);
    assert.equal(row?.[6], 'ja');
  });

  test('the network’s year: per event and totals, as CSV too; figures outlive the retention', async () => {
    const year = brusselsYear(at(1));
    const res = await get(`${server.url}/organiser/admin/report.csv?year=${year}&lang=en`);
    assert.equal(res.status, 200);
    const rows = parseCsv(await res.text());
    assert.equal(rows[0]?.[1], 'Event');
    const door = rows.find((r) => r[1] === 'At the door');
    assert.ok(door, rows.map((r) => r[1]).join(', '));
    assert.equal(door[4], '12', 'registered');
    assert.equal(door[9], '10', 'present');
    assert.equal(door[11], '83%');
    const total = rows.at(-1);
    assert.equal(total?.[0], 'Total');
    const sum = rows.slice(1, -1).reduce((n, r) => n + Number(r[9]), 0);
    assert.equal(Number(total?.[9]), sum);
    // Retention deletes the people; the counts stay for the report.
    const f = await figures('deur');
    await server.storage.syncEvents([{ id: 'deur', endsAt: at(-60) }]);
    await server.storage.deleteEndedBefore(at(-30));
    assert.equal((await people('deur')).length, 0);
    assert.deepEqual(await figures('deur'), f);
  });
});

test('a seat given back through the reminder’s link is counted as such', async () => {
  const reg = await signUp('groot');
  const page = await (await fetch(`${reg.cancelUrl}?cancel=reminder`, { headers: { Accept: 'text/html' } })).text();
  assert.match(page, /name="via" value="reminder"/);
  const res = await fetch(reg.cancelUrl, {
    method: 'POST',
    body: new URLSearchParams({ via: 'reminder' }),
    redirect: 'manual',
    headers: { Accept: 'text/html' },
  });
  assert.equal(res.status, 303);
  assert.equal((await figures('groot')).cancelledReminder, 1);
});

test('wrong links are refused, then rate-limited per client', async () => {
  const other = await startTestServer();
  try {
    // Ten failures per client per (aligned) minute; a run that straddles a minute's end may need a few more.
    const statuses = [];
    while (statuses.at(-1) !== 429 && statuses.length < 25)
      statuses.push((await fetch(`${other.url}/organiser/e/${'x'.repeat(43)}${statuses.length}`)).status);
    assert.equal(statuses.at(-1), 429);
    assert.ok(statuses.slice(0, -1).every((s) => s === 404));
    assert.ok(statuses.length >= 11 && statuses.length <= 21, String(statuses.length));
    const wrong = await fetch(`${other.url}/organiser/admin/login`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'guess' }),
    });
    assert.equal(wrong.status, 429);
  } finally {
    await other.close();
  }
});
