import { expect } from '@open-wc/testing';
import type { FeedEvent } from '../../src/feed/schema.js';
import {
  applySelection,
  brief,
  compactLabels,
  facetOptions,
  fold,
  groupByMonth,
  isFiltered,
  matchesQuery,
  pluralOf,
  preFilter,
  readHash,
  soonest,
  splitByTime,
  valuesOf,
  writeEventHash,
  writeHash,
} from '../../src/calendar/model.js';
import { idList } from '../../src/core/select.js';
import { ALL_LEVELS } from './fixtures.js';

const TZ = 'Europe/Brussels';
const ev = (id: string, over: Partial<FeedEvent> = {}): FeedEvent => ({
  id,
  title: id,
  start: '2030-01-10T10:00:00+01:00',
  ...over,
});

const labo = ev('labo', { levels: ['secundair-1'], themes: ['welbevinden'], audiences: ['leraren'], strand: 'labo' });
const forum = ev('forum', {
  levels: ['lager', 'secundair-2'],
  themes: ['diversiteit'],
  audiences: ['ouders', 'leraren'],
  strand: 'community',
});
const anyone = ev('anyone');

describe('calendar model: the site pre-filter', () => {
  it('keeps events with any of the ids of a facet, and combines facets with "and"', () => {
    expect(preFilter([labo, forum, anyone], { level: ['secundair-1', 'secundair-2'] }).map((e) => e.id)).to.deep.equal([
      'labo',
      'forum',
    ]);
    expect(
      preFilter([labo, forum], { level: ['secundair-1', 'secundair-2'], theme: ['diversiteit'] }).map((e) => e.id),
    ).to.deep.equal(['forum']);
    expect(preFilter([labo, forum], { strand: ['labo'] }).map((e) => e.id)).to.deep.equal(['labo']);
  });

  it('leaves out events that say nothing about a restricted facet, and ignores empty lists', () => {
    expect(preFilter([anyone], { audience: ['leraren'] })).to.deep.equal([]);
    expect(preFilter([labo, anyone], { audience: [] })).to.have.length(2);
  });

  it('reads space-separated attribute values', () => {
    expect(idList('  secundair-1   secundair-2\n')).to.deep.equal(['secundair-1', 'secundair-2']);
    expect(idList(undefined)).to.deep.equal([]);
    expect(valuesOf(labo, 'strand')).to.deep.equal(['labo']);
    expect(valuesOf(anyone, 'theme')).to.deep.equal([]);
  });
});

describe('calendar model: upcoming and past', () => {
  const now = Date.parse('2030-03-01T12:00:00Z');
  const events = [
    ev('later', { start: '2030-04-02T09:00:00+02:00' }),
    ev('soon', { start: '2030-03-05' }),
    ev('running', { start: '2030-02-27', end: '2030-03-02' }),
    ev('over-today', { start: '2030-03-01T08:00:00+01:00', end: '2030-03-01T10:00:00+01:00' }),
    ev('old', { start: '2029-12-01T19:00:00+01:00' }),
    ev('older', { start: '2029-10-01T19:00:00+02:00' }),
  ];

  it('sorts upcoming soonest first, with events still running, and past newest first', () => {
    const { upcoming, past } = splitByTime(events, now, TZ);
    expect(upcoming.map((e) => e.id)).to.deep.equal(['running', 'soon', 'later']);
    expect(past.map((e) => e.id)).to.deep.equal(['over-today', 'old', 'older']);
  });

  it('groups by the month an event starts in, in Brussels, keeping the order', () => {
    const groups = groupByMonth(
      [
        ev('a', { start: '2030-01-31T23:30:00Z' }), // already 1 February in Brussels
        ev('b', { start: '2030-02-10' }),
        ev('c', { start: '2030-03-01T10:00:00+01:00' }),
      ],
      TZ,
    );
    expect(groups.map((g) => [g.month, g.events.map((e) => e.id)])).to.deep.equal([
      ['2030-02', ['a', 'b']],
      ['2030-03', ['c']],
    ]);
    const newestFirst = groupByMonth([ev('x', { start: '2030-03-02' }), ev('y', { start: '2030-02-02' })], TZ);
    expect(newestFirst.map((g) => g.month)).to.deep.equal(['2030-03', '2030-02']);
  });
});

