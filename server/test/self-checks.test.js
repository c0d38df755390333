// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ORIGIN, sqlQuery, startTestServer, tableColumns } from '../test-support/index.js';

/** @type {Awaited<ReturnType<typeof startTestServer>>} */
let server;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** @param {unknown} body @param {Record<string, string>} [headers] */
const post = (body, headers = {}) =>
  fetch(`${server.url}/api/self-checks`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const result = (/** @type {number} */ doelen) => ({
  instrumentId: 'partnerscan',
  overall: 3,
  level: 'samenwerken',
  dimensions: { doelen, rollen: null },
});
const page = async () => (await fetch(`${server.url}/self-checks`)).text();

test('strict validation: 422 for anything outside the shape', async () => {
  for (const bad of [
    { ...result(3), naam: 'School X' },
    { ...result(3), instrumentId: 'Partner Scan' },
    { ...result(3), overall: 6 },
    { ...result(3), overall: '3' },
    { ...result(3), level: 42 },
    { ...result(3), dimensions: { doelen: 0 } },
    { ...result(3), dimensions: { 'Niet Geldig': 3 } },
    { ...result(3), dimensions: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, 3])) },
    { ...result(3), dimensions: [3] },
    [],
  ]) {
    const res = await post(bad);
    assert.equal(res.status, 422, JSON.stringify(bad));
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
  }
  assert.equal((await post('{')).status, 400);
  assert.equal((await post({ ...result(3), padding: 'x'.repeat(5000) })).status, 413);
});

test('below 5 results the page only says that more are needed', async () => {
  for (const score of [1, 2.5, 4]) {
    const res = await post(result(score), { Origin: ORIGIN });
    assert.equal(res.status, 201);
    assert.deepEqual(await res.json(), { ok: true });
    assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
  }
  const html = await page();
  assert.match(html, /<html lang="nl">/);
  assert.match(html, /<h2 id="i-partnerscan">Partnerscan<\/h2>/);
  assert.match(html, /3 resultaten/);
  assert.match(html, /minstens 5 resultaten nodig/);
  assert.doesNotMatch(html, /<table/);
});

test('stored with the date only, nothing else', async () => {
  assert.deepEqual(await tableColumns(server.dir, 'self_checks'), [
    'id',
    'instrument_id',
    'day',
    'overall',
    'level',
    'dimensions',
  ]);
  const [row] = await sqlQuery(server.dir, 'SELECT * FROM self_checks ORDER BY id LIMIT 1');
  assert.match(row.day, /^\d{4}-\d{2}-\d{2}$/);
  assert.deepEqual(JSON.parse(row.dimensions), { doelen: 1, rollen: null });
});

test('from 5 results: the mean and the counts per score band, per dimension', async () => {
  for (const score of [4.5, 5]) assert.equal((await post(result(score))).status, 201);
  const html = await page();
  assert.match(html, /5 resultaten/);
  assert.match(html, /<caption>/);
  assert.match(html, /<th scope="col">Dimensie<\/th>/);
  // doelen: 1, 2.5, 4, 4.5, 5 → mean 3.4; bands 1–2: 1, 2–3: 1, 3–4: 0, 4–5: 3
  assert.match(
    html,
    /<th scope="row">Gedeelde doelen<\/th><td class="n">3,4<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">0<\/td><td class="n">3<\/td><td class="n">0<\/td>/,
  );
  // rollen was never scored: too few scores to show anything.
  assert.match(html, /<th scope="row">Rollen<\/th><td colspan="6">Te weinig scores om te tonen<\/td>/);
  assert.match(html, /<th scope="row">Totaal<\/th><td class="n">3,0<\/td>/);
});

test('an instrument id that could carry markup is refused', async () => {
  assert.equal((await post({ instrumentId: 'x"onmouseover', dimensions: {} })).status, 422);
});
