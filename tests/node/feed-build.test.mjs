// Building one feed from the base and partners' sources: merge, duplicates, stable ids, hostile content,
// conditional requests and last good copies over HTTP (a local server), and the CLI end to end on demo/sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildFeed, createCache } from '../../feed-build/index.js';
import { parseFeed } from '../../dist/feed/index.js';

const fixtures = resolve('tests/fixtures/feed-build');
const base = join(fixtures, 'base.json');
const now = Date.parse('2027-01-15T12:00:00Z');
const tmp = mkdtempSync(join(tmpdir(), 'som-feed-build-'));
const write = (name, text) => {
  writeFileSync(join(tmp, name), typeof text === 'string' ? text : JSON.stringify(text));
  return name;
};
const ics = (...events) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', ...events.flat(), 'END:VCALENDAR'].join('\r\n');
const vevent = (uid, summary, start, extra = []) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  `SUMMARY:${summary}`,
  `DTSTART;TZID=Europe/Brussels:${start}`,
  'DTSTAMP:20270101T000000Z',
  ...extra,
  'END:VEVENT',
];
const uitEvent = (n, extra = {}) => ({
  '@id': `https://io.uitdatabank.be/event/${n}`,
  mainLanguage: 'nl',
  name: { nl: `Activiteit ${n}` },
  startDate: '2027-02-01T10:00:00+00:00',
  ...extra,
});

test('three sources merged onto the base: duplicates reported, the base and then the first source win', async () => {
  write(
    'school.ics',
    ics(
      vevent('a@school', 'Enkelvoudig', '20270210T140000', ['LOCATION:Zaal Eén\\, Straat 1\\, 3000 Leuven']), // = the UiTdatabank copy
      vevent('b@school', 'Open SOM-raad', '20270611T190000', [
        'LOCATION:HAL 5\\, Gineste Dumortierstraat 5\\, 3010 Leuven',
      ]), // = the base's
      vevent('c@school', 'Eigen activiteit', '20270220T100000'),
    ),
  );
  const config = {
    base,
    sources: [
      { id: 'uit', type: 'uitdatabank', name: 'UiTdatabank', file: join(fixtures, 'uitdatabank-calendar-types.json') },
      { id: 'regenboog', type: 'ics', name: 'De Regenboog', file: join(fixtures, 'outlook.ics') },
      { id: 'school', type: 'ics', name: 'School', file: 'school.ics' },
    ],
  };
  const r = await buildFeed(config, { baseDir: tmp, now, lang: 'en' });
  assert.ok(r.feed, JSON.stringify(r.problems));
  const check = parseFeed(r.feed);
  assert.ok(check.ok);
  assert.deepEqual(check.problems, [], 'the output needs no forgiveness');
  const ids = r.feed.events.map((e) => e.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const prefix of ['uit-', 'regenboog-', 'school-'])
    assert.ok(
      ids.some((id) => id.startsWith(prefix)),
      prefix,
    );
  assert.ok(ids.includes('open-som-raad-2027'));
  const dups = r.problems.filter((p) => p.code === 'duplicate');
  assert.deepEqual(dups.map((p) => [p.source, p.params.keptSource]).sort(), [
    ['regenboog', 'the base feed'],
    ['school', 'UiTdatabank'],
    ['school', 'the base feed'],
  ]);
  // Sorted by start; the base's own fields, even unknown ones, pass through untouched.
  const starts = r.feed.events.map((e) => Date.parse(e.start.length === 10 ? `${e.start}T00:00:00+01:00` : e.start));
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
  assert.deepEqual(r.feed.events.find((e) => e.id === 'open-som-raad-2027').futureField, { kept: true });
  assert.equal(r.feed.stories.length, 1);
  // The base's broken item is left out, and said so.
  assert.ok(!ids.includes('zonder-start'));
  assert.ok(r.problems.some((p) => p.source === 'base' && p.ref === 'zonder-start'));
  assert.deepEqual(
    r.sources.map((s) => [s.id, s.state]),
    [
      ['uit', 'ok'],
      ['regenboog', 'ok'],
      ['school', 'ok'],
    ],
  );
});

