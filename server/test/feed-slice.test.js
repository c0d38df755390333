// @ts-check
// /feed.json?lists=…&past=…: a smaller feed for pages whose widgets need less (docs/feed.md, "A smaller feed").
// Each slice must itself be a valid feed (the published JSON Schema, ajv strict) and hold what its widget needs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { endInstant } from 'som-widgets/feed';
import { startTestServer } from '../test-support/index.js';

const root = new URL('../../', import.meta.url);
const demo = JSON.parse(readFileSync(new URL('demo/feed.json', root), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(new URL('schema/feed.schema.json', root), 'utf8')));

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer({ feed: demo });
});
after(() => server.close());

/** @param {string} query */
async function get(query) {
  const res = await fetch(`${server.url}/feed.json${query}`);
  return { res, body: await res.json() };
}

/** @param {any} feed */
function assertValid(feed) {
  assert.ok(validate(feed), JSON.stringify(validate.errors?.slice(0, 3)));
}

describe('/feed.json slices', () => {
  test('the whole feed is unchanged without parameters', async () => {
    const { body } = await get('');
    assertValid(body);
    assert.equal(body.events.length, demo.events.length);
    assert.equal(body.stories.length, demo.stories.length);
  });

  test('lists=stories: only the stories, with the envelope and taxonomies, valid on its own', async () => {
    const whole = await get('');
    const { res, body } = await get('?lists=stories');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assertValid(body);
    assert.deepEqual(Object.keys(body).sort(), ['network', 'stories', 'taxonomies', 'version']);
    assert.deepEqual(body.stories, whole.body.stories);
    assert.deepEqual(body.network, whole.body.network);
    assert.notEqual(res.headers.get('etag'), whole.res.headers.get('etag'));
    assert.ok(JSON.stringify(body).length < JSON.stringify(whole.body).length / 2);
  });

  test('lists=events&past=0: the events not over yet, in feed order, what a calendar without past shows', async () => {
    const whole = await get('');
    const { body } = await get('?lists=events&past=0');
    assertValid(body);
    const now = Date.now();
    const tz = whole.body.network.timeZone;
    const upcoming = whole.body.events.filter((/** @type {any} */ e) => endInstant(e, tz) > now);
    assert.ok(upcoming.length > 0 && upcoming.length < whole.body.events.length, 'the demo feed has both');
    assert.deepEqual(
      body.events.map((/** @type {any} */ e) => e.id),
      upcoming.map((/** @type {any} */ e) => e.id),
    );
    assert.equal(body.stories, undefined);
    // A window of past days keeps the events over within it.
    const year = await get('?lists=events&past=3660');
    assert.equal(year.body.events.length, whole.body.events.length);
  });

  test('a conditional request gets 304 with the slice ETag', async () => {
    const first = await get('?lists=stories,portraits');
    const etag = first.res.headers.get('etag') ?? '';
    const again = await fetch(`${server.url}/feed.json?lists=stories,portraits`, {
      headers: { 'If-None-Match': etag },
    });
    assert.equal(again.status, 304);
  });

  test('unknown parameters, lists and numbers are refused with a message', async () => {
    for (const query of ['?lists=events,agenda', '?past=-1', '?past=soon', '?limit=3']) {
      const { res, body } = await get(query);
      assert.equal(res.status, 400, query);
      assert.match(body.detail, /lists|past|parameter/, query);
    }
  });
});
