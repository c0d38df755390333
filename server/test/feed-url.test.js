// @ts-check
// FEED_URL: a ready feed pulled from a URL at start and every FEED_REFRESH_MINUTES with If-None-Match, through
// the FEED_SOURCES machinery (a base and no sources): a 304 keeps the feed, a changed one is published, an
// invalid one or an outage is logged and the last good feed stays, also across a restart.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, readConfig } from '../src/config.js';
import { FeedFileError } from '../src/feed.js';
import { startServer } from '../src/server.js';
import { ADMIN_TOKEN, fixtureFeed, storageEnv, tempDir, waitUntil } from '../test-support/index.js';

/** The network's feed on a local HTTP server: answers with its ETag, 304 when it is sent back, 503 when down. */
async function startFeedServer() {
  const state = {
    body: JSON.stringify(fixtureFeed()),
    etag: '"v1"',
    down: false,
    ok: 0,
    notModified: 0,
    /** @type {(string | undefined)[]} the If-None-Match of each request */
    sent: [],
  };
  const server = createServer((req, res) => {
    const sent = req.headers['if-none-match'];
    state.sent.push(sent);
    if (state.down) {
      res.writeHead(503).end();
    } else if (sent === state.etag) {
      state.notModified++;
      res.writeHead(304, { ETag: state.etag }).end();
    } else {
      state.ok++;
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: state.etag }).end(state.body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    // The query stands for a key in the URL: it never reaches a log.
    url: `http://127.0.0.1:${port}/som/feed.json?key=s3cr3t-key`,
    state,
    close: () => new Promise((r) => server.close(() => r(undefined))),
  };
}

/**
 * The real server with FEED_URL and a refresh every `refreshMs` (FEED_REFRESH_MINUTES takes whole minutes:
 * the config is shortened after reading it).
 * @param {string} dir @param {string} url @param {number} refreshMs
 */
async function startWithUrl(dir, url, refreshMs) {
  const config = {
    ...readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      FEED_URL: url,
      DATABASE_FILE: path.join(dir, 'data/som.db'),
      ADMIN_TOKEN,
      ...(await storageEnv(dir)),
    }),
    feedRefreshMinutes: refreshMs / 60_000,
    root: dir,
  };
  /** @type {string[]} */
  const logs = [];
  const server = await startServer(config, { log: (line) => logs.push(line) });
  return { ...server, logs };
}

/** @param {string} base */
async function feedOf(base) {
  const res = await fetch(`${base}/feed.json`);
  assert.equal(res.status, 200);
  const feed = await res.json();
  return {
    feed,
    ids: feed.events.map((/** @type {{ id: string }} */ e) => e.id).join(','),
    etag: res.headers.get('etag'),
  };
}

