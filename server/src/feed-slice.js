// @ts-check
/**
 * A smaller copy of the published feed for a page whose widgets need less (docs/feed.md, "A smaller feed"):
 * `/feed.json?lists=events,stories&past=90`. The whole /feed.json stays what every other consumer reads; a
 * slice is itself a valid feed (same envelope and taxonomies, only fewer items), so any widget can read it.
 */
import { endInstant } from 'som-widgets/feed';

/** @typedef {import('som-widgets/feed').Feed} Feed */

const LISTS = /** @type {const} */ (['events', 'stories', 'portraits', 'selfChecks']);
const DAY = 86_400_000;

export class SliceError extends Error {}

/** The list each embeddable widget shows (server/src/embed.js names the widgets). */
const WIDGET_LISTS = /** @type {Record<string, string>} */ ({
  calendar: 'events',
  signup: 'events',
  stories: 'stories',
  story: 'stories',
  portraits: 'portraits',
  portrait: 'portraits',
  'self-check': 'selfChecks',
});

/**
 * The feed address (relative to the server's root) for a page holding one widget, as the embed pages and the
 * snippet builder give it: only the widget's own list, and for a calendar without `past` only the events over
 * within the last 90 days (a deep link to one of them still opens it, marked as over). A sign-up form keeps every
 * past event: one left on a page after its activity says sign-up is closed, not that the activity is unknown.
 * @param {string} widget
 * @param {boolean} past the calendar's `past` attribute
 */
export function widgetFeed(widget, past) {
  const list = WIDGET_LISTS[widget];
  if (!list) return 'feed.json';
  return `feed.json?lists=${list}${widget === 'calendar' && !past ? '&past=90' : ''}`;
}

/** widgetFeed for every widget, without and with `past`: what the snippet builder's page needs. */
export const widgetFeeds = () =>
  Object.fromEntries(Object.keys(WIDGET_LISTS).map((w) => [w, [widgetFeed(w, false), widgetFeed(w, true)]]));

/**
 * The feed cut to what `query` asks for, or undefined when it asks for nothing (the whole feed then).
 * - `lists`: the lists kept, comma-separated (`events`, `stories`, `portraits`, `selfChecks`); the others are
 *   left out (every list is optional in the envelope).
 * - `past`: days of past events kept (0–3660): events over before `now` minus that many days are left out.
 * Throws a SliceError with a message a person can act on for anything else.
 * @param {Feed} feed
 * @param {URLSearchParams} query
 * @param {number} now
 * @returns {Feed | undefined}
 */
export function sliceFeed(feed, query, now) {
  const unknown = [...query.keys()].filter((k) => k !== 'lists' && k !== 'past');
  if (unknown.length) throw new SliceError(`Unknown parameter ${unknown[0]}: use lists and past.`);
  const lists = query.get('lists');
  const past = query.get('past');
  if (lists === null && past === null) return undefined;
  const names = lists === null ? [...LISTS] : lists.split(',').map((s) => s.trim());
  const bad = names.find((n) => !(/** @type {readonly string[]} */ (LISTS).includes(n)));
  if (bad !== undefined) throw new SliceError(`lists: "${bad}" is not a list (use ${LISTS.join(', ')}).`);
  if (past !== null && !/^\d{1,4}$/.test(past)) throw new SliceError('past: a number of days, 0 to 3660.');
  const days = past === null ? Infinity : Math.min(3660, Number(past));
  const since = now - days * DAY;
  const tz = feed.network.timeZone;
  /** @type {Record<string, unknown>} */
  const out = { version: feed.version, network: feed.network, taxonomies: feed.taxonomies };
  for (const name of LISTS) {
    if (!names.includes(name)) continue;
    out[name] =
      name === 'events' && days !== Infinity ? feed.events.filter((e) => endInstant(e, tz) > since) : feed[name];
  }
  return /** @type {Feed} */ (/** @type {unknown} */ (out));
}
