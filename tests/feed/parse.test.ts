import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { parseFeed } from '../../src/feed/index.js';
import { EventSchema, FeedSchema, StorySchema } from '../../src/feed/schema.js';
import { check } from '../../src/feed/check.js';
import * as contract from '../../src/feed/contract.generated.js';

const load = async (path: string) => (await fetch(new URL(path, import.meta.url))).json();
const envelope = { version: 1, network: { id: 'som-leuven', name: 'SOM' } };
const event = (over: Record<string, unknown> = {}) => ({
  id: 'labo-1',
  title: 'Labo',
  start: '2027-01-10T15:00:00+01:00',
  ...over,
});

describe('parseFeed', () => {
  it('accepts the demo feed with every item and no problem', async () => {
    const json = await load('../../demo/feed.json');
    const r = parseFeed(json);
    expect(r.problems).to.deep.equal([]);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.feed.events.length).to.equal(json.events.length);
    expect(r.feed.stories.length).to.equal(json.stories.length);
    expect(r.feed.portraits.length).to.equal(json.portraits.length);
    expect(z.safeParse(FeedSchema, json).success, 'zod agrees').to.equal(true);
  });

  it('skips bad items, reports index, id and the first problem, keeps the first of duplicate ids', async () => {
    const r = parseFeed(await load('../fixtures/feed-with-problems.json'));
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const ids = r.feed.events.map((e) => e.id);
    expect(ids).to.include('labo-welbevinden').and.not.include('zonder-start');
    expect(ids.filter((i) => i === 'labo-welbevinden')).to.have.length(1);
    const missing = r.problems.find((p) => p.id === 'zonder-start')!;
    expect(missing.list).to.equal('events');
    expect(missing.index).to.be.a('number');
    expect(missing.message).to.match(/start/);
    expect(r.problems.some((p) => /Duplicate id "labo-welbevinden"/.test(p.message))).to.equal(true);
    const unsafe = r.problems.find((p) => p.id === 'gevaarlijke-link')!;
    expect(unsafe.path).to.equal('url');
    expect(r.feed.events.find((e) => e.id === 'gevaarlijke-link')?.url).to.equal(undefined);
  });

  it('ignores unknown fields (forward compatible)', () => {
    const r = parseFeed({
      ...envelope,
      future: { x: 1 },
      events: [event({ livestream: 'yes', location: { name: 'HAL 5', floor: 2 } })],
    });
    expect(r.ok && r.feed.events[0]).to.deep.equal({
      id: 'labo-1',
      title: 'Labo',
      start: '2027-01-10T15:00:00+01:00',
      location: { name: 'HAL 5' },
    });
  });

  it('refuses a newer major version with a clear message', () => {
    const r = parseFeed({ ...envelope, version: 2 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.match(/version 2.*version 1/);
  });

  it('refuses an invalid envelope', () => {
    for (const bad of [
      null,
      [],
      'x',
      { version: 1 },
      { version: 1, network: { id: 'Bad Id', name: 'x' } },
      { version: '1', network: envelope.network },
    ]) {
      expect(parseFeed(bad).ok, JSON.stringify(bad)).to.equal(false);
    }
  });

  it('is an error only when every item of a list is invalid', () => {
    const r = parseFeed({ ...envelope, events: [{ id: 'x' }, { title: 'no id', start: '2027-01-01' }] });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error).to.match(/Every item in "events"/);
    expect(parseFeed({ ...envelope, events: [] }).ok).to.equal(true);
  });

  it('checks each kind of invalid event', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [event({ id: 'Has Spaces' }), /id/],
      [event({ title: '' }), /title/],
      [event({ start: '2027-01-10T15:00:00' }), /start/], // no offset
      [event({ start: 'morgen' }), /start/],
      [event({ end: '2027-01-10T14:00:00+01:00' }), /end/],
      [event({ status: 'maybe' }), /status/],
      [event({ registration: { type: 'form' } }), /registration/],
      [event({ registration: { type: 'other' } }), /registration/],
      [event({ themes: 'welbevinden' }), /themes/],
      [event({ image: { src: 'https://x.example/a.jpg' } }), /alt/],
    ];
    for (const [item, pattern] of cases) {
      const r = parseFeed({ ...envelope, events: [event({ id: 'ok' }), item] });
      expect(r.ok && r.feed.events.length, JSON.stringify(item)).to.equal(1);
      expect(r.problems[0]?.message, JSON.stringify(item)).to.match(pattern);
    }
  });

  it('drops unsafe links field by field and keeps the item', () => {
    const r = parseFeed({
      ...envelope,
      events: [
        event({
          url: 'JavaScript:alert(1)',
          image: { src: 'data:image/png;base64,AAAA', alt: '' },
          organizer: { name: 'SOM', email: 'mailto:som@example.org', url: '//evil.example' },
          partners: [
            { name: 'UCLL', url: 'https://ucll.example' },
            { name: 'X', url: 'vbscript:x' },
          ],
          registration: { type: 'external', url: 'java\tscript:alert(1)' },
        }),
      ],
      stories: [
        { id: 's', title: 'S', url: '/relative', published: '2026-01-01' },
        { id: 't', title: 'T', url: 'https://x.example/t', published: '2026-01-01' },
      ],
    });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    const e = r.feed.events[0]!;
    expect(e.url).to.equal(undefined);
    expect(e.image).to.equal(undefined);
    expect(e.registration).to.equal(undefined);
    expect(e.organizer).to.deep.equal({ name: 'SOM', email: 'mailto:som@example.org' });
    expect(e.partners).to.deep.equal([{ name: 'UCLL', url: 'https://ucll.example/' }, { name: 'X' }]);
    expect(
      r.feed.stories.map((s) => s.id),
      'a story needs its link',
    ).to.deep.equal(['t']);
    expect(r.problems.map((p) => p.path)).to.include.members([
      'url',
      'image.src',
      'organizer.url',
      'partners.1.url',
      'registration.url',
    ]);
  });

  it('needs a quote or a bio on a portrait', () => {
    const r = parseFeed({
      ...envelope,
      portraits: [
        { id: 'a', name: 'An', published: '2026-01-01' },
        { id: 'b', name: 'Bo', quote: 'Samen', published: '2026-01-01' },
      ],
    });
    expect(r.ok && r.feed.portraits.map((p) => p.id)).to.deep.equal(['b']);
  });

  it('gives Dutch messages when asked', () => {
    const r = parseFeed({ ...envelope, version: 3 }, { lang: 'nl' });
    expect(!r.ok && r.error).to.match(/Deze feed is versie 3/);
  });
});