describe('the feed fetched from FEED_URL', () => {
  test('fetched at start; refreshes send If-None-Match: a 304 keeps it, a change is published, an invalid feed or an outage keeps the last good one, also across a restart', async () => {
    const dir = tempDir();
    const remote = await startFeedServer();
    let server = await startWithUrl(dir, remote.url, 150);
    try {
      const first = await feedOf(server.url);
      assert.ok(first.ids.includes('groot'));
      // Pointed at this server like a FEED_FILE feed.
      const groot = first.feed.events.find((/** @type {any} */ e) => e.id === 'groot');
      assert.equal(groot.registration.endpoint, `${server.url}/api/events/groot/registrations`);
      assert.equal(remote.state.ok, 1);
      assert.equal(remote.state.sent[0], undefined, 'the first fetch is unconditional');
      assert.ok(
        server.logs.some((l) =>
          /^feed: fetched from http:\/\/127\.0\.0\.1:\d+\/som\/feed\.json: \d+ event\(s\)/.test(l),
        ),
        server.logs.join('\n'),
      );

      // Unchanged: the schedule sends the ETag back, the answer is 304, the feed (and its ETag) stay.
      await waitUntil(() => remote.state.notModified >= 1);
      assert.equal(remote.state.sent[1], '"v1"');
      assert.equal((await feedOf(server.url)).etag, first.etag);

      // Changed: the next refresh publishes it.
      const changed = fixtureFeed();
      changed.events.push({ ...changed.events[0], id: 'nieuw', title: 'Nieuw op de agenda' });
      remote.state.body = JSON.stringify(changed);
      remote.state.etag = '"v2"';
      await waitUntil(async () => (await feedOf(server.url)).ids.includes('nieuw'));
      await waitUntil(() =>
        server.logs.some((l) => /^feed: fetched again from FEED_URL: \d+ event\(s\), published/.test(l)),
      );
      const second = await feedOf(server.url);
      assert.notEqual(second.etag, first.etag);
      await waitUntil(() => remote.state.sent.at(-1) === '"v2"');

      // Invalid (a feed-level error): logged with its problem, the published feed stays.
      const invalid = fixtureFeed();
      delete (/** @type {any} */ (invalid).network);
      remote.state.body = JSON.stringify(invalid);
      remote.state.etag = '"v3"';
      const line = await waitUntil(() => server.logs.find((l) => /base:baseInvalid/.test(l)));
      assert.match(line, /gave no valid feed; keeping the one published since/);
      assert.match(line, /\[base\] the base feed is invalid/);
      assert.equal((await feedOf(server.url)).etag, second.etag);

      // Down: logged, the published feed stays.
      remote.state.down = true;
      const down = await waitUntil(() => server.logs.find((l) => /base:baseUnreadable/.test(l)));
      assert.match(down, /HTTP 503/);
      assert.equal((await feedOf(server.url)).etag, second.etag);

      // The admin sees the last fetch's problems as with FEED_SOURCES.
      const report = await (
        await fetch(`${server.url}/api/admin/feed-problems`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).json();
      assert.equal(report.ok, false);
    } finally {
      await server.close();
    }

    // A restart while the URL is still down publishes the last good feed, from the cache beside the database.
    server = await startWithUrl(dir, remote.url, 60_000);
    try {
      assert.ok((await feedOf(server.url)).ids.includes('nieuw'));
      assert.ok(server.logs.some((l) => /gave no valid feed; publishing the last one built/.test(l)));
      assert.ok(
        server.logs.every((l) => !l.includes('s3cr3t')),
        'the URL is logged without its query',
      );
    } finally {
      await server.close();
    }

    // No earlier feed and the URL down: the start fails and says why.
    await assert.rejects(
      startWithUrl(tempDir(), remote.url, 60_000),
      (/** @type {Error} */ e) =>
        e instanceof FeedFileError &&
        /^FEED_URL http:\/\/127\.0\.0\.1:\d+\/som\/feed\.json gave no valid feed and there is no earlier one/.test(
          e.message,
        ) &&
        /HTTP 503/.test(e.message) &&
        !e.message.includes('s3cr3t'),
    );
    await remote.close();
  });

  test('FEED_URL alone: with FEED_FILE or FEED_SOURCES, credentials or another scheme it is refused at start', () => {
    const url = 'https://network.example/feed.json';
    assert.throws(() => readConfig({ FEED_URL: url, FEED_FILE: 'feed.json' }), {
      name: 'Error',
      message: /FEED_URL cannot be combined with FEED_FILE/,
    });
    assert.throws(() => readConfig({ FEED_URL: url, FEED_SOURCES: 'feed.sources.json' }), /with FEED_SOURCES/);
    assert.throws(() => readConfig({ FEED_URL: 'ftp://network.example/feed.json' }), ConfigError);
    assert.throws(
      () => readConfig({ FEED_URL: 'https://user:pw@network.example/feed.json' }),
      (/** @type {Error} */ e) => e instanceof ConfigError && !e.message.includes('pw@'),
    );
    const config = readConfig({ FEED_URL: url, DEMO: '1' });
    assert.equal(config.feedUrl, url);
    assert.equal(config.feedSources, undefined, "the demo's sources give way to FEED_URL");
    assert.equal(config.feedRefreshMinutes, 10);
  });
});
