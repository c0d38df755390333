// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { availabilityState } from 'som-widgets/feed';
import { at, day, fixtureFeed, register, signup, startTestServer } from '../test-support/index.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** @param {string} query */
async function calendar(query = '') {
  const res = await fetch(`${server.url}/calendar.ics${query}`);
  assert.equal(res.status, 200);
  const ics = await res.text();
  return { res, ics, uids: [...ics.matchAll(/\r\nUID:([^@]+)@som-test\r\n/g)].map((m) => m[1]).sort() };
}

test('the subscription calendar: upcoming events and the last 30 days', async () => {
  const { res, ics, uids } = await calendar();
  assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
  assert.equal(res.headers.get('access-control-allow-origin'), '*');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /\r\nX-WR-CALNAME:SOM Test\r\n/);
  assert.match(ics, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n/);
  assert.match(ics, /\r\nMETHOD:PUBLISH\r\n/);
  assert.ok(uids.includes('voorbij'), 'ended 10 days ago: still listed');
  assert.ok(!uids.includes('lang-geleden'), 'ended 60 days ago: left out');
  assert.ok(uids.includes('afgelast'));
  assert.match(ics, /UID:afgelast@som-test\r\n(?:.*\r\n)*?STATUS:CANCELLED\r\n/);
  assert.match(ics, /\r\nDTSTART;VALUE=DATE:\d{8}\r\n/, 'the all-day event');
});

test('filters: repeated or comma-separated values match any; different filters must all match', async () => {
  assert.deepEqual((await calendar('?level=secundair-1')).uids, ['groot', 'vragen']);
  assert.deepEqual((await calendar('?level=lager&level=secundair-1')).uids, ['groot', 'klein', 'studiedag', 'vragen']);
  assert.deepEqual((await calendar('?level=lager,secundair-1')).uids, ['groot', 'klein', 'studiedag', 'vragen']);
  assert.deepEqual((await calendar('?audience=leraren&level=secundair-1')).uids, ['groot']);
  assert.deepEqual((await calendar('?audience=directies&theme=iedereen-aan-boord')).uids, ['studiedag']);
  assert.deepEqual((await calendar('?theme=bestaat-niet')).uids, []);
  assert.match((await calendar('?audience=leraren')).ics, /\r\nX-WR-CALNAME:SOM Test \(leraren\)\r\n/);
});

test('ETag and 304, and another language', async () => {
  const { res } = await calendar();
  const again = await fetch(`${server.url}/calendar.ics`, {
    headers: { 'If-None-Match': res.headers.get('etag') ?? '' },
  });
  assert.equal(again.status, 304);
  assert.match((await calendar('?lang=en')).ics, /\r\nSUMMARY:Open SOM council\r\n/);
});

// ---- Sign-up availability and a registration's calendar file agree with the widgets ----------------