describe('calendar model: the soonest events, for a first screen', () => {
  const now = Date.parse('2030-03-01T12:00:00Z');
  const day = 864e5;
  const at = (ms: number, dateOnly = false) =>
    dateOnly ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  // 400 events in no order: past, running, all-day and timed (in UTC and with an offset), some upcoming ones within
  // hours of each other, one with a broken date and one id used twice.
  const raw: Record<string, unknown>[] = Array.from({ length: 400 }, (_, i) => {
    const start = now + ((i * 7919) % 400) * 0.37 * day - 60 * day;
    const e: Record<string, unknown> = { id: `e${i}`, title: `E${i}`, start: at(start, i % 5 === 0) };
    if (i % 7 === 0) e.end = at(start + (i % 3) * day, i % 5 === 0);
    if (i % 11 === 0) e.start = (e.start as string).replace('Z', '+02:00');
    return e;
  });
  raw[17] = { ...raw[17], start: 'volgende week' };
  const upcomingOf = (events: unknown[]) => splitByTime(events as FeedEvent[], now, TZ).upcoming.map((e) => e.id);
  const everyUpcoming = upcomingOf(raw.filter((e) => e !== raw[17]));

  it('takes fewer than 60, not over, and no event left out comes before them (the whole list begins with them)', () => {
    const soon = soonest(raw, now) as FeedEvent[];
    expect(soon.length).to.be.below(60);
    // The others ended less than two days ago: the calendar's own rule sets them aside.
    expect(soon.every((e) => Date.parse(e.end ?? e.start) > now - 2 * day)).to.equal(true);
    const first = upcomingOf(soon);
    expect(first.length).to.be.at.least(40);
    expect(first).to.deep.equal(everyUpcoming.slice(0, first.length));
  });

  it('stops before an id used twice, and before what the raw dates cannot place', () => {
    const third = everyUpcoming[2]!;
    const twice = [...raw, { ...raw.find((e) => e.id === third), title: 'Dubbel' }];
    expect(upcomingOf(soonest(twice, now))).to.deep.equal(
      everyUpcoming.slice(0, upcomingOf(soonest(twice, now)).length),
    );
    expect(soonest(twice, now).map((e) => (e as FeedEvent).id)).not.to.include(third);
    expect(soonest(raw, now)).not.to.include(raw[17]);
  });

  it('leaves a short list (checked whole at once) and what is not a list alone', () => {
    expect(soonest(raw.slice(0, 200), now)).to.deep.equal([]);
    expect(soonest({ events: raw }, now)).to.deep.equal([]);
    expect(soonest(undefined, now)).to.deep.equal([]);
  });
});

