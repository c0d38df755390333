import { html, nothing } from 'lit';
import '../src/calendar/index.js';
import type { SomCalendar } from '../src/calendar/index.js';
import { brokenFeedUrl, demoFeed, emptyFeed, feedUrl, staleFeedUrl } from './helpers.js';

interface Args {
  view?: string;
  lang?: string;
  levels?: string;
  audiences?: string;
  themes?: string;
  strands?: string;
  limit?: number;
  past?: boolean;
  noFilters?: boolean;
}
type Loaded = { loaded: { url: string } };

const fallback = html`<a href="https://samenonderwijsmaken.example/kalender">Bekijk de onderwijskalender</a>`;

const calendar = (a: Args, url: string, onLoad?: (el: SomCalendar) => void) =>
  html`<som-calendar
    src=${url}
    view=${a.view ?? nothing}
    lang=${a.lang ?? nothing}
    levels=${a.levels ?? nothing}
    audiences=${a.audiences ?? nothing}
    themes=${a.themes ?? nothing}
    strands=${a.strands ?? nothing}
    limit=${a.limit ?? nothing}
    ?past=${a.past}
    ?no-filters=${a.noFilters}
    @som-feed-load=${
      onLoad
        ? async (e: Event) => {
            const el = e.currentTarget as SomCalendar;
            await el.updateComplete;
            onLoad(el);
          }
        : nothing
    }
    >${fallback}</som-calendar
  >`;

export default {
  title: 'Widgets/som-calendar',
  component: 'som-calendar',
  loaders: [async () => ({ url: feedUrl(await demoFeed()) })],
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'month'] },
    lang: { control: 'inline-radio', options: ['nl', 'fr', 'de', 'en'] },
    limit: { control: 'number' },
  },
  render: (args: Args, { loaded }: Loaded) => calendar(args, loaded.url),
};

/** The default: upcoming activities of the whole network, with the visitor's filters. */
export const List = { args: {} };

/** A secondary school's page: only activities for secondary education. */
export const SecondaryOnly = { args: { levels: 'secundair-1 secundair-2 secundair-3' } };

/** Three items, no filters: for a sidebar or a home page. */
export const Compact = { args: { limit: 3, noFilters: true } };

/** Past activities in their own section, newest first; both lists capped with "show more". */
export const WithPast = { args: { past: true, limit: 4 } };

/** The month grid: arrows, Home/End and PageUp/PageDown move between days; Enter lists a day's activities. */
export const Month = { args: { view: 'month' } };

/** The month grid in a 320 px column. */
export const MonthNarrow = {
  args: { view: 'month', noFilters: true },
  render: (args: Args, { loaded }: Loaded) => html`<div style="max-width: 320px">${calendar(args, loaded.url)}</div>`,
};

/** An event opened: details, map link, "add to my calendar" and sign-up. */
export const EventDetails = {
  args: { limit: 5 },
  render: (args: Args, { loaded }: Loaded) =>
    calendar(args, loaded.url, (el) => el.shadowRoot?.querySelector<HTMLElement>('[data-open]')?.click()),
};

/** The visitor's filters leave nothing: the message offers to clear them. */
export const FilteredToNothing = {
  render: (args: Args, { loaded }: Loaded) =>
    calendar(args, loaded.url, (el) => {
      const search = el.shadowRoot?.querySelector<HTMLInputElement>('input[type=search]');
      if (!search) return;
      search.value = 'zwemles op maandag';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    }),
};

/** Nothing planned: a short message and a link to the network. */
export const Empty = {
  loaders: [async () => ({ url: feedUrl(emptyFeed()) })],
};

/** While the feed loads: reserved space, no layout shift. */
export const Loading = {
  render: () => html`<div data-stay-busy><som-feed><som-calendar>${fallback}</som-calendar></som-feed></div>`,
};

/** The feed cannot be loaded: a message above the page's own fallback link. */
export const FeedError = {
  loaders: [async () => ({ url: brokenFeedUrl() })],
};

/** The network is down: the last good copy, marked as possibly out of date. */
export const Stale = {
  loaders: [async () => ({ url: staleFeedUrl(await demoFeed(), 'calendar-story') })],
};

export const French = { args: { lang: 'fr' } };
export const German = { args: { lang: 'de', view: 'month' } };
export const English = { args: { lang: 'en', past: true, limit: 3 } };
