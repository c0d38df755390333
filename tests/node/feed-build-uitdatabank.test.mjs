// UiTdatabank's JSON-LD events (the Search API's /events answer): every calendarType, statuses, languages,
// the network's mapping to themes, audiences and levels, and missing or odd fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed } from '../../feed-build/index.js';

const baseDir = 'tests/fixtures/feed-build';
const now = Date.parse('2027-01-15T12:00:00Z');
const source = {
  id: 'uit',
  type: 'uitdatabank',
  name: 'UiTdatabank',
  file: 'uitdatabank-calendar-types.json',
  mapping: {
    terms: { '1.0.2.0.0': { themes: ['cultuur-erfgoed'] } },
    labels: { 'ouders welkom': { audiences: ['ouders'] } },
    audienceTypes: { education: { audiences: ['leerlingen', 'leraren'] } },
    ages: [
      { from: 6, to: 11, levels: ['lager'] },
      { from: 12, to: 13, levels: ['secundair-1'] },
      { from: 14, to: 15, levels: ['secundair-2'] },
    ],
  },
  defaults: { themes: ['welbevinden'], strand: 'partneraanbod' },
};
const run = (extra = {}) =>
  buildFeed({ base: 'base.json', sources: [{ ...source, ...extra }] }, { baseDir, now, lang: 'nl' });
let once;
const result = () => (once ??= run());
const find = async (nl) =>
  (await result()).feed.events.filter((e) => e.id.startsWith('uit-') && (e.title.nl ?? e.title) === nl);
const problem = async (code) => (await result()).problems.filter((p) => p.code === code);

test('single: every field mapped, HTML made plain text, times in Brussels', async () => {
  const [e] = await find('Enkelvoudig');
  assert.match(e.id, /^uit-[0-9a-f]{10}$/);
  assert.deepEqual(e.title, { nl: 'Enkelvoudig', fr: 'Unique', en: 'Single' });
  assert.deepEqual(e.description, { nl: 'Eerste alinea.\n\nTweede alinea & meer.', fr: 'Texte français' });
  assert.equal(e.start, '2027-02-10T14:00:00+01:00');
  assert.equal(e.end, '2027-02-10T16:00:00+01:00');
  assert.equal(e.status, undefined);
  assert.deepEqual(e.location, { name: { nl: 'Zaal Eén' }, address: 'Straat 1, 3000 Leuven' });
  assert.deepEqual(e.organizer, { name: 'Organisator', url: 'https://org.example/', email: 'mailto:info@org.example' });
  assert.deepEqual(e.registration, { type: 'external', url: 'https://tickets.example/1', label: { nl: 'Tickets' } });
  // In each language of the title; Intl writes a no-break space.
  const cost = Object.fromEntries(Object.entries(e.cost).map(([k, v]) => [k, v.replace(/\s/g, ' ')]));
  assert.deepEqual(cost, { nl: 'Basistarief € 8,50', fr: 'Basistarief 8,50 €', en: 'Base €8.50' });
  // The main image is the one `image` names; no description, so the copyright holder is the credit.
  assert.deepEqual(e.image, { src: 'https://images.example/main.jpeg', alt: '© Fotograaf Jan' });
  assert.equal(e.url, 'https://www.uitinvlaanderen.be/agenda/e/enkelvoudig/11111111-1111-4111-8111-111111111111');
  assert.equal(e.updated, '2027-01-02T11:00:00+01:00');
  assert.deepEqual(e.themes, ['cultuur-erfgoed']);
  assert.deepEqual(e.audiences, ['ouders', 'leerlingen', 'leraren']);
  assert.deepEqual(e.levels, ['secundair-1', 'secundair-2']);
  assert.equal(e.strand, 'partneraanbod');
});