describe('calendar model: the visitor filters', () => {
  it('offers only the ids the events use, in taxonomy order, and nothing when no choice narrows the list', () => {
    expect(
      facetOptions([labo, forum], 'level', ['lager', 'secundair-1', 'secundair-2', 'hoger']).map((o) => o.id),
    ).to.deep.equal(['lager', 'secundair-1', 'secundair-2']);
    expect(facetOptions([labo, forum], 'audience', ['ouders', 'leraren']).map((o) => [o.id, o.count])).to.deep.equal([
      ['ouders', 1],
      ['leraren', 2],
    ]);
    expect(facetOptions([labo, forum], 'theme', []).map((o) => o.id)).to.deep.equal(['diversiteit', 'welbevinden']);
    // Every event is for teachers: a "teachers" filter would change nothing.
    expect(
      facetOptions(
        [labo, forum].map((e) => ({ ...e, audiences: ['leraren'] })),
        'audience',
        [],
      ),
    ).to.deep.equal([]);
  });

  it('filters by facet values and by every word of the search, ignoring case and accents', () => {
    const text = (e: FeedEvent) => fold(`${e.id === 'labo' ? 'Crèche en Welzijn' : 'Forum over taal'}`);
    expect(applySelection([labo, forum], { theme: 'welbevinden' }, text)).to.deep.equal([labo]);
    expect(applySelection([labo, forum], { audience: 'leraren', level: 'lager' }, text)).to.deep.equal([forum]);
    expect(applySelection([labo, forum], { q: 'CRECHE  welzijn' }, text)).to.deep.equal([labo]);
    expect(applySelection([labo, forum], { q: 'crèche taal' }, text)).to.deep.equal([]);
    expect(applySelection([labo, forum], { q: '   ' }, text)).to.have.length(2);
    expect(matchesQuery(fold('Ouderbetrokkenheid in de Kleuterklas'), 'kleuter OUDER')).to.be.true;
  });

  it('knows when the visitor narrowed the list (the view is not a filter)', () => {
    expect(isFiltered({ view: 'month' })).to.be.false;
    expect(isFiltered({ q: ' ' })).to.be.false;
    expect(isFiltered({ strand: 'labo' })).to.be.true;
  });
});

describe('calendar model: the selection in the URL hash', () => {
  it('writes facets as key:value and the search as q=, under its own key', () => {
    expect(writeHash('', 'som-calendar', { theme: 'welbevinden', q: 'labo' })).to.equal(
      '#som-calendar=theme:welbevinden;q=labo',
    );
    expect(writeHash('', 'som-calendar', { q: 'taal & school;ja' })).to.equal(
      '#som-calendar=q=taal%20%26%20school%3Bja',
    );
  });

  it('reads back what it wrote, including odd characters', () => {
    const sel = { view: 'month', audience: 'leraren', q: 'taal & school;ja: "ok" é' };
    expect(readHash(writeHash('', 'som-calendar', sel), 'som-calendar').selection).to.deep.equal(sel);
  });

  it('leaves other uses of the hash alone and removes its part when nothing is selected', () => {
    expect(writeHash('#top', 'som-calendar', { level: 'lager' })).to.equal('#top&som-calendar=level:lager');
    expect(writeHash('#top&som-calendar=level:lager&x=1', 'som-calendar', { level: 'hoger' })).to.equal(
      '#top&x=1&som-calendar=level:hoger',
    );
    expect(writeHash('#top&som-calendar=level:lager', 'som-calendar', {})).to.equal('#top');
    expect(writeHash('#som-calendar=level:lager', 'som-calendar', { q: '  ' })).to.equal('');
    // Another calendar on the page keeps its own part.
    expect(writeHash('#som-calendar-b=q=x', 'som-calendar', { q: 'y' })).to.equal(
      '#som-calendar-b=q=x&som-calendar=q=y',
    );
    expect(readHash('#som-calendar-b=q=x', 'som-calendar').selection).to.deep.equal({});
  });

  it('finds an event deep link and ignores unknown keys and broken escapes', () => {
    expect(readHash('#event-open-som-raad-2027', 'som-calendar')).to.deep.equal({
      selection: {},
      found: false,
      event: 'open-som-raad-2027',
    });
    expect(readHash('#som-calendar=theme:a;evil:x;q=%E0%A4%A&event-b', 'som-calendar')).to.deep.equal({
      selection: { theme: 'a' },
      found: true,
      event: 'b',
    });
    expect(readHash('#event-<script>', 'som-calendar')).to.deep.equal({ selection: {}, found: false });
    expect(readHash('#som-calendar=', 'som-calendar')).to.deep.equal({ selection: {}, found: true });
  });
});

