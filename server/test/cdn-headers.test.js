// @ts-check
// The files partner sites load from another origin: /cdn (entries, chunks, lit.js, language files), /dist and
// /feed.json are open to every origin without credentials, with CORP cross-origin, and cached like a CDN:
// hashed chunks for a year, entries briefly with ETag revalidation. (tests/node/cross-origin.test.mjs checks
// the same on the real build, in a browser.)
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { IMMUTABLE, REVALIDATE, cdnCacheControl } from '../src/static.js';
import { ORIGIN, startTestServer, tempDir } from '../test-support/index.js';

const PARTNER = 'https://partner-elders.example'; // not in ALLOWED_ORIGINS: the static files do not care
// Files named the way rollup.config.mjs names them.
const entries = ['calendar.js', 'signup.js', 'lit.js', 'som-widgets.js'];
const chunks = ['month-yQ4YJtTY.js', 'core-fr-CiAIqZHH.js', 'messages-de-BmUIDL-E.js', 'sent-4HSC_S-q.js'];

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
/** @type {string} */
let base;
before(async () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'dist/cdn/chunks'));
  for (const f of entries) writeFileSync(path.join(dir, 'dist/cdn', f), `export const file = ${JSON.stringify(f)};`);
  for (const f of chunks)
    writeFileSync(path.join(dir, 'dist/cdn/chunks', f), `export const chunk = ${JSON.stringify(f)};`);
  server = await startTestServer({ dir });
  base = server.url;
});
after(() => server.close());

/** The headers that make a response usable by a page on another origin. @param {Response} res @param {string} what */
function assertCrossOrigin(res, what) {
  assert.equal(res.headers.get('access-control-allow-origin'), '*', what);
  assert.equal(res.headers.get('access-control-allow-credentials'), null, `${what}: never credentials with *`);
  assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', what);
  // The answer is the same for every origin, so caches keep one copy.
  assert.doesNotMatch(res.headers.get('vary') ?? '', /origin/i, what);
}

describe('cross-origin use of the CDN files and the feed', () => {
  test('every file under /cdn, /dist and /feed.json: Access-Control-Allow-Origin *, CORP cross-origin, also on a 304', async () => {
    const paths = [
      ...entries.map((f) => `/cdn/${f}`),
      ...chunks.map((f) => `/cdn/chunks/${f}`),
      '/dist/cdn/calendar.js',
      '/dist/feed/index.js',
      '/feed.json',
    ];
    for (const p of paths) {
      const res = await fetch(base + p, { headers: { Origin: PARTNER } });
      assert.equal(res.status, 200, p);
      assertCrossOrigin(res, p);
      const etag = res.headers.get('etag') ?? '';
      // A compressed answer's ETag names its encoding (compress.js).
      assert.match(etag, /^"[\w-]{27}(-br|-gz)?"$/, `${p}: a strong ETag`);
      const again = await fetch(base + p, { headers: { Origin: PARTNER, 'If-None-Match': etag } });
      assert.equal(again.status, 304, p);
      assertCrossOrigin(again, `${p} (304)`);
      assert.equal(again.headers.get('etag'), etag, p);
      assert.equal(again.headers.get('cache-control'), res.headers.get('cache-control'), p);
    }
  });

  test('caching: hashed chunks immutable for a year, entries and lit.js a short max-age', async () => {
    for (const f of chunks) {
      const res = await fetch(`${base}/cdn/chunks/${f}`);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable', f);
    }
    for (const f of entries) {
      const res = await fetch(`${base}/cdn/${f}`);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=300', f);
    }
    // The same files under /dist (the demo pages' copy) are always revalidated.
    assert.equal((await fetch(`${base}/dist/cdn/chunks/${chunks[0]}`)).headers.get('cache-control'), 'no-cache');
  });

  test('names: what counts as hashed', () => {
    assert.equal(cdnCacheControl('/chunks/month-yQ4YJtTY.js'), IMMUTABLE);
    assert.equal(cdnCacheControl('/chunks/messages-sent-de-Byoid5ST.js'), IMMUTABLE);
    assert.equal(cdnCacheControl('/chunks/messages-de-BmUIDL-E.js'), IMMUTABLE);
    assert.equal(cdnCacheControl('/chunks/sent-4HSC_S-q.js'), IMMUTABLE);
    for (const p of [
      '/calendar.js',
      '/lit.js',
      '/som-widgets.js',
      '/chunks/month.js',
      '/chunks/de-abc.js',
      '/chunks/x/month-yQ4YJtTY.js',
      '/month-yQ4YJtTY.js',
    ]) {
      assert.equal(cdnCacheControl(p), REVALIDATE, p);
    }
  });

  test("revalidation: an entry's ETag follows its content, and If-None-Match takes lists and weak forms", async () => {
    const res = await fetch(`${base}/cdn/calendar.js`);
    const etag = res.headers.get('etag') ?? '';
    assert.equal((await fetch(`${base}/cdn/calendar.js`)).headers.get('etag'), etag, 'stable');
    assert.notEqual((await fetch(`${base}/cdn/signup.js`)).headers.get('etag'), etag, 'another file, another tag');
    for (const header of [`"other", ${etag}`, `W/${etag}`, '*']) {
      assert.equal(
        (await fetch(`${base}/cdn/calendar.js`, { headers: { 'If-None-Match': header } })).status,
        304,
        header,
      );
    }
    const changed = await fetch(`${base}/cdn/calendar.js`, { headers: { 'If-None-Match': '"an-older-release"' } });
    assert.equal(changed.status, 200);
    assert.equal(await changed.text(), 'export const file = "calendar.js";');
  });

  test('HEAD and a preflight get the same cross-origin headers', async () => {
    const head = await fetch(`${base}/cdn/lit.js`, { method: 'HEAD', headers: { Origin: PARTNER } });
    assert.equal(head.status, 200);
    assertCrossOrigin(head, 'HEAD');
    const preflight = await fetch(`${base}/cdn/calendar.js`, {
      method: 'OPTIONS',
      headers: { Origin: PARTNER, 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
  });

  test('the sign-up API keeps its allow-list', async () => {
    const other = await fetch(`${base}/api/events/groot/registrations`, { headers: { Origin: PARTNER } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const listed = await fetch(`${base}/api/events/groot/registrations`, { headers: { Origin: ORIGIN } });
    assert.equal(listed.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(listed.headers.get('cross-origin-resource-policy'), null);
  });
});
