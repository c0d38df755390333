// Partners' public calendars (.ics) in Google Calendar and Outlook export styles: recurrences with EXDATE and
// RECURRENCE-ID overrides, all-day events, cancellations, zones, and the nights the clocks change in Brussels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed } from '../../feed-build/index.js';

const baseDir = 'tests/fixtures/feed-build';
const now = Date.parse('2027-01-15T12:00:00Z');
const build = (file, extra = {}) =>
  buildFeed(
    { base: 'base.json', sources: [{ id: 'cal', type: 'ics', name: 'Kalender', file, ...extra }] },
    { baseDir, now },
  );
// The Google fixture holds a daily series from 2020: build it once for the tests that read it.
let google;
const googleOnce = () => (google ??= build('google.ics'));
const ours = (r) => r.feed.events.filter((e) => e.id.startsWith('cal-'));
const byTitle = (r, t) => ours(r).filter((e) => e.title === t);

test('Google: a weekly series without its EXDATE, with a moved and a cancelled date', async () => {
  const r = await googleOnce();
  const les = ours(r).filter((e) => e.title.startsWith('Proefles'));
  assert.deepEqual(
    les.map((e) => e.start),
    [
      '2027-01-14T16:00:00+01:00',
      '2027-01-21T16:00:00+01:00',
      '2027-02-04T15:00:00+01:00',
      '2027-02-11T16:00:00+01:00',
      '2027-02-18T16:00:00+01:00',
    ],
  );
  const moved = les[2];
  assert.equal(moved.title, 'Proefles muziek voor klassen (een uur vroeger)');
  assert.equal(moved.end, '2027-02-04T16:30:00+01:00');
  // The id keeps the date the series gave it (RECURRENCE-ID), so a moved date keeps its deep link.
  assert.match(moved.id, /^cal-[0-9a-f]{10}-202702041600$/);
  const cancelled = les[3];
  assert.equal(cancelled.status, 'cancelled');
  assert.equal(cancelled.title, 'Proefles muziek voor klassen', '"Geannuleerd:" is not part of the title');
  assert.equal(cancelled.location.name, 'Academie', "an override without a location takes the series' one");
  assert.equal(les[0].description, 'Elke donderdag een proefles.\n\nVoor het lager onderwijs.');
  assert.deepEqual(les[0].location, { name: 'Academie', address: 'Vaartkom 3, 3000 Leuven' });
});

test('the last Sunday of March: 02:30 does not exist and becomes 03:30 summer time', async () => {
  const r = await googleOnce();
  assert.deepEqual(
    byTitle(r, 'Sterrenkijken (lente)').map((e) => e.start),
    ['2027-03-21T02:30:00+01:00', '2027-03-28T03:30:00+02:00', '2027-04-04T02:30:00+02:00'],
  );
});

test('the last Sunday of October: 02:30 happens twice and is the first one', async () => {
  const r = await googleOnce();
  const autumn = byTitle(r, 'Sterrenkijken (herfst)');
  assert.deepEqual(
    autumn.map((e) => e.start),
    ['2027-10-24T02:30:00+02:00', '2027-10-31T02:30:00+02:00', '2027-11-07T02:30:00+01:00'],
  );
  assert.equal(autumn[1].end, '2027-10-31T03:30:00+01:00', 'an hour later on the clock is two hours later that night');
});

test('all-day, UTC and floating times; GEO without an address; unsafe URL dropped', async () => {
  const r = await googleOnce();
  const day = byTitle(r, 'Pedagogische studiedag')[0];
  assert.equal(day.start, '2027-03-01');
  assert.equal(day.end, undefined, 'DTEND is exclusive: one day has no end');
  assert.equal(day.url, 'https://academie.example/studiedag');
  const info = byTitle(r, 'Infoavond')[0];
  assert.equal(info.start, '2027-03-10T19:00:00+01:00');
  assert.equal(info.status, 'cancelled');
  assert.equal(info.url, undefined);
  assert.equal(info.location.address, '50.87980, 4.70050');
  assert.ok(r.problems.some((p) => p.code === 'linkRefused' && p.ref === 'utc-event@google.com'));
  assert.equal(
    byTitle(r, 'Zwevende tijd')[0].start,
    '2027-03-15T10:00:00+01:00',
    'floating time is read in X-WR-TIMEZONE',
  );
});

test('window, bounds and unsupported rules', async () => {
  const r = await googleOnce();
  assert.equal(byTitle(r, 'Lang geleden').length, 0);
  const daily = byTitle(r, 'Elke dag');
  // From a month ago to a year ahead: a series that began in 2020 shows only that stretch.
  assert.ok(daily.length >= 365 && daily.length <= 400, String(daily.length));
  assert.ok(daily[0].start >= '2026-12-15');
  assert.equal(byTitle(r, 'Elke minuut').length, 0);
  assert.ok(r.problems.some((p) => p.code === 'recurrenceUnsupported'));
  assert.ok(r.problems.some((p) => p.code === 'outOfWindow' && p.severity === 'info'));
});

test('Outlook: Windows zone names through the VTIMEZONE, override, EXDATE, all-day holiday, cancelled, private', async () => {
  const r = await build('outlook.ics');
  const swim = ours(r).filter((e) => e.title.startsWith('Zwemmen'));
  assert.deepEqual(
    swim.map((e) => e.start),
    ['2027-03-18T08:00:00+01:00', '2027-03-25T10:00:00+01:00', '2027-04-08T08:00:00+02:00'],
  );
  assert.equal(swim[1].title, 'Zwemmen 3de leerjaar (later)');
  const holiday = byTitle(r, 'Paasvakantie')[0];
  assert.equal(holiday.start, '2027-03-29');
  assert.equal(holiday.end, '2027-04-11');
  const party = byTitle(r, 'Schoolfeest')[0];
  assert.equal(party.status, 'cancelled');
  assert.equal(party.start, '2027-05-22T14:00:00+02:00');
  assert.equal(byTitle(r, 'Personeelsvergadering').length, 0);
  assert.ok(r.problems.some((p) => p.code === 'privateEvent'));
  // An unknown TZID is reported once and read in the calendar's zone.
  assert.equal(byTitle(r, 'Les in een eigen tijdzone')[0].start, '2027-01-15T10:00:00+01:00');
  assert.equal(r.problems.filter((p) => p.code === 'unknownZone').length, 1);
});

test('the same .ics in another process zone gives the same feed', async () => {
  const before = JSON.stringify(ours(await build('outlook.ics')));
  const tz = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    assert.equal(JSON.stringify(ours(await build('outlook.ics'))), before);
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
});

test('a file that is not iCalendar fails alone and is reported', async () => {
  const r = await buildFeed(
    {
      base: 'base.json',
      sources: [
        { id: 'kapot', type: 'ics', name: 'Kapot', file: 'base.json' },
        { id: 'cal', type: 'ics', name: 'Kalender', file: 'outlook.ics' },
      ],
    },
    { baseDir, now },
  );
  assert.ok(r.feed);
  assert.ok(r.problems.some((p) => p.source === 'kapot' && p.code === 'notIcs'));
  assert.ok(ours(r).length > 3);
});