describe('the browser checker agrees with the zod contract', () => {
  const samples: unknown[] = [
    event(),
    event({ start: '2027-02-30' }),
    event({ start: '2028-02-29' }),
    event({ start: '2027-02-29' }),
    event({ start: '2027-13-01' }),
    event({ start: '2027-01-10T15:00Z' }),
    event({ start: '2027-01-10T24:00:00Z' }),
    event({ start: '2027-01-10T15:00:00.250+01:00' }),
    event({ start: '2027-01-10T15:00:00+1:00' }),
    event({ start: '2027-01-10 15:00:00Z' }),
    event({ start: '2027-01-10T15:00:00z' }),
    event({ title: { nl: 'Labo', en: 'Lab' } }),
    event({ title: { 'not a tag': 'x' } }),
    event({
      registration: { type: 'form', endpoint: 'https://x.example', privacyUrl: 'https://x.example/p', capacity: -1 },
    }),
    event({ registration: { type: 'none' } }),
    event({ partners: [{ name: '' }] }),
    event({ languages: [1] }),
    { id: 'x' },
    42,
  ];
  for (const sample of samples) {
    it(JSON.stringify(sample).slice(0, 80), () => {
      expect(check(contract.events, sample).ok).to.equal(z.safeParse(EventSchema, sample).success);
    });
  }
  it('on stories too', () => {
    const story = {
      id: 's',
      title: 'S',
      url: 'https://x.example',
      published: '2026-01-01',
      kind: 'video',
      readingMinutes: 0,
    };
    expect(check(contract.stories, story).ok).to.equal(z.safeParse(StorySchema, story).success);
  });
});

describe('lists are validated only when a widget registered them', () => {
  it('reads an unregistered list as empty, then validates it once registered', async () => {
    const { parseFeed: parseRegistered, registerList } = await import('../../src/feed/parse.js');
    const { portraits } = await import('../../src/feed/contract.generated.js');
    const json = {
      ...envelope,
      portraits: [{ id: 'a', name: 'An', quote: 'Samen', published: '2026-01-01' }, { id: 'b' }],
    };
    // Earlier tests registered everything through index.js; this checks the lazy path on a fresh list read.
    registerList('portraits', portraits);
    const r = parseRegistered(json);
    expect(r.ok && r.feed.portraits.map((p) => p.id)).to.deep.equal(['a']);
    expect(r.problems.some((p) => p.id === 'b')).to.equal(true);
  });
});

describe('parseFeedInSlices', () => {
  /** The parser with each event's check made to cost 2 ms (a slow phone, code still cold), until `undo()`. */
  async function slowParser() {
    const parse = await import('../../src/feed/parse.js');
    const { events } = await import('../../src/feed/contract.generated.js');
    const rule = events.rule as ((e: never) => string | undefined) | undefined;
    parse.registerList('events', {
      ...events,
      rule: (e: never) => {
        const end = performance.now() + 2;
        while (performance.now() < end);
        return rule?.(e);
      },
    });
    return { ...parse, undo: () => parse.registerList('events', events) };
  }

  it('gives the same result as parseFeed, pausing every few milliseconds, not every so many items', async () => {
    // 450 events are about 0.9 s of work, which must be cut into slices of SLICE_MS (12 ms), so dozens of pauses;
    // slices of 100 items would give 4.
    const { parseFeed: parseRegistered, parseFeedInSlices, undo } = await slowParser();
    const many: Record<string, unknown>[] = Array.from({ length: 450 }, (_, i) => event({ id: `e${i}` }));
    many[300] = { id: 'broken' };
    const json = { ...envelope, events: many };
    let pauses = 0;
    const tick = setInterval(() => pauses++, 0);
    const sliced = await parseFeedInSlices(json);
    clearInterval(tick);
    undo();
    const whole = parseRegistered(json);
    expect(sliced.ok && sliced.feed.events.length).to.equal(449);
    expect(sliced.problems).to.deep.equal(whole.problems);
    expect(pauses, 'other tasks ran in between').to.be.greaterThan(15);
  });

  it('pauses with the given pause instead of a new task (the calendar’s first screen stays ahead of other tasks)', async () => {
    const { parseFeed: parseRegistered, parseFeedInSlices, undo } = await slowParser();
    const json = { ...envelope, events: Array.from({ length: 60 }, (_, i) => event({ id: `e${i}` })) };
    let pauses = 0;
    let taskRan = false;
    setTimeout(() => (taskRan = true));
    const sliced = await parseFeedInSlices(json, { pause: () => (pauses++, Promise.resolve()) });
    undo();
    expect(taskRan, 'no task of its own in between').to.equal(false);
    expect(pauses).to.be.at.least(3);
    expect(sliced).to.deep.equal(parseRegistered(json));
  });
});
