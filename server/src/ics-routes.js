// @ts-check
/** Calendar files: the network's subscription calendar and one registration's event with a reminder. */
import { calendarToIcs, eventToIcs, icsFileName } from '../../dist/calendar/ics.js';
import { registrationWords } from '../../dist/calendar/ics-words.js';
import { endInstant } from '../../dist/feed/index.js';
import { prefersHtml, problem, route, withEtag } from './http.js';
import { registrationPage, unknownRegistrationPage } from './registration-page.js';
import { withSequence } from './mail.js';
import { sha256 } from './registrations.js';

/** @typedef {import('./app.js').AppContext} AppContext */
/** @typedef {import('../../dist/feed/index.js').FeedEvent} FeedEvent */

/** A subscriber also keeps the recent past, so "what was that last week?" still has an answer. */
const PAST_DAYS = 30;
const CALENDAR = 'text/calendar; charset=utf-8';

/**
 * Values of a filter that may repeat (`?level=a&level=b`) or be comma-separated (`?level=a,b`).
 * @param {string[] | undefined} values
 */
const wanted = (values) =>
  new Set(
    (values ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );

/** @param {Set<string>} want @param {string[] | undefined} have */
const matches = (want, have) => !want.size || (have ?? []).some((id) => want.has(id));

/**
 * Within a filter any value matches; across filters all must (audience AND level AND theme).
 * @param {FeedEvent[]} events
 * @param {{ audiences: Set<string>, levels: Set<string>, themes: Set<string> }} f
 */
export const filterEvents = (events, f) =>
  events.filter((e) => matches(f.audiences, e.audiences) && matches(f.levels, e.levels) && matches(f.themes, e.themes));

/** @param {import('hono').Hono} app @param {AppContext} ctx */
export function icsRoutes(app, ctx) {
  route(app, '/calendar.ics', {
    GET: (c) => {
      const { feed } = ctx; // the current one: a reload from sources swaps it
      const lang = c.req.query('lang') ?? feed.network.languages[0] ?? 'nl';
      const f = {
        audiences: wanted(c.req.queries('audience')),
        levels: wanted(c.req.queries('level')),
        themes: wanted(c.req.queries('theme')),
      };
      const since = ctx.now().getTime() - PAST_DAYS * 86_400_000;
      const events = filterEvents(feed.events, f).filter((e) => endInstant(e, feed.network.timeZone) >= since);
      // Name a filtered calendar after its filters, so two subscriptions can be told apart.
      const labels = [...f.audiences, ...f.levels, ...f.themes];
      const name = labels.length ? `${feed.network.name} (${labels.join(', ')})` : feed.network.name;
      const body = calendarToIcs(events, {
        networkId: feed.network.id,
        name,
        lang,
        now: ctx.current.since,
        timeZone: feed.network.timeZone,
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
