import { html, nothing } from 'lit';
import '../src/portraits/index.js';
import { brokenFeedUrl, cardListArgTypes, demoFeed, emptyFeed, feedUrl, staleFeedUrl, type Loaded } from './helpers.js';

interface Args {
  layout?: string;
  lang?: string;
  limit?: number;
  themes?: string;
  levels?: string;
  headingLevel?: number;
}

const fallback = html`<a href="https://samenonderwijsmaken.example/zij-maken-onderwijs">Lees de portretten van Zij maken onderwijs</a>`;

const list = (a: Args, url?: string) =>
  html`<som-portrait-list
    src=${url ?? nothing}
    layout=${a.layout ?? nothing}
    lang=${a.lang ?? nothing}
    limit=${a.limit ?? nothing}
    themes=${a.themes ?? nothing}
    levels=${a.levels ?? nothing}
    heading-level=${a.headingLevel ?? nothing}
    >${fallback}</som-portrait-list
  >`;

/** A card with its bio opened, as a visitor would after pressing "more about …". */
const opened = (e: Event) => {
  const el = e.currentTarget as HTMLElement & { updateComplete: Promise<unknown> };
  void el.updateComplete.then(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part=toggle]')?.click());
};

export default {
  title: 'Widgets/som-portrait-list',
  component: 'som-portrait-list',
  loaders: [async () => ({ url: feedUrl(await demoFeed()) })],
  argTypes: cardListArgTypes,
  render: (args: Args, { loaded }: Loaded) => list(args, loaded.url),
};

/** A primary school's page: people from pre-school and primary education, three at a time. */
export const PrimarySchool = { args: { levels: 'kleuter lager', limit: 3 } };

/** Every portrait, newest first. */
export const Grid = { args: {} };

/** The grid in a 320 px column. */
export const GridNarrow = {
  args: { limit: 2 },
  render: (args: Args, { loaded }: Loaded) => html`<div style="max-width: 320px">${list(args, loaded.url)}</div>`,
};

/** The photo beside the text. */
export const List = { args: { layout: 'list', limit: 3 } };

/** Names and roles only, for a sidebar. */
export const Compact = {
  args: { layout: 'compact', limit: 5 },
  render: (args: Args, { loaded }: Loaded) => html`<div style="max-width: 320px">${list(args, loaded.url)}</div>`,
};

/** Pre-filtered on a theme. */
export const DiversityTheme = { args: { themes: 'diversiteit', layout: 'list' } };

/** One portrait as a card, with its bio opened. */
export const CardWithBio = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<div style="max-width: 360px"><som-portrait-card src=${loaded.url} portrait="hanne-opbouwwerker" @som-feed-load=${opened}>${fallback}</som-portrait-card></div>`,
};

/** No photo: the initials, in the same space a photo would take. */
export const CardWithoutPhoto = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<div style="max-width: 360px"><som-portrait-card src=${loaded.url} portrait="tom-tweedekansonderwijs" heading-level="2">${fallback}</som-portrait-card></div>`,
};

/** A card whose portrait is not in the feed (any more): a clear message and the page's fallback. */
export const CardNotFound = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<som-portrait-card src=${loaded.url} portrait="niemand"><a href="https://samenonderwijsmaken.example/zij-maken-onderwijs">Alle portretten</a></som-portrait-card>`,
};

/** A heading in the `heading` slot names the list; the names go one level below it. */
export const WithHeading = {
  render: (_: Args, { loaded }: Loaded) =>
    html`<som-portrait-list src=${loaded.url} levels="lager" limit="2"><h2 slot="heading">Zij maken onderwijs</h2>${fallback}</som-portrait-list>`,
};

/** The pre-filters leave nothing. */
export const FilteredToNothing = { args: { levels: 'dko' } };

/** No portraits at all: a short message and a link to the network. */
export const Empty = {
  loaders: [async () => ({ url: feedUrl(emptyFeed()) })],
};

/** While the feed loads: reserved space, no layout shift. */
export const Loading = {
  render: () =>
    html`<div data-stay-busy><som-feed><som-portrait-list limit="3">${fallback}</som-portrait-list></som-feed></div>`,
};

/** The feed cannot be loaded: a message above the page's own fallback link. */
export const FeedError = {
  loaders: [async () => ({ url: brokenFeedUrl() })],
};

/** The network is down: the last good copy, marked as possibly out of date. */
export const Stale = {
  args: { limit: 3 },
  loaders: [async () => ({ url: staleFeedUrl(await demoFeed(), 'portraits-story') })],
};

export const French = { args: { lang: 'fr', levels: 'kleuter', limit: 3 } };
export const German = { args: { lang: 'de', layout: 'list', limit: 2 } };
export const English = { args: { lang: 'en', layout: 'compact' } };