describe("availability: the server answers what the widgets' rule (src/feed/availability.ts) says", () => {
  const privacyUrl = 'https://som.example/privacy';
  /** @param {Record<string, unknown>} extra */
  const form = (extra = {}) => ({ type: 'form', endpoint: 'https://elsewhere.example/signup', privacyUrl, ...extra });
  /**
   * Inputs for both: the event, how many to sign up, the state expected before and after.
   * @type {[string, Record<string, unknown>, number, string, string][]}
   */
  const cases = [
    ['open', { start: at(10), registration: form() }, 2, 'open', 'open'],
    ['seats', { start: at(10), registration: form({ capacity: 2 }) }, 2, 'open', 'full'],
    ['seats-wl', { start: at(10), registration: form({ capacity: 1, waitlist: true }) }, 2, 'open', 'waitlist'],
    ['marked-full', { start: at(10), status: 'full', registration: form({ capacity: 150 }) }, 0, 'full', 'full'],
    [
      'marked-full-wl',
      { start: at(10), status: 'full', registration: form({ capacity: 150, waitlist: true }) },
      1,
      'waitlist',
      'waitlist',
    ],
    ['deadline', { start: at(10), registration: form({ closes: at(-1) }) }, 0, 'closed', 'closed'],
    ['over', { start: at(-2), end: at(-1.9), registration: form() }, 0, 'closed', 'closed'],
    ['later', { start: at(30), registration: form({ opens: at(3) }) }, 0, 'not-yet-open', 'not-yet-open'],
    [
      'cancelled',
      { start: at(10), status: 'cancelled', registration: form({ opens: at(3) }) },
      0,
      'cancelled',
      'cancelled',
    ],
    ['all-day', { start: day(1), registration: form() }, 0, 'open', 'open'], // tomorrow in UTC: today or tomorrow in Brussels
  ];
  const feed = { ...fixtureFeed(), events: cases.map(([id, e]) => ({ id, title: id, ...e })) };
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let own;
  before(async () => {
    own = await startTestServer({ feed });
  });
  after(() => own.close());
  /** @param {string} id */
  const ask = async (id) => (await fetch(`${own.url}/api/events/${id}/registrations`)).json();

  for (const [id, , signups, was, becomes] of cases) {
    test(id, async () => {
      const event = /** @type {import('som-widgets/feed').FeedEvent} */ (feed.events.find((e) => e.id === id));
      const first = await ask(id);
      assert.equal(first.state, was);
      // The feed alone (what <som-signup> and the calendar show when the endpoint cannot be asked) agrees.
      assert.equal(availabilityState(event, Date.now(), 'Europe/Brussels'), was);
      for (let i = 0; i < signups; i++) assert.ok((await register(own.url, id, signup())).ok);
      const then = await ask(id);
      assert.equal(then.state, becomes);
      assert.equal(availabilityState(event, Date.now(), 'Europe/Brussels', then.confirmed), becomes);
    });
  }
});

describe("a registration's calendar file", () => {
  /** @type {Awaited<ReturnType<typeof startTestServer>>} */
  let own;
  before(async () => {
    own = await startTestServer();
  });
  after(() => own.close());
  /** @param {string} url */
  const ics = async (url) => {
    const res = await fetch(url);
    assert.equal(res.status, 200);
    return (await res.text()).replace(/\r\n /g, ''); // unfolded
  };

  test('a confirmed seat: CONFIRMED, a reminder, the cancel link; the waiting list: TENTATIVE, says so, no reminder, the cancel link', async () => {
    // "klein" has two seats and a waiting list.
    const seats = [
      await (await register(own.url, 'klein', signup())).json(),
      await (await register(own.url, 'klein', signup())).json(),
    ];
    const waiting = await (await register(own.url, 'klein', signup())).json();
    assert.deepEqual([...seats.map((r) => r.status), waiting.status], ['confirmed', 'confirmed', 'waitlisted']);

    const confirmed = await ics(seats[0].icsUrl);
    assert.match(confirmed, /\r\nSUMMARY:Labo in kleine groep\r\n/);
    assert.match(confirmed, /\r\nSTATUS:CONFIRMED\r\n/);
    assert.match(confirmed, /\r\nBEGIN:VALARM\r\n/);
    assert.ok(confirmed.includes(`Annuleer je inschrijving: ${seats[0].cancelUrl}`), 'the cancel link');

    const tentative = await ics(waiting.icsUrl);
    assert.match(tentative, /\r\nSUMMARY:Labo in kleine groep \(wachtlijst\)\r\n/);
    assert.match(tentative, /\r\nSTATUS:TENTATIVE\r\n/);
    assert.doesNotMatch(tentative, /VALARM/);
    assert.match(tentative, /\r\nDESCRIPTION:Je staat op de wachtlijst\./);
    assert.ok(tentative.includes(`Annuleer je inschrijving: ${waiting.cancelUrl}`), 'the cancel link');

    // The HTML page of a waiting-list registration does not promise a reminder either.
    const page = await (await fetch(waiting.cancelUrl, { headers: { Accept: 'text/html' } })).text();
    assert.match(page, /zonder herinnering/);
    assert.doesNotMatch(page, /met een herinnering/);

    // Promoted when a seat is cancelled: the file becomes the confirmed one.
    assert.equal((await fetch(seats[1].cancelUrl, { method: 'DELETE' })).status, 200);
    const promoted = await ics(waiting.icsUrl);
    assert.match(promoted, /\r\nSTATUS:CONFIRMED\r\n/);
    assert.match(promoted, /\r\nBEGIN:VALARM\r\n/);
  });
});
