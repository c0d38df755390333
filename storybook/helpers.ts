/**
 * Feeds for stories and tests. The demo feed's dates are shifted by whole weeks so its first event
 * stays upcoming whatever the date (stories and tests must not rot), and its images are served from
 * wherever the demo folder is (Storybook and the test runner both serve it at /demo/).
 */
const DEMO_TODAY = Date.parse('2026-11-27T00:00:00Z');
const WEEK = 7 * 24 * 3600 * 1000;

type Json = Record<string, unknown>;
/** What a story's loader gives its render function: the feed's URL. */
export type Loaded = { loaded: { url: string } };

/** The controls the card lists (stories, portraits) share. */
export const cardListArgTypes = {
  layout: { control: 'inline-radio', options: ['grid', 'list', 'compact'] },
  lang: { control: 'inline-radio', options: ['nl', 'fr', 'de', 'en'] },
  limit: { control: 'number' },
  headingLevel: { control: { type: 'number', min: 2, max: 6 } },
};

const shiftDate = (value: string, ms: number): string => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(Date.parse(`${value}T00:00:00Z`) + ms).toISOString().slice(0, 10);
  return new Date(Date.parse(value) + ms).toISOString().replace('.000Z', 'Z');
};

/** The demo feed, dated relative to `now`. */
export async function demoFeed(now = Date.now()): Promise<Json> {
  const text = await (await fetch('/demo/feed.json')).text();
  const feed = JSON.parse(text.replaceAll('http://localhost:8080/img/', `${location.origin}/demo/img/`)) as Json;
  // Backwards too: a test clock set before the demo's day (TEST_NOW) sees the feed as it stood then.
  const shift = Math.floor((now - DEMO_TODAY) / WEEK) * WEEK;
  if (shift) {
    for (const e of (feed.events ?? []) as Json[]) {
      for (const key of ['start', 'end', 'updated'] as const)
        if (typeof e[key] === 'string') e[key] = shiftDate(e[key] as string, shift);
      const reg = e.registration as Json | undefined;
      for (const key of ['opens', 'closes'] as const)
        if (reg && typeof reg[key] === 'string') reg[key] = shiftDate(reg[key] as string, shift);
    }
  }
  return feed;
}

/** A URL that serves this object as the feed. */
export const feedUrl = (feed: unknown): string =>
  URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

/** A feed URL that answers with something that is not a feed (the error state, no retry wait). */
export const brokenFeedUrl = (): string =>
  URL.createObjectURL(new Blob(['<html>Not found</html>'], { type: 'text/html' }));

/** A URL that fails, with a last good copy from three days ago in localStorage (the stale state). */
export function staleFeedUrl(feed: unknown, id = Math.random().toString(36).slice(2)): string {
  const url = `https://feed.invalid/stale-${id}.json`;
  localStorage.setItem(
    `som-widgets:feed:${url}`,
    JSON.stringify({ fetchedAt: Date.now() - 3 * 24 * 3600 * 1000, json: feed }),
  );
  return url;
}

/** An empty but valid feed. */
export const emptyFeed = (over: Json = {}): Json => ({
  version: 1,
  network: {
    id: 'som-leuven',
    name: 'Samen Onderwijs Maken',
    url: 'https://samenonderwijsmaken.example',
    languages: ['nl', 'fr', 'en'],
  },
  ...over,
});

/** A network's own short instrument: other option values (0–3), its own levels, text in two languages. */
export const ownInstrument = {
  id: 'buurtscan',
  title: { nl: 'Buurtscan', fr: 'Scan du quartier' },
  intro: { nl: 'Drie vragen over jullie samenwerking met de buurt.' },
  dimensions: [
    {
      id: 'contact',
      label: { nl: 'Contact met de buurt' },
      questions: [
        {
          id: 'c1',
          text: { nl: 'Hoe vaak spreken jullie buurtbewoners?' },
          help: { nl: 'Denk aan het voorbije schooljaar.' },
          options: [
            { value: 0, label: { nl: 'Nooit' } },
            { value: 1, label: { nl: 'Soms' } },
            { value: 2, label: { nl: 'Vaak' } },
            { value: 3, label: { nl: 'Elke week' } },
          ],
        },
      ],
      advice: { low: { nl: 'Nodig de buurt eens uit.' }, high: { nl: 'Blijf de buurt betrekken.' } },
    },
    {
      id: 'ruimte',
      label: { nl: 'Ruimte delen' },
      questions: [
        {
          id: 'r1',
          text: { nl: 'Mag de buurt jullie lokalen gebruiken?' },
          options: [
            { value: 1, label: { nl: 'Nee' } },
            { value: 2, label: { nl: 'Ja' } },
          ],
        },
        {
          id: 'r2',
          text: { nl: 'Gebruiken jullie ruimte in de buurt?' },
          options: [
            { value: 1, label: { nl: 'Nee' } },
            { value: 2, label: { nl: 'Ja' } },
          ],
        },
      ],
    },
  ],
  levels: [
    { id: 'begin', min: 1, label: { nl: 'Beginnende buurtschool' } },
    {
      id: 'buurtschool',
      min: 3.5,
      label: { nl: 'Echte buurtschool' },
      description: { nl: 'De school hoort bij de buurt.' },
    },
  ],
};