test('ids survive a rebuild; an item that leaves its source leaves the feed', async () => {
  const config = (...events) => ({
    base,
    sources: [{ id: 'school', type: 'ics', name: 'School', file: write('rebuild.ics', ics(...events)) }],
  });
  const a = vevent('a@school', 'Blijft', '20270210T140000');
  const b = vevent('b@school', 'Verdwijnt', '20270211T140000');
  const first = await buildFeed(config(a, b), { baseDir: tmp, now });
  const second = await buildFeed(config(a), { baseDir: tmp, now });
  const id = (r, t) => r.feed.events.find((e) => e.title === t)?.id;
  assert.equal(id(first, 'Blijft'), id(second, 'Blijft'));
  assert.ok(id(first, 'Verdwijnt'));
  assert.equal(id(second, 'Verdwijnt'), undefined);
});

test('hostile content: markup, unsafe links, huge strings, prototype keys', async () => {
  const huge = 'A'.repeat(500_000);
  const file = write('hostile.json', {
    member: [
      uitEvent(1, {
        name: { nl: '<script>alert(1)</script>Voorstelling <b>vet</b>', __proto__: 'x', 'not a tag!': 'y' },
        description: {
          nl: `<p onclick="x()">Hallo<script>steal()</script></p><style>p{}</style><iframe src="https://evil.example"></iframe><a href="javascript:alert(1)">klik</a>${huge}`,
        },
        url: 'javascript:alert(1)',
        sameAs: ['data:text/html,<script>alert(1)</script>', 'https://ok.example/page'],
        bookingInfo: { url: 'java\tscript:alert(1)', urlLabel: { nl: 'Boek' } },
        organizer: { name: huge, url: '//evil.example', email: ['a@b.example"onmouseover="x'] },
        mediaObject: [{ contentUrl: 'http://evil.example/x.jpg', description: 'x' }],
        location: { name: { nl: huge }, address: { nl: { streetAddress: huge } } },
        status: { type: 'Unavailable', reason: { nl: huge } },
        terms: Array.from({ length: 10000 }, (_, i) => ({ id: String(i) })),
      }),
      uitEvent(2, { name: { nl: huge } }),
    ],
  });
  const r = await buildFeed(
    { base, sources: [{ id: 'evil', type: 'uitdatabank', name: 'Evil', file }] },
    { baseDir: tmp, now },
  );
  assert.ok(r.feed);
  assert.equal(Object.prototype.x, undefined);
  const evil = r.feed.events.filter((e) => e.id.startsWith('evil-'));
  const e1 = evil.find((e) => e.title.nl.startsWith('Voorstelling'));
  const e2 = evil.find((e) => e !== e1);
  assert.deepEqual(e1.title, { nl: 'Voorstelling vet' });
  assert.doesNotMatch(JSON.stringify(e1), /<|javascript:|data:|steal|evil\.example/);
  assert.ok(
    e1.description.nl.startsWith('Hallo\n\nklikAAA'),
    'script, style and iframe content is gone; the unsafe link leaves its text',
  );
  assert.ok(e1.description.nl.length <= 6000);
  assert.equal(e1.url, 'https://ok.example/page');
  assert.equal(e1.registration, undefined);
  assert.equal(e1.image, undefined);
  assert.ok(e1.organizer.name.length <= 200 && e1.organizer.url === undefined && e1.organizer.email === undefined);
  assert.ok(e1.location.name.nl.length <= 200 && e1.location.address.length <= 300);
  assert.ok(e1.statusReason.nl.length <= 500);
  assert.ok(e2.title.nl.length <= 300 && e2.title.nl.endsWith('…'));
  assert.ok(JSON.stringify(r.feed).length < 200_000);
});

