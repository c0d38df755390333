// @ts-check
// FEED_SOURCES: the server builds its feed from the base and partners' sources (a local HTTP source and a
// file) at start and on a schedule, keeps last good items through a source's outage and a restart, keeps
// the published feed when a build gives none, mails the registrants of an event a rebuild moved, and shows
// the last build's problems to the network's admin.
import assert from 'node:assert/strict';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { describe, test } from 'node:test';
import { FeedFileError } from '../src/feed.js';
import { ADMIN_TOKEN, at, fixtureFeed, register, signup, startTestServer, tempDir } from '../test-support/index.js';
import { FAST, startSmtp } from '../test-support/smtp.js';

const DAY = 86_400_000;

/** An iCalendar UTC time `days` from now. @param {number} days */
const icsTime = (days) =>
  new Date(Date.now() + days * DAY)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
/** @param {string} uid @param {string} summary @param {number} days */
const vevent = (uid, summary, days) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  `SUMMARY:${summary}`,
  `DTSTART:${icsTime(days)}`,
  `DTEND:${icsTime(days + 0.05)}`,
  'DTSTAMP:20260101T000000Z',
  'END:VEVENT',
];
/** @param {string[][]} events */
const ics = (...events) =>
  `${['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SOM test//EN', ...events.flat(), 'END:VCALENDAR'].join('\r\n')}\r\n`;

/**
 * A partner's calendar on a local HTTP server: answers with its ETag, 304 when it is sent back, 503 when down.
 */