describe('calendar model: the opened event in the URL hash', () => {
  it("adds, replaces and removes #event-<id>, next to the filters and the page's own parts", () => {
    expect(writeEventHash('', 'labo')).to.equal('#event-labo');
    expect(writeEventHash('#top&som-calendar=theme:welbevinden', 'labo')).to.equal(
      '#top&som-calendar=theme:welbevinden&event-labo',
    );
    expect(writeEventHash('#event-labo&som-calendar=q=x', 'forum')).to.equal('#som-calendar=q=x&event-forum');
    expect(writeEventHash('#top&event-labo', undefined)).to.equal('#top');
    expect(writeEventHash('#event-labo', undefined)).to.equal('');
    // The filters, written after it, keep the event part.
    expect(writeHash('#event-labo', 'som-calendar', { q: 'x' })).to.equal('#event-labo&som-calendar=q=x');
    expect(readHash(writeEventHash('#som-calendar=level:lager', 'labo'), 'som-calendar')).to.deep.equal({
      selection: { level: 'lager' },
      found: true,
      event: 'labo',
    });
  });
});

describe('calendar model: a facet said briefly', () => {
  const levels = ALL_LEVELS;
  it('"all" when every id of the taxonomy is given, in any order', () => {
    expect(brief([...levels].reverse(), levels)).to.deep.equal({ all: true });
  });
  it('"all but" one or two of a long list; the ids themselves otherwise', () => {
    expect(
      brief(
        levels.filter((l) => l !== 'hoger'),
        levels,
      ),
    ).to.deep.equal({ except: ['hoger'] });
    expect(
      brief(
        levels.filter((l) => l !== 'hoger' && l !== 'dko'),
        levels,
      ),
    ).to.deep.equal({ except: ['hoger', 'dko'] });
    expect(brief(levels.slice(0, 6), levels)).to.deep.equal({ only: levels.slice(0, 6) });
    expect(
      brief(
        levels.filter((l) => l !== 'hoger'),
        levels,
        false,
      ),
    ).to.deep.equal({ only: levels.filter((l) => l !== 'hoger') });
    expect(brief(['lager', 'secundair-1'], ['lager', 'secundair-1', 'secundair-2'])).to.deep.equal({
      only: ['lager', 'secundair-1'],
    });
  });
  it('lists ids the taxonomy does not know, and a single id, as they are', () => {
    expect(brief([...levels, 'elders'], levels)).to.deep.equal({ only: [...levels, 'elders'] });
    expect(brief(['lager'], ['lager'])).to.deep.equal({ only: ['lager'] });
    expect(brief([], levels)).to.deep.equal({ only: [] });
  });
});

describe('calendar model: labels said compactly', () => {
  it('says a shared head once for neighbours', () => {
    expect(
      compactLabels([
        'Lager onderwijs',
        'Secundair onderwijs, eerste graad',
        'Secundair onderwijs, tweede graad',
        'Hoger onderwijs',
      ]),
    ).to.equal('Lager onderwijs, Secundair onderwijs (eerste graad, tweede graad), Hoger onderwijs');
    expect(compactLabels(['Secondaire, 1er degré', 'Secondaire, 2e degré', 'Secondaire, 3e degré'])).to.equal(
      'Secondaire (1er degré, 2e degré, 3e degré)',
    );
  });
  it('leaves single and unrelated labels as they are', () => {
    expect(compactLabels(['Secundair onderwijs, eerste graad', 'Hoger onderwijs'])).to.equal(
      'Secundair onderwijs, eerste graad, Hoger onderwijs',
    );
    expect(compactLabels(['Leraren', 'Directies en middenkader'])).to.equal('Leraren, Directies en middenkader');
    expect(compactLabels(['Secundair', 'Secundair, eerste graad'])).to.equal('Secundair, Secundair, eerste graad');
    expect(compactLabels([])).to.equal('');
  });
});

describe('pluralOf', () => {
  it('picks the form Intl.PluralRules picks for every count, in the four languages', () => {
    for (const lang of ['nl', 'fr', 'de', 'en'])
      for (let n = 0; n <= 1200; n++)
        expect(pluralOf(lang, n), `${lang} ${n}`).to.equal(
          new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other',
        );
  });
});
