import { html, nothing } from 'lit';
import '../src/stories/index.js';
import { brokenFeedUrl, cardListArgTypes, demoFeed, emptyFeed, feedUrl, staleFeedUrl, type Loaded } from './helpers.js';

interface Args {
  layout?: string;
  lang?: string;
  limit?: number;
  themes?: string;
  strands?: string;
  kinds?: string;
  headingLevel?: number;
}

const fallback = html`<a href="https://samenonderwijsmaken.example/storys">Lees de verhalen van Samen Onderwijs Maken</a>`;

const list = (a: Args, url?: string) =>
  html`<som-story-list
    src=${url ?? nothing}
    layout=${a.layout ?? nothing}
    lang=${a.lang ?? nothing}
    limit=${a.limit ?? nothing}
    themes=${a.themes ?? nothing}
    strands=${a.strands ?? nothing}
    kinds=${a.kinds ?? nothing}
    heading-level=${a.headingLevel ?? nothing}
    >${fallback}</som-story-list
  >`;

/** The demo feed with one story whose image cannot be loaded. */
async function brokenImageFeed() {
  const feed = await demoFeed();
  const stories = feed.stories as Record<string, unknown>[];
  feed.stories = stories.slice(0, 3).map((s, i) =>
    i
      ? s
      : {
          ...s,
          image: { src: `${location.origin}/demo/img/bestaat-niet.jpg`, alt: 'Weg', width: 1200, height: 800 },
        },
  );
  return feedUrl(feed);
}

export default {
  title: 'Widgets/som-story-list',
  component: 'som-story-list',
  loaders: [async () => ({ url: feedUrl(await demoFeed()) })],
  argTypes: cardListArgTypes,
  render: (args: Args, { loaded }: Loaded) => list(args, loaded.url),
};

/** A city page: the three newest stories in a grid, with "show more". */
export const Grid = { args: { limit: 3 } };

/** The grid in a 320 px column: one card per row. */
export const GridNarrow = {
  args: { limit: 2 },
  render: (args: Args, { loaded }: Loaded) => html`<div style="max-width: 320px">${list(args, loaded.url)}</div>`,
};

/** The image beside the text; it stacks again in a narrow column. */
export const List = { args: { layout: 'list', limit: 4 } };

/** Titles and dates only, for a sidebar. */
export const Compact = {
  args: { layout: 'compact', limit: 5 },
  render: (args: Args, { loaded }: Loaded) => html`<div style="max-width: 320px">${list(args, loaded.url)}</div>`,
};

/** Pre-filtered: only the labs' stories. */
export const LabsOnly = { args: { strands: 'labo', layout: 'list' } };

/** Pre-filtered on kind: videos and podcasts. */
export const VideoAndPodcast = { args: { kinds: 'video podcast' } };

/** A heading in the `heading` slot names the list; the card titles go one level below it (h3). */
export const WithHeading = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<som-story-list src=${loaded.url} layout="compact" limit="3"><h2 slot="heading">Nieuws uit het netwerk</h2>${fallback}</som-story-list>`,
};

/** Cards in a section whose heading is an h3: `heading-level="4"`. */
export const HeadingLevel4 = { args: { limit: 2, headingLevel: 4 } };

/** An image that cannot be loaded, and a story without an image: the placeholder, in the same space. */
export const ImagePlaceholders = {
  loaders: [async () => ({ url: await brokenImageFeed() })],
};

/** One story as a card, for an article or a side column. */
export const Card = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<div style="max-width: 380px"><som-story-card src=${loaded.url} story="podcast-unelma-ouders" heading-level="2">${fallback}</som-story-card></div>`,
};

/** A card whose story is not in the feed (any more): a clear message and the page's fallback. */
export const CardNotFound = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<som-story-card src=${loaded.url} story="bestaat-niet"><a href="https://samenonderwijsmaken.example/storys">Alle verhalen</a></som-story-card>`,
};

/** The pre-filters leave nothing. */
export const FilteredToNothing = { args: { themes: 'dko-muziek' } };

/** No stories at all: a short message and a link to the network. */
export const Empty = {
  loaders: [async () => ({ url: feedUrl(emptyFeed()) })],
};

/** While the feed loads: reserved space, no layout shift. */
export const Loading = {
  render: () =>
    html`<div data-stay-busy><som-feed><som-story-list limit="3">${fallback}</som-story-list></som-feed></div>`,
};

/** The feed cannot be loaded: a message above the page's own fallback link. */
export const FeedError = {
  loaders: [async () => ({ url: brokenFeedUrl() })],
};

/** The network is down: the last good copy, marked as possibly out of date. */
export const Stale = {
  args: { limit: 3 },
  loaders: [async () => ({ url: staleFeedUrl(await demoFeed(), 'stories-story') })],
};

export const French = { args: { lang: 'fr', limit: 3 } };
export const German = { args: { lang: 'de', layout: 'list', limit: 2 } };
export const English = { args: { lang: 'en', layout: 'compact', limit: 4 } };