test('100,000 items: bounded by size, then by count, and quickly', async () => {
  const items = Array.from({ length: 100_000 }, (_, i) => uitEvent(i));
  const file = write('many.json', { totalItems: items.length, member: items });
  const tooBig = await buildFeed(
    { base, sources: [{ id: 'many', type: 'uitdatabank', name: 'Veel', file }] },
    { baseDir: tmp, now },
  );
  assert.ok(tooBig.feed);
  assert.ok(tooBig.problems.some((p) => p.code === 'tooLarge'));
  const started = Date.now();
  const capped = await buildFeed(
    { base, sources: [{ id: 'many', type: 'uitdatabank', name: 'Veel', file, maxBytes: 50_000_000, maxItems: 1000 }] },
    { baseDir: tmp, now },
  );
  assert.ok(Date.now() - started < 15000);
  assert.equal(capped.feed.events.filter((e) => e.id.startsWith('many-')).length, 1000);
  assert.ok(capped.problems.some((p) => p.code === 'tooMany'));
  // Problems are listed up to a bound, then counted.
  const broken = write('broken-many.json', {
    member: Array.from({ length: 5000 }, (_, i) => ({ '@id': `x${i}`, name: { nl: 'x' } })),
  });
  const many = await buildFeed(
    { base, sources: [{ id: 'broken', type: 'uitdatabank', name: 'Kapot', file: broken }] },
    { baseDir: tmp, now },
  );
  assert.ok(many.problems.length < 300);
  assert.ok(many.problems.some((p) => p.code === 'moreProblems'));
});

/** A local server: each path answers what `routes` says, and requests are recorded. */
async function serve(routes) {
  const seen = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url, headers: req.headers });
    const route = routes[req.url.split('?')[0]];
    if (!route) return res.writeHead(404).end();
    route(req, res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, seen, close: () => new Promise((r) => server.close(r)) };
}

test('over HTTP: a key from the environment, ETag revalidation, a failure keeps the last good items, a hang cannot stop the others', async () => {
  let mode = 'ok';
  const body = ics(
    vevent('a@bib', 'Voorlezen', '20270210T140000'),
    vevent('b@bib', 'Schrijfatelier', '20270217T140000'),
  );
  const s = await serve({
    '/bib.ics': (req, res) => {
      if (mode === 'down') return res.writeHead(503).end();
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304, { ETag: '"v1"' }).end();
      res.writeHead(200, { 'Content-Type': 'text/calendar', ETag: '"v1"' }).end(body);
    },
    '/hang.ics': () => {},
    '/events': (req, res) => {
      const start = Number(new URL(req.url, 'http://x').searchParams.get('start') ?? 0);
      const all = [uitEvent('p1'), uitEvent('p2'), uitEvent('p3')];
      res
        .writeHead(200, { 'Content-Type': 'application/ld+json' })
        .end(JSON.stringify({ totalItems: 3, member: all.slice(start, start + 2) }));
    },
  });
  try {
    const cache = createCache();
    const config = {
      base,
      sources: [
        { id: 'bib', type: 'ics', name: 'Bib', url: `${s.url}/bib.ics`, headers: { 'x-api-key': '${TEST_KEY}' } },
        { id: 'hang', type: 'ics', name: 'Hangt', url: `${s.url}/hang.ics`, timeoutMs: 300 },
        { id: 'uit', type: 'uitdatabank', name: 'UiT', url: `${s.url}/events?embed=true&limit=2` },
      ],
    };
    const opts = { baseDir: tmp, now, cache, env: { TEST_KEY: 'geheim' } };
    const first = await buildFeed(config, opts);
    const count = (r, p) => r.feed.events.filter((e) => e.id.startsWith(p)).length;
    assert.equal(count(first, 'bib-'), 2);
    assert.equal(count(first, 'uit-'), 3, 'the Search API is read page by page');
    assert.equal(s.seen.find((x) => x.url === '/bib.ics').headers['x-api-key'], 'geheim');
    assert.ok(
      first.problems.some((p) => p.source === 'hang' && p.code === 'fetchFailed' && /timed out/.test(p.message)),
    );
    assert.deepEqual(
      first.sources.map((x) => x.state),
      ['ok', 'failed', 'ok'],
    );

    const second = await buildFeed(config, opts);
    assert.equal(s.seen.filter((x) => x.url === '/bib.ics').at(-1).headers['if-none-match'], '"v1"');
    assert.equal(second.sources[0].state, 'not-modified');
    assert.deepEqual(
      second.feed.events.filter((e) => e.id.startsWith('bib-')),
      first.feed.events.filter((e) => e.id.startsWith('bib-')),
    );

    mode = 'down';
    const third = await buildFeed(config, opts);
    assert.equal(third.sources[0].state, 'kept-last-good');
    assert.equal(count(third, 'bib-'), 2);
    assert.ok(third.problems.some((p) => p.source === 'bib' && p.code === 'keptLastGood'));
    // Without its key, a source says which variable it needs.
    const noKey = await buildFeed(config, { ...opts, cache: createCache(), env: {} });
    assert.ok(noKey.problems.some((p) => p.code === 'missingEnv' && /TEST_KEY/.test(p.message)));
  } finally {
    await s.close();
  }
});

