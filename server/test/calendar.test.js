// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer } from '../test-support/index.js';

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
  const again = await fetch(`${server.url}/calendar.ics`, { headers: { 'If-None-Match': res.headers.get('etag') ?? '' } });
  assert.equal(again.status, 304);
  assert.match((await calendar('?lang=en')).ics, /\r\nSUMMARY:Open SOM council\r\n/);
});
