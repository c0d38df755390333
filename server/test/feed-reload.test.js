// @ts-check
/** FEED_FILE published again without a restart: on a change and on SIGHUP; an invalid one never replaces a good one. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { fixtureFeed, register, serverForFile, signup, tempDir, waitUntil } from '../test-support/index.js';

/** @type {import('../test-support/index.js').TestServer} */
let server;
serverForFile((s) => (server = s));

const feedFile = () => path.join(server.dir, 'feed.json');
/** @param {string} base */
const titles = async (base) =>
  (await (await fetch(`${base}/feed.json`)).json()).events.map((/** @type {{ id: string }} */ e) => e.id).join(',');

test('a changed FEED_FILE is validated and published; registrations of an event that left it are kept and reported', async () => {
  const reg = await (await register(server.url, 'klein', signup())).json();
  const feed = fixtureFeed();
  feed.events = feed.events.filter((e) => e.id !== 'klein');
  feed.events.push({ id: 'nieuw', title: 'Nieuw', start: feed.events[0]?.start ?? '' });
  writeFileSync(feedFile(), JSON.stringify(feed));
  await waitUntil(async () => (await titles(server.url)).includes('nieuw'));
  assert.ok(!(await titles(server.url)).includes('klein'));
  const line = await waitUntil(() => server.logs.find((l) => /left the feed/.test(l)));
  assert.match(
    line,
    /1 event\(s\) with registrations left the feed; their registrations are kept: klein \(1 confirmed, 0 waiting\)/,
  );
  const kept = await fetch(reg.cancelUrl);
  assert.equal(kept.status, 200);
  const body = await kept.json();
  assert.equal(body.status, 'confirmed');
  assert.equal(body.event, null, 'the event is gone, the registration is not');
});

test('an invalid FEED_FILE is logged with its problems; the last good feed stays published', async () => {
  const published = await (await fetch(`${server.url}/feed.json`)).text();
  const feed = fixtureFeed();
  delete (/** @type {any} */ (feed).network); // a feed-level error, not one event to skip
  writeFileSync(feedFile(), JSON.stringify(feed));
  const line = await waitUntil(() => server.logs.find((l) => /is not a valid feed/.test(l)));
  assert.match(line, /keeping the feed published since/);
  assert.match(line, /network: is required/, 'names the problem');
  writeFileSync(feedFile(), '{ not json');
  await waitUntil(() => server.logs.find((l) => /is not valid JSON/.test(l)));
  assert.equal(await (await fetch(`${server.url}/feed.json`)).text(), published);
  const ready = await (await fetch(`${server.url}/readyz`)).json();
  assert.equal(ready.status, 'ready');
});

test('SIGHUP reloads FEED_FILE (here with FEED_WATCH=0, so only the signal does)', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(fixtureFeed()));
  const main = fileURLToPath(new URL('../src/main.js', import.meta.url));
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: '0',
      FEED_FILE: file,
      FEED_WATCH: '0',
      DATABASE_FILE: path.join(dir, 'data/som.db'),
      ADMIN_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const url = await waitUntil(() => /server on (http:\/\/\S+) /.exec(out)?.[1], 20_000);
    const feed = fixtureFeed();
    feed.events.push({ id: 'na-sighup', title: 'Na SIGHUP', start: feed.events[0]?.start ?? '' });
    writeFileSync(file, JSON.stringify(feed));
    child.kill('SIGHUP');
    await waitUntil(async () => (await titles(url)).includes('na-sighup'));
    assert.match(out, /"msg":"feed: reloaded from FEED_FILE: 11 event\(s\), published"/, 'logged as a JSON line');
  } finally {
    child.kill('SIGTERM');
  }
});