test('a broken sources file or base is an error, not a feed', async () => {
  const bad = await buildFeed({ base, sources: [{ id: 'Bad Id', type: 'rss', name: '' }] }, { baseDir: tmp, now });
  assert.equal(bad.feed, undefined);
  assert.equal(bad.problems[0].code, 'configInvalid');
  const noBase = await buildFeed({ base: 'nope.json', sources: [] }, { baseDir: tmp, now, lang: 'nl' });
  assert.equal(noBase.feed, undefined);
  assert.match(noBase.problems[0].message, /basisfeed kon niet gelezen worden/);
  const invalid = await buildFeed(
    { base: write('v0.json', { version: 1, network: {} }), sources: [] },
    { baseDir: tmp, now },
  );
  assert.equal(invalid.problems[0].code, 'baseInvalid');
  // A mapping to a theme the base does not know is probably a typo.
  const typo = await buildFeed(
    {
      base,
      sources: [{ id: 'x', type: 'ics', name: 'X', file: write('e.ics', ics()), defaults: { themes: ['welbevindn'] } }],
    },
    { baseDir: tmp, now },
  );
  assert.ok(typo.problems.some((p) => p.code === 'unknownTerm' && p.params.id === 'welbevindn'));
});

const cli = (...args) => spawnSync(process.execPath, ['bin/som-widgets.js', ...args], { encoding: 'utf8' });

test('CLI: demo/sources builds a valid feed with all three sources, in Dutch', () => {
  const out = join(tmp, 'feed.json');
  const r = cli(
    'feed',
    'build',
    'demo/sources/feed.sources.json',
    '-o',
    out,
    '--lang',
    'nl',
    '--now',
    '2026-12-01T10:00:00+01:00',
  );
  assert.equal(r.status, 0, r.stderr + r.stdout);
  assert.match(
    r.stdout,
    /✓ .*feed\.json: een geldige feed met \d+ activiteiten \(24 uit de basisfeed, \d+ uit bronnen\)/,
  );
  assert.match(r.stdout, /permanent aanbod/);
  assert.match(r.stdout, /dezelfde activiteit .* "ovds-filmforum-2027" uit de basisfeed/);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  const ids = feed.events.map((e) => e.id);
  assert.ok(ids.includes('open-som-raad-2027'));
  assert.ok(ids.filter((id) => id.startsWith('uit-')).length >= 6);
  assert.ok(ids.filter((id) => id.startsWith('bib-')).length >= 20);
  const v = cli('validate', out, '--lang', 'en');
  assert.equal(v.status, 0, v.stdout);
  // Twice the same input, the same output.
  const again = join(tmp, 'feed2.json');
  cli('feed', 'build', 'demo/sources/feed.sources.json', '-o', again, '--now', '2026-12-01T10:00:00+01:00');
  assert.equal(readFileSync(again, 'utf8'), readFileSync(out, 'utf8'));
});

test('CLI: usage, an unreadable sources file, an invalid result', () => {
  assert.equal(cli('feed', 'build').status, 2);
  assert.match(cli('feed', 'build', '--lang', 'en').stderr, /Usage: som-widgets feed build/);
  const missing = cli('feed', 'build', join(tmp, 'nope.json'), '--lang', 'en');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /Cannot read/);
  const cfg = write('bad-base.sources.json', { base: write('bad-base.json', '{ "version": 1 }'), sources: [] });
  const out = join(tmp, 'never.json');
  const r = cli('feed', 'build', join(tmp, cfg), '-o', out, '--lang', 'en');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /not a valid feed; nothing was written/);
  assert.equal(existsSync(out), false);
});
