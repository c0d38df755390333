// @ts-check
/** /calendar.ics takes the widget's filters with the same meaning (src/feed/filter.ts), and versions events. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { at, fixtureFeed, startTestServer } from '../test-support/index.js';

/** The fixture with strands, themes and labels, so every facet and the search over labels can be tried. */
function feed() {
  const f = /** @type {any} */ (fixtureFeed());
  f.taxonomies.themes = [{ id: 'welbevinden', label: { nl: 'Welbevinden', fr: 'Bien-être' } }];
  f.taxonomies.strands = [{ id: 'labo', label: 'Labo' }, { id: 'community' }];
  f.taxonomies.levels = [{ id: 'lager', label: { nl: 'Lager onderwijs', fr: 'Primaire' } }, { id: 'secundair-1' }];
  f.events.find((/** @type {any} */ e) => e.id === 'klein').strand = 'labo';
  f.events.find((/** @type {any} */ e) => e.id === 'groot').strand = 'community';
  f.events.push({ id: 'creche', title: 'Bezoek aan de crèche', start: at(18), strand: 'community' });
  return f;
}

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer({ feed: feed() });
});
after(() => server.close());

/** @param {string} query */
async function calendar(query = '') {
  const res = await fetch(`${server.url}/calendar.ics${query}`);
  assert.equal(res.status, 200);
  const ics = await res.text();
  return { ics, uids: [...ics.matchAll(/\r\nUID:([^@]+)@som-test\r\n/g)].map((m) => m[1]).sort() };
}

test('strand and text search, which the server used to ignore', async () => {
  assert.deepEqual((await calendar('?strand=labo')).uids, ['klein']);
  assert.deepEqual((await calendar('?q=labo')).uids, ['klein'], 'the title, and the strand label "Labo"');
  assert.deepEqual((await calendar('?q=LEUVEN')).uids, ['groot'], 'the address, any case');
  assert.deepEqual((await calendar('?q=creche')).uids, ['creche'], 'without accents');
  assert.deepEqual((await calendar('?q=primaire&lang=fr')).uids, ['klein', 'studiedag'], 'labels in the language');
  assert.deepEqual((await calendar('?q=labo%20groep')).uids, ['klein'], 'every word');
  assert.deepEqual((await calendar('?q=labo%20forum')).uids, []);
});

test("the site's pre-filter (plural names, any id) and the visitor's choice (singular) combine", async () => {
  assert.deepEqual((await calendar('?strands=labo,community')).uids, ['creche', 'groot', 'klein']);
  assert.deepEqual((await calendar('?strands=labo+community&audience=leraren')).uids, ['groot', 'klein']);
  assert.deepEqual((await calendar('?levels=lager&levels=secundair-1&q=forum')).uids, ['vragen']);
  assert.deepEqual((await calendar('?themes=welbevinden&strand=labo')).uids, []);
  const { ics } = await calendar('?strands=labo&q=groep&lang=fr');
  assert.match(ics, /\r\nX-WR-CALNAME:SOM Test \(Labo\\, “groep”\)\r\n/);
});

test('stable UIDs, a refresh interval, and SEQUENCE from the versions people were mailed about', async () => {
  const { ics } = await calendar('?strand=community');
  assert.match(ics, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\nX-PUBLISHED-TTL:PT12H\r\n/);
  assert.match(ics, /\r\nUID:groot@som-test\r\nDTSTAMP:/, 'version 0: no SEQUENCE');
  const now = new Date().toISOString();
  await server.storage.saveEventVersion({ eventId: 'groot', sequence: 2, snapshot: '{}', change: null, now });
  assert.match((await calendar('?strand=community')).ics, /\r\nUID:groot@som-test\r\nSEQUENCE:2\r\nDTSTAMP:/);
});