async function startSource() {
  const state = { body: '', etag: '"v1"', down: false, hang: false, ok: 0, notModified: 0, failed: 0 };
  /** @type {Set<import('node:http').ServerResponse>} */
  const hanging = new Set();
  const server = createServer((req, res) => {
    if (state.hang) {
      hanging.add(res); // never answers, as a stuck partner server
    } else if (state.down) {
      state.failed++;
      res.writeHead(503).end();
    } else if (req.headers['if-none-match'] === state.etag) {
      state.notModified++;
      res.writeHead(304, { ETag: state.etag }).end();
    } else {
      state.ok++;
      res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: state.etag }).end(state.body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/agenda.ics`,
    state,
    close: () =>
      new Promise((r) => {
        for (const res of hanging) res.destroy();
        server.close(() => r(undefined));
      }),
  };
}

/**
 * The sources file in `dir`: the base is the feed.json startTestServer writes there.
 * @param {string} dir @param {string} url the HTTP source
 */
function writeSources(dir, url) {
  const file = path.join(dir, 'feed.sources.json');
  writeFileSync(
    file,
    JSON.stringify({
      base: 'feed.json',
      sources: [
        { id: 'partner', type: 'ics', name: 'Partnerschool', url },
        { id: 'bib', type: 'ics', name: 'Bibliotheek', file: 'bib.ics' },
      ],
    }),
  );
  writeFileSync(path.join(dir, 'bib.ics'), ics(vevent('lees@bib', 'Leesclub voor leraren', 9)));
  return file;
}

/** @param {string} base */
async function feedOf(base) {
  const res = await fetch(`${base}/feed.json`);
  assert.equal(res.status, 200);
  const feed = await res.json();
  /** @param {string} prefix */
  const titles = (prefix) =>
    feed.events
      .filter((/** @type {any} */ e) => e.id.startsWith(`${prefix}-`))
      .map((/** @type {any} */ e) => e.title)
      .sort();
  return { feed, etag: res.headers.get('etag'), partner: titles('partner'), bib: titles('bib') };
}

/** @param {string} base @param {string} [token] @param {string} [query] */
const problemsOf = (base, token = ADMIN_TOKEN, query = '') =>
  fetch(`${base}/api/admin/feed-problems${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe('the feed built from sources', () => {
  test('merged at start; a rebuild picks up a change, a 304 keeps the items, a source down keeps its last good items, also across a restart', async () => {
    const dir = tempDir();
    const feed = fixtureFeed();
    const source = await startSource();
    source.state.body = ics(vevent('a@partner', 'Open klas', 5), vevent('b@partner', 'Studiedag partners', 14));
    const env = { FEED_SOURCES: writeSources(dir, source.url) };
    let server = await startTestServer({ dir, feed, env });
    try {
      const first = await feedOf(server.url);
      assert.deepEqual(first.partner, ['Open klas', 'Studiedag partners']);
      assert.deepEqual(first.bib, ['Leesclub voor leraren']);
      assert.ok(
        first.feed.events.some((/** @type {any} */ e) => e.id === 'groot'),
        "the base's events stay",
      );
      // Pointed at this server like a FEED_FILE feed.
      const groot = first.feed.events.find((/** @type {any} */ e) => e.id === 'groot');
      assert.equal(groot.registration.endpoint, `${server.url}/api/events/groot/registrations`);
      assert.equal(source.state.ok, 1);
      assert.ok(
        server.logs.some((l) =>
          /^feed: built from .*feed\.sources\.json: \d+ event\(s\); sources: partner ok 2, bib ok 1; problems: 0 error/.test(
            l,
          ),
        ),
        server.logs.join('\n'),
      );

      // Unchanged: the source answers 304 to the ETag it gave, and the feed (and its ETag) stay.
      assert.equal((await server.refreshFeed()).swapped, false);
      assert.equal(source.state.notModified, 1);
      const same = await feedOf(server.url);
      assert.equal(same.etag, first.etag);
      assert.deepEqual(same.partner, first.partner);
      const report = await (await problemsOf(server.url)).json();
      assert.equal(report.sources.find((/** @type {any} */ s) => s.id === 'partner').state, 'not-modified');

      // Changed: the next build publishes it, the feed's ETag and the calendar follow.
      source.state.body = ics(
        vevent('a@partner', 'Open klas', 5),
        vevent('b@partner', 'Studiedag partners', 14),
        vevent('c@partner', 'Schoolfeest', 20),
      );
      source.state.etag = '"v2"';
      assert.equal((await server.refreshFeed()).swapped, true);
      const changed = await feedOf(server.url);
      assert.deepEqual(changed.partner, ['Open klas', 'Schoolfeest', 'Studiedag partners']);
      assert.notEqual(changed.etag, first.etag);
      assert.equal(
        (await fetch(`${server.url}/feed.json`, { headers: { 'If-None-Match': /** @type {string} */ (changed.etag) } }))
          .status,
        304,
      );
      assert.match(await (await fetch(`${server.url}/calendar.ics`)).text(), /SUMMARY:Schoolfeest/);

      // Down: its last good items stay in the feed, and the admin sees why.
      source.state.down = true;
      assert.equal((await server.refreshFeed()).swapped, false);
      assert.deepEqual((await feedOf(server.url)).partner, changed.partner);
      const down = await (await problemsOf(server.url)).json();
      assert.equal(down.sources.find((/** @type {any} */ s) => s.id === 'partner').state, 'kept-last-good');
      assert.ok(
        down.problems.some(
          (/** @type {any} */ p) => p.source === 'partner' && p.code === 'fetchFailed' && /HTTP 503/.test(p.message),
        ),
      );
      assert.ok(down.problems.some((/** @type {any} */ p) => p.source === 'partner' && p.code === 'keptLastGood'));
    } finally {
      await server.close();
    }

    // The cache is beside the database, readable only by the server's user.
    const cacheFile = path.join(dir, 'data/som.db.sources-cache.json');
    assert.ok(existsSync(cacheFile));
    assert.equal(statSync(cacheFile).mode & 0o777, 0o600);

    // A restart while the source is still down: its items come from the saved cache.
    server = await startTestServer({ dir, feed, env });
    try {
      const after = await feedOf(server.url);
      assert.deepEqual(after.partner, ['Open klas', 'Schoolfeest', 'Studiedag partners']);
      assert.deepEqual(after.bib, ['Leesclub voor leraren']);
      assert.ok(
        server.logs.some((l) =>
          /sources: partner kept-last-good 3, bib ok 1; problems: 1 error\(s\) \(partner:fetchFailed\)/.test(l),
        ),
        server.logs.join('\n'),
      );

      // Back up: the next build reads it again.
      source.state.down = false;
      source.state.body = ics(vevent('a@partner', 'Open klas', 5));
      source.state.etag = '"v3"';
      assert.equal((await server.refreshFeed()).swapped, true);
      assert.deepEqual((await feedOf(server.url)).partner, ['Open klas']);
    } finally {
      await server.close();
      await source.close();
    }
  });

  test('closing the server does not wait for a stuck source: the build in flight stops and publishes nothing', async () => {
    const dir = tempDir();
    const source = await startSource();
    source.state.body = ics(vevent('a@partner', 'Open klas', 5));
    const server = await startTestServer({ dir, env: { FEED_SOURCES: writeSources(dir, source.url) } });
    try {
      source.state.hang = true;
      const build = server.refreshFeed();
      await new Promise((r) => setTimeout(r, 200));
      const started = Date.now();
      await server.close();
      assert.ok(Date.now() - started < 5000, "closed without waiting for the source's 20 s timeout");
      assert.equal((await build).swapped, false);
    } finally {
      await server.close();
      await source.close();
    }
  });

  test('a build that gives no valid feed keeps the published one (also across a restart), and says so with counts only', async () => {
    const dir = tempDir();
    const feed = fixtureFeed();
    const source = await startSource();
    source.state.body = ics(vevent('a@partner', 'Open klas', 5));
    const env = { FEED_SOURCES: writeSources(dir, source.url) };
    const server = await startTestServer({ dir, feed, env });
    /** @type {Awaited<ReturnType<typeof startTestServer>> | undefined} */
    let again;
    try {
      const before = await feedOf(server.url);
      writeFileSync(path.join(dir, 'feed.json'), JSON.stringify({ version: 1, events: [] })); // the base broken
      assert.equal((await server.refreshFeed()).swapped, false);
      const kept = await feedOf(server.url);
      assert.equal(kept.etag, before.etag);
      assert.equal(kept.feed.events.length, before.feed.events.length);
      const line = server.logs.find((l) => /gave no valid feed/.test(l)) ?? '';
      assert.match(
        line,
        /^feed: the build from sources gave no valid feed; keeping the one published since \S+; problems: 1 error\(s\) \(base:baseInvalid\), 0 warning\(s\), 0 info$/,
      );
      const report = await (await problemsOf(server.url)).json();
      assert.equal(report.ok, false);
      assert.equal(report.counts.error, 1);
      assert.equal(report.problems[0].code, 'baseInvalid');
      await server.close();

      // Restarted with the base still broken: the last feed built is published again.
      again = await startTestServer({ dir, feed: { version: 1, events: [] }, env });
      const restarted = await feedOf(again.url);
      assert.deepEqual(
        restarted.feed.events.map((/** @type {any} */ e) => e.id),
        before.feed.events.map((/** @type {any} */ e) => e.id),
      );
      assert.ok(
        again.logs.some((l) => /gave no valid feed; publishing the last one built/.test(l)),
        again.logs.join('\n'),
      );
    } finally {
      await server.close();
      await again?.close();
      await source.close();
    }

    // Nothing to fall back on (a first start): the server refuses to start, as with an invalid FEED_FILE.
    const fresh = tempDir();
    await assert.rejects(
      startTestServer({
        dir: fresh,
        feed: { version: 1 },
        env: { FEED_SOURCES: writeSources(fresh, 'http://127.0.0.1:9/none.ics') },
      }),
      (e) =>
        e instanceof FeedFileError &&
        /gave no valid feed and there is no earlier one/.test(e.message) &&
        /\[base\]/.test(e.message),
    );
  });

  test('a rebuild that moves an event mails its registrants; an event a rebuild adds takes sign-ups', async () => {
    const dir = tempDir();
    const feed = /** @type {any} */ (fixtureFeed());
    const smtp = await startSmtp();
    const source = await startSource();
    source.state.body = ics(vevent('a@partner', 'Open klas', 5));
    const server = await startTestServer({
      dir,
      feed,
      env: { FEED_SOURCES: writeSources(dir, source.url), SMTP_URL: smtp.url },
      mail: FAST,
    });
    try {
      assert.equal((await register(server.url, 'groot', signup({ email: 'groot@school.example' }))).status, 201);
      assert.equal((await register(server.url, 'nieuw', signup())).status, 404, 'not in the feed yet');
      await smtp.waitFor(1);

      const moved = structuredClone(feed);
      const groot = moved.events.find((/** @type {any} */ e) => e.id === 'groot');
      groot.start = at(22);
      groot.end = at(22.1);
      moved.events.push({
        id: 'nieuw',
        title: 'Nieuwe vorming',
        start: at(25),
        registration: {
          type: 'form',
          endpoint: 'https://elsewhere.example/x',
          privacyUrl: 'https://som.example/privacy',
          capacity: 5,
        },
      });
      writeFileSync(path.join(dir, 'feed.json'), JSON.stringify(moved));
      assert.equal((await server.refreshFeed()).swapped, true);

      const [, change] = await smtp.waitFor(2);
      assert.deepEqual(change?.envelopeTo, ['groot@school.example']);
      assert.equal(change?.subject, 'Gewijzigd: Open SOM-raad');
      assert.match(change?.text ?? '', /- Nieuw tijdstip: /);
      assert.ok(
        server.logs.some((l) => /change mails queued for 1 changed event\(s\): groot/.test(l)),
        server.logs.join('\n'),
      );
      assert.equal((await server.storage.eventVersions()).find((v) => v.eventId === 'groot')?.sequence, 1);

      // Registrations read the current feed: the new event takes sign-ups, its availability answers.
      assert.equal((await register(server.url, 'nieuw', signup())).status, 201);
      const availability = await (await fetch(`${server.url}/api/events/nieuw/registrations`)).json();
      assert.equal(availability.confirmed, 1);
      assert.equal(availability.remaining, 4);
      assert.doesNotMatch(server.logs.join('\n'), /groot@school|An Peeters/, 'no personal data in the logs');
    } finally {
      await server.close();
      await source.close();
      await smtp.close();
    }
  });

  test("the last build's problems: for the admin with ADMIN_TOKEN only, in English or Dutch", async () => {
    const dir = tempDir();
    // A source on a port where nothing listens: it fails, with nothing earlier to fall back on.
    const env = { FEED_SOURCES: writeSources(dir, 'http://127.0.0.1:9/agenda.ics') };
    const server = await startTestServer({ dir, env });
    try {
      const none = await problemsOf(server.url, '');
      assert.equal(none.status, 401);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="som-widgets"');
      assert.equal((await problemsOf(server.url, 'wrong-token')).status, 401);

      const res = await problemsOf(server.url);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const report = await res.json();
      assert.equal(report.ok, true);
      assert.match(report.builtAt, /^\d{4}-\d{2}-\d{2}T/);
      assert.deepEqual(
        report.sources.map((/** @type {any} */ s) => [s.id, s.state]),
        [
          ['partner', 'failed'],
          ['bib', 'ok'],
        ],
      );
      const failed = report.problems.find((/** @type {any} */ p) => p.source === 'partner' && p.code === 'fetchFailed');
      assert.match(failed.message, /^could not be read: /);
      assert.ok(report.problems.some((/** @type {any} */ p) => p.code === 'noLastGood'));

      const nl = await (await problemsOf(server.url, ADMIN_TOKEN, '?lang=nl')).json();
      assert.match(
        nl.problems.find((/** @type {any} */ p) => p.code === 'fetchFailed').message,
        /^kon niet gelezen worden: /,
      );
    } finally {
      await server.close();
    }

    // Without ADMIN_TOKEN the route does not exist; a FEED_FILE server has no build to show.
    const other = tempDir();
    const closed = await startTestServer({
      dir: other,
      env: { FEED_SOURCES: writeSources(other, 'http://127.0.0.1:9/agenda.ics'), ADMIN_TOKEN: '' },
    });
    const plain = await startTestServer();
    try {
      assert.equal((await problemsOf(closed.url)).status, 404);
      const res = await problemsOf(plain.url);
      assert.equal(res.status, 404);
      assert.match((await res.json()).detail, /FEED_FILE/);
    } finally {
      await closed.close();
      await plain.close();
    }
  });

  test("the demo (DEMO=1 without FEED_FILE): the demo feed with the UiTdatabank answer and the library's calendar of demo/sources/", async () => {
    // The demo's partner events are in January to June 2027; the feed-build CLI test builds them on this day too.
    const server = await startTestServer({
      env: { DEMO: '1', FEED_FILE: '' },
      now: () => new Date('2026-12-01T10:00:00+01:00'),
    });
    try {
      const { feed } = await feedOf(server.url);
      const ids = feed.events.map((/** @type {any} */ e) => e.id);
      assert.ok(ids.includes('open-som-raad-2027'));
      assert.ok(ids.filter((/** @type {string} */ id) => id.startsWith('uit-')).length >= 6);
      assert.ok(ids.filter((/** @type {string} */ id) => id.startsWith('bib-')).length >= 20);
      assert.doesNotMatch(JSON.stringify(feed), /localhost:8080/, "the demo's links point at this server");
    } finally {
      await server.close();
    }
  });
});
