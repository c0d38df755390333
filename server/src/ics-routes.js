// @ts-check
/** Calendar files: the network's subscription calendar and one registration's event with a reminder. */
import { calendarToIcs, eventToIcs, icsFileName } from 'som-widgets/feed/ics';
import { registrationWords } from 'som-widgets/feed/ics-words';
import { endInstant } from 'som-widgets/feed';
import { filterEvents, filterFromQuery, taxonomyLabel } from 'som-widgets/feed/filter';
import { resolveText } from 'som-widgets/feed/text';
import { prefersHtml, problem, route, withEtag } from './http.js';
import { registrationPage, unknownRegistrationPage } from './registration-page.js';
import { withSequence } from './mail.js';
import { sha256 } from './registrations.js';

/** @typedef {import('./app.js').AppContext} AppContext */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */

/** A subscriber also keeps the recent past, so "what was that last week?" still has an answer. */
const PAST_DAYS = 30;
const CALENDAR = 'text/calendar; charset=utf-8';

/** @param {import('hono').Hono} app @param {AppContext} ctx */
export function icsRoutes(app, ctx) {
  route(app, '/calendar.ics', {
    GET: async (c) => {
      const { feed } = ctx; // the current one: a reload from sources swaps it
      const lang = c.req.query('lang') ?? feed.network.languages[0] ?? 'nl';
      // The widget's filters with the same names and meaning (feed/filter.ts): `themes`, `audiences`, `levels`,
      // `strands` for the site's pre-filter, `theme`, `audience`, `level`, `strand` and `q` for the visitor's.
      const f = filterFromQuery(new URL(c.req.url).searchParams);
      const langs = [lang, ...feed.network.languages];
      const t = (/** @type {import('som-widgets/feed/text').Text | undefined} */ text) => resolveText(text, langs);
      const label = taxonomyLabel(feed, langs);
      const since = ctx.now().getTime() - PAST_DAYS * 86_400_000;
      const events = filterEvents(feed.events, f, t, label).filter(
        (e) => endInstant(e, feed.network.timeZone) >= since,
      );
      // Name a filtered calendar after its filters, so two subscriptions can be told apart.
      /** @type {string[]} */
      const labels = [];
      for (const [k, ids] of [...Object.entries(f.pre), ...Object.entries(f.also)])
        labels.push(...ids.map((id) => label(/** @type {any} */ (k), id)));
      for (const [k, id] of Object.entries(f.sel))
        labels.push(k === 'q' ? `“${id}”` : label(/** @type {any} */ (k), id));
      const name = labels.length ? `${feed.network.name} (${[...new Set(labels)].join(', ')})` : feed.network.name;
      // Each event's version as people were last told about it by mail: moved or cancelled events update in place.
      const sequences = new Map((await ctx.storage.eventVersions()).map((v) => [v.eventId, v.sequence]));
      const body = calendarToIcs(events, {
        networkId: feed.network.id,
        name,
        lang,
        now: ctx.current.since,
        timeZone: feed.network.timeZone,
        sequences,
      }); // a DTSTAMP stable while the feed is keeps the ETag stable
      return withEtag(c, body, {
        'Content-Type': CALENDAR,
        'Content-Disposition': `inline; filename="${feed.network.id}.ics"`,
        'Cache-Control': 'max-age=900',
        'Access-Control-Allow-Origin': '*',
      });
    },
  });

  route(app, '/api/registrations/:token/calendar.ics', {
    GET: async (c) => {
      const r = await ctx.storage.findByToken(sha256(c.req.param('token') ?? ''));
      // Someone clicking an old calendar link in a browser gets the registration's page rather than JSON.
      const page = prefersHtml(c.req.header('Accept'));
      if (!r)
        return page
          ? unknownRegistrationPage(c, ctx)
          : problem(c, 404, 'not-found', 'Not found', 'There is no registration with this link.');
      const token = c.req.param('token') ?? '';
      if (r.status === 'cancelled') {
        return page
          ? registrationPage(c, ctx, r, token, 410)
          : problem(
              c,
              410,
              'registration-cancelled',
              'Registration cancelled',
              'This registration has been cancelled.',
            );
      }
      const { feed } = ctx;
      const event = ctx.events.get(r.eventId);
      if (!event)
        return page
          ? registrationPage(c, ctx, r, token, 404)
          : problem(c, 404, 'not-found', 'Not found', 'This event is no longer in the calendar.');
      // A registration's file: confirmed with a reminder, or TENTATIVE without one on the waiting list;
      // either way with the link to cancel (the token is in this URL already).
      const status = r.status === 'waitlisted' ? 'waitlisted' : 'confirmed';
      const cancelUrl = `${ctx.config.publicUrl}/api/registrations/${c.req.param('token')}`;
      const lang = r.language ?? 'nl';
      // The version people were last mailed about, so this file and the one in their mail agree.
      const sequence = (await ctx.storage.eventVersions()).find((v) => v.eventId === event.id)?.sequence ?? 0;
      const ics = withSequence(
        eventToIcs(event, {
          networkId: feed.network.id,
          lang,
          alarm: true,
          now: ctx.now(),
          timeZone: feed.network.timeZone,
          registration: { status, cancelUrl, words: registrationWords(lang) },
        }),
        sequence,
      );
      return c.body(ics, 200, {
        'Content-Type': CALENDAR,
        'Content-Disposition': `attachment; filename="${icsFileName(event)}"`,
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
    },
  });
}
