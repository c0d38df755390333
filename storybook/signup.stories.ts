import { html, type TemplateResult } from 'lit';
import '../src/signup/index.js';
import type { FeedEvent } from '../src/feed/schema.js';
import type { FakeConfig, Scripted } from '../tests/signup/fake-endpoint.js';
import { brokenFeedUrl, demoFeed, staleFeedUrl } from './helpers.js';
import { EVENT, fakeSignup, PERSON, type Typed } from './signup-fake.js';

interface Loaded {
  url: string;
}
type Ctx = { loaded: Loaded };

const fallback = html`<a href="https://samenonderwijsmaken.example/kalender/${EVENT}">Inschrijven op de website van SOM</a>`;

/**
 * A story whose event signs up at a fake endpoint set up with `config`, answering POSTs with `script`.
 * With `typed`, the form is filled in and submitted until `done` shows. `parameters.reaches` is the
 * selector (in the element) that proves the story shows its state; tests/signup/stories.test.ts checks it.
 */
function story(
  config: FakeConfig,
  options: {
    script?: Scripted[];
    change?: (e: FeedEvent) => void;
    id?: string;
    typed?: Typed;
    done?: string;
    lang?: string;
    reaches?: string;
    offline?: boolean;
  } = {},
) {
  return {
    parameters: { reaches: options.done ?? options.reaches ?? 'form' },
    loaders: [
      async () => {
        const { url, fake } = await fakeSignup(config, options.change, options.id);
        fake.next(...(options.script ?? []));
        return { url };
      },
    ],
    render: (_: unknown, { loaded }: Ctx): TemplateResult => {
      const el = html`<som-signup src=${loaded.url} event=${options.id ?? EVENT} lang=${options.lang ?? 'nl'}>${fallback}</som-signup>`;
      return options.typed
        ? html`<signup-driver .typed=${options.typed} .done=${options.done} .offline=${!!options.offline}>${el}</signup-driver>`
        : el;
    },
  };
}

export default {
  title: 'Widgets/som-signup',
  component: 'som-signup',
};

/** Open, with places left: the form. */
export const Open = story({ capacity: 35, confirmed: 12 });

/** No capacity limit: no count, only the deadline. */
export const Unlimited = story({ capacity: null, closes: '2027-01-10T23:59:00+01:00' });

/** Submitted empty: the error summary (focused) links to each field. */
export const Invalid = story({}, { typed: {}, done: '.summary' });

/** The server's 422 problem details, mapped onto the fields. */
export const ServerInvalid = story(
  {},
  {
    typed: PERSON,
    done: '.summary',
    script: [
      {
        status: 422,
        body: {
          type: 'https://som-widgets.example/problems/validation',
          title: 'Invalid sign-up',
          status: 422,
          errors: [
            { field: 'email', message: 'Dit e-mailadres kan geen post ontvangen.' },
            { field: 'answers.organisation', message: 'Vul je school of organisatie voluit in.' },
          ],
        },
      },
    ],
  },
);

/** Sending: the button is disabled and says so. */
export const Sending = story({}, { typed: PERSON, done: '[aria-disabled=true]', script: ['hang'] });

/** No network: everything typed is kept; it retries when the browser is back online. */
export const Offline = story({}, { typed: PERSON, done: '.note', script: ['network'], offline: true });

/** No answer although the browser is online (the service is down, or this site is not in its ALLOWED_ORIGINS). */
export const Unreachable = story({}, { typed: PERSON, done: '.note', script: ['network'] });

/** A 5xx: kept, with a retry button. */
export const ServerError = story({}, { typed: PERSON, done: '.note', script: [503] });

/** 429: it waits as long as Retry-After says, then sends again by itself. */
export const RateLimited = story(
  {},
  { typed: PERSON, done: '.note', script: [{ status: 429, headers: { 'Retry-After': '45' } }] },
);

/** Signed up: calendar and cancel links. */
export const Success = story({ capacity: 35, confirmed: 12 }, { typed: PERSON, done: '.done' });

/** The waiting list, before signing up. */
export const WaitingList = story({ capacity: 35, confirmed: 35, waitlist: true });

/** On the waiting list, with the position. */
export const WaitingListSuccess = story(
  { capacity: 35, confirmed: 35, waitlisted: 2, waitlist: true },
  { typed: PERSON, done: '.done' },
);

/** The same e-mail address again: the existing registration's status. */
export const AlreadyRegistered = story(
  {},
  {
    typed: PERSON,
    done: '.done',
    script: [{ status: 200, body: { id: 'r1', status: 'confirmed', position: null, duplicate: true } }],
  },
);

/** Full without a waiting list. */
export const Full = story({ capacity: 35, confirmed: 35, waitlist: false }, { reaches: '.avail:not(:has(~ form))' });

/** The last seat went while the form was being filled in (409): re-read and explained. */
export const FilledUpMeanwhile = story(
  {},
  { typed: PERSON, done: '.note', script: [{ status: 409, then: { state: 'full' } }] },
);

/** Registration closed while the form was open (410). */
export const ClosedMeanwhile = story(
  {},
  { typed: PERSON, done: '.note', script: [{ status: 410, then: { state: 'closed' } }] },
);

/** Deadline passed. */
export const Closed = story({ state: 'closed' }, { reaches: '.avail:not(:has(~ form))' });

/** Not open yet: when it opens. */
export const NotYetOpen = story(
  { state: 'not-yet-open', opens: '2026-12-15T09:00:00+01:00' },
  { reaches: '.avail:not(:has(~ form))' },
);

/** Cancelled event: struck through, with the reason. */
export const Cancelled = story(
  { state: 'cancelled' },
  {
    reaches: 'h2.cx',
    change: (e) =>
      Object.assign(e, {
        status: 'cancelled',
        statusReason: {
          nl: 'De spreker is ziek. We zoeken een nieuwe datum.',
          en: 'The speaker is ill. We are looking for a new date.',
        },
      }),
  },
);

/** The partner takes sign-ups on its own site. */
export const External = story({}, { id: 'forum-dissident-2027', reaches: 'a.button' });

/** Nothing to sign up for. */
export const NoRegistration = story({}, { id: 'webinar-service-learning-partnerschappen-2027', reaches: 'p.avail' });

/** An event id the feed does not have: the message and the page's fallback link. */
export const UnknownEvent = story({}, { id: 'bestaat-niet-meer', reaches: '.error + slot' });

/** In French (the interface and the event's own texts). */
export const French = story({ capacity: 35, confirmed: 34 }, { lang: 'fr' });

/** Success in English. */
export const EnglishSuccess = story({}, { typed: PERSON, done: '.done', lang: 'en' });

/** Loading: space reserved. */
export const Loading = {
  parameters: { reaches: '[aria-busy=true]' },
  render: () =>
    html`<div data-stay-busy><som-feed><som-signup event=${EVENT} lang="nl">${fallback}</som-signup></som-feed></div>`,
};

/** The feed cannot be loaded: the message and the fallback link. */
export const FeedError = {
  parameters: { reaches: '.error' },
  render: () => html`<som-signup src=${brokenFeedUrl()} event=${EVENT} lang="nl">${fallback}</som-signup>`,
};

/** The live feed failed; the last good copy is shown and marked. */
export const Stale = {
  parameters: { reaches: '.stale' },
  loaders: [async () => ({ url: staleFeedUrl(await demoFeed()) })],
  render: (_: unknown, { loaded }: Ctx) =>
    html`<som-signup src=${loaded.url} event="teachers-day-2026" lang="nl">${fallback}</som-signup>`,
};