test('multiple: one event per subEvent, each with its own status and a stable id', async () => {
  const dates = await find('Meervoudig');
  assert.deepEqual(
    dates.map((e) => e.start),
    [
      '2027-03-01T09:00:00+01:00',
      '2027-03-02T09:00:00+01:00',
      '2027-03-03T09:00:00+01:00',
      '2027-03-04T09:00:00+01:00',
    ],
  );
  assert.deepEqual(
    dates.map((e) => e.status),
    [undefined, 'cancelled', 'postponed', 'full'],
  );
  assert.deepEqual(dates[1].statusReason, { nl: 'Ziekte', en: 'Illness' });
  assert.deepEqual(
    dates.map((e) => e.id.slice(-12)),
    ['202703010900', '202703020900', '202703030900', '202703040900'],
  );
  assert.equal(new Set(dates.map((e) => e.id.slice(0, 14))).size, 1, 'one hash for the whole event');
  // Nothing mapped: the source's defaults.
  assert.deepEqual(dates[0].themes, ['welbevinden']);
});

test('periodic: one all-day span with its opening hours; permanent: skipped and reported', async () => {
  const [p] = await find('Periodiek');
  assert.equal(p.start, '2027-02-01');
  assert.equal(p.end, '2027-02-28');
  assert.deepEqual(p.description, { nl: 'Openingsuren: di, zo 10:00–17:00' }, 'the invalid row is left out');
  assert.equal((await find('Permanent')).length, 0);
  assert.equal((await problem('permanent')).length, 1);
});

test('a whole day (00:00–23:59), cancelled with its reason, online and on site', async () => {
  const [d] = await find('Hele dag (nl)');
  assert.deepEqual(d.title, { fr: 'Hele dag', nl: 'Hele dag (nl)' }, 'the main language first');
  assert.equal(d.start, '2027-04-15');
  assert.equal(d.end, undefined);
  assert.equal(d.status, 'cancelled');
  assert.deepEqual(d.statusReason, { fr: 'Annulé' });
  assert.deepEqual(d.online, { url: 'https://stream.example/live' });
  assert.equal(d.location.address, 'Laan 2, 3010 Kessel-Lo');
});

test('odd and missing fields: old string name, unsafe online link, placeholder place, blank organiser', async () => {
  const [o] = (await result()).feed.events.filter((e) => e.title === 'Oude vorm: naam als tekst');
  assert.equal(o.start, '2027-05-01T10:00:00+02:00');
  assert.equal(o.online, undefined);
  assert.equal(o.location, undefined);
  assert.equal(o.organizer, undefined);
  assert.equal(o.levels, undefined, 'all ages ("-") says nothing about a level');
  assert.ok((await problem('linkRefused')).some((p) => p.params.field === 'onlineUrl'));
});

test('every skipped item is reported with its reason', async () => {
  assert.equal((await problem('unpublished')).length, 1);
  assert.equal((await problem('noDate')).length, 1);
  assert.equal((await problem('noId')).length, 1);
  assert.equal((await problem('noTitle')).length, 1);
  assert.equal((await problem('invalidItem')).filter((p) => p.source === 'uit').length, 2);
  for (const p of (await result()).problems) assert.ok(p.message && p.source, JSON.stringify(p));
  assert.match((await problem('permanent'))[0].message, /permanent aanbod/);
});

test('ids are stable across runs and independent of the order of the answer', async () => {
  const a = (await result()).feed.events.map((e) => e.id).sort();
  const b = (await run()).feed.events.map((e) => e.id).sort();
  assert.deepEqual(a, b);
});

test('the Search API without embed=true, and an answer that is no UiTdatabank answer, fail the source only', async () => {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'som-uit-'));
  writeFileSync(
    join(dir, 'ids.json'),
    JSON.stringify({ member: [{ '@id': 'https://io.uitdatabank.be/event/x', '@type': 'Event' }] }),
  );
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ hello: 'world' }));
  writeFileSync(join(dir, 'broken.json'), '{ "member": [');
  const base = join(process.cwd(), baseDir, 'base.json');
  const r = await buildFeed(
    {
      base,
      sources: ['ids', 'other', 'broken'].map((id) => ({ id, type: 'uitdatabank', name: id, file: `${id}.json` })),
    },
    { baseDir: dir, now },
  );
  assert.ok(r.feed);
  assert.deepEqual(
    r.problems
      .filter((p) => p.severity === 'error')
      .map((p) => p.code)
      .sort(),
    ['notEmbedded', 'notJson', 'notUitdatabank'],
  );
});
