/**
 * What an activity says about itself: sign-up only while it is possible (the rule <som-signup> uses),
 * the status once with the feed's reason as given, levels said briefly, British English dates.
 * No <som-signup> on this page: each test file runs in a page of its own.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/calendar/index.js';
import type { SomCalendar } from '../../src/calendar/index.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { emptyFeed, feedUrl } from '../../storybook/helpers.js';
import { axeViolations, settle } from '../helpers.js';
import { ALL_LEVELS, inDays, taxonomies } from './fixtures.js';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const page = (id: string) => `https://som.example/kalender/${id}`;
const form = (extra: Record<string, unknown> = {}) => ({
  type: 'form',
  endpoint: 'https://som.example/api/events/x/registrations',
  privacyUrl: 'https://som.example/privacy',
  ...extra,
});
const OPENS = at(3);

const events = () => [
  // At a fixed hour (10:00–12:00 UTC), so it never runs past midnight whatever the hour the tests run at.
  {
    id: 'open',
    title: 'Open labo',
    start: `${inDays(20)}T10:00:00Z`,
    end: `${inDays(20)}T12:00:00Z`,
    url: page('open'),
    registration: form({ opens: at(-5), closes: at(15), capacity: 30 }),
  },
  {
    id: 'wacht',
    title: 'Met wachtlijst',
    start: at(21),
    url: page('wacht'),
    status: 'full',
    registration: form({ capacity: 20, waitlist: true }),
  },
  { id: 'dicht', title: 'Deadline voorbij', start: at(22), url: page('dicht'), registration: form({ closes: at(-1) }) },
  {
    id: 'vol',
    title: 'Masterclass',
    start: at(23),
    url: page('vol'),
    status: 'full',
    description: 'De zaal is volzet. Er is geen wachtlijst.',
    registration: form({ capacity: 150 }),
  },
  { id: 'later', title: 'Later open', start: at(40), url: page('later'), registration: form({ opens: OPENS }) },
  {
    id: 'iedereen',
    title: 'Voor iedereen',
    start: at(24),
    audiences: ['leraren', 'ouders'],
    levels: ['lager', 'secundair-1', 'secundair-2'],
  },
  {
    id: 'afgelast',
    title: 'Afgelast labo',
    start: at(25),
    status: 'cancelled',
    statusReason: { nl: 'Geannuleerd: twee trekkers vallen uit.', en: 'Cancelled: two leads are unavailable.' },
  },
  {
    id: 'verplaatst',
    title: 'Schoolreis',
    start: at(26),
    status: 'postponed',
    statusReason: 'Verplaatst: de datum valt samen met de examens.',
  },
];

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const links = (region: Element) =>
  Array.from(region.querySelectorAll('a')).map((a) => [text(a), a.getAttribute('href')]);

async function mount(feed: Record<string, unknown>, lang = 'nl'): Promise<SomCalendar> {
  const el = await fixture<SomCalendar>(
    html`<som-calendar lang=${lang} limit="50" src=${feedUrl(feed)}></som-calendar>`,
  );
  await settle(el);
  return el;
}

async function open(el: SomCalendar, id: string): Promise<HTMLElement> {
  $(el, `#b-${id}`).click();
  await waitUntil(() => $(el, `#d-${id} dl`), `details of ${id}`);
  await el.updateComplete;
  return $<HTMLElement>(el, `#d-${id}`);
}

describe('<som-calendar> details: sign-up', () => {
  beforeEach(clearFeedCache);

  it('links "Inschrijven" while registration is open, and to the waiting list when full with one', async () => {
    const el = await mount(emptyFeed({ taxonomies, events: events() }));
    expect(links(await open(el, 'open'))).to.deep.include(['Inschrijven', page('open')]);
    expect(links(await open(el, 'wacht'))).to.deep.include(['Inschrijven op de wachtlijst', page('wacht')]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says why when sign-up is not possible: closed, full without a waiting list, not yet open (with the date)', async () => {
    const el = await mount(emptyFeed({ taxonomies, events: events() }));
    const cases: [string, string][] = [
      ['dicht', 'De inschrijvingen zijn gesloten.'],
      ['vol', 'Volzet: er is geen wachtlijst.'],
      [
        'later',
        `Inschrijven kan vanaf ${new Intl.DateTimeFormat('nl-BE', { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' }).format(new Date(OPENS))}.`,
      ],
    ];
    for (const [id, why] of cases) {
      const region = await open(el, id);
      expect(text(region.querySelector('.reg')), id).to.equal(why);
      expect(
        links(region).map(([t]) => t),
        id,
      ).not.to.include('Inschrijven');
      expect(
        links(region).map(([t]) => t),
        id,
      ).not.to.include('Inschrijven op de wachtlijst');
    }
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('speaks the reason in the interface language', async () => {
    const el = await mount(emptyFeed({ taxonomies, events: events() }), 'en');
    expect(text((await open(el, 'vol')).querySelector('.reg'))).to.equal('Full: there is no waiting list.');
    expect(links(await open(el, 'wacht'))).to.deep.include(['Join the waiting list', page('wacht')]);
  });
});

describe('<som-calendar> status and levels', () => {
  beforeEach(clearFeedCache);

  it("shows the status once (the badge) and the feed's reason as given", async () => {
    const el = await mount(emptyFeed({ taxonomies, events: events() }));
    expect(text($(el, '#event-afgelast .st'))).to.equal('Geannuleerd');
    expect(text($(el, '#event-afgelast .reason'))).to.equal('Geannuleerd: twee trekkers vallen uit.');
    expect(text($(el, '#event-verplaatst .st'))).to.equal('Uitgesteld');
    expect(text($(el, '#event-verplaatst .reason'))).to.equal('Verplaatst: de datum valt samen met de examens.');
    for (const id of ['afgelast', 'verplaatst'])
      expect(text($(el, `#event-${id}`)), id).not.to.match(/(Geannuleerd|Uitgesteld): (Geannuleerd|Verplaatst)/);
  });

  it('says "all levels" and "everyone" when an activity names every one of the taxonomy\'s, in each language', async () => {
    const feed = emptyFeed({ taxonomies, events: events() });
    const cases: [string, string][] = [
      ['nl', 'Voor: iedereen · alle niveaus'],
      ['fr', 'Pour: tout le monde · tous les niveaux'],
      ['de', 'Für: alle · alle Stufen'],
      ['en', 'For: everyone · all levels'],
    ];
    for (const [lang, words] of cases) {
      clearFeedCache();
      const el = await mount(feed, lang);
      expect(text($(el, '#event-iedereen .tags .muted')), lang).to.equal(words);
    }
  });

  it('says "all levels except …" when one or two of a long list are missing; lists a few as they are', async () => {
    const ids = ALL_LEVELS;
    const levels = ids.map((id) => ({ id, label: { nl: id === 'hoger' ? 'Hoger onderwijs' : id } }));
    const feed = emptyFeed({
      taxonomies: { ...taxonomies, levels },
      events: [
        { id: 'bijna', title: 'Bijna iedereen', start: at(5), levels: ids.filter((id) => id !== 'hoger') },
        { id: 'enkele', title: 'Enkele', start: at(6), levels: ['lager', 'secundair-1'] },
      ],
    });
    const el = await mount(feed);
    expect(text($(el, '#event-bijna .tags .muted'))).to.equal('Voor: alle niveaus behalve Hoger onderwijs');
    expect(text($(el, '#event-enkele .tags .muted'))).to.equal('Voor: lager, secundair-1');
  });
});

describe('<som-calendar> dates in English', () => {
  beforeEach(clearFeedCache);

  it('uses the British conventions: day before month, 24-hour clock', async () => {
    const el = await mount(emptyFeed({ taxonomies, events: events() }), 'en');
    const when = text($(el, '#event-open .when [aria-hidden]'));
    expect(when).to.match(/^\w{3},? \d{1,2} \w{3} \d{4} · \d\d:\d\d–\d\d:\d\d$/);
    expect(text(el.shadowRoot as unknown as Element)).not.to.match(/\b(AM|PM)\b/);
  });
});
