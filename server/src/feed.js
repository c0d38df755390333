// @ts-check
/** The feed the server publishes: read and validated once at start, then pointed at this server. */
import { readFileSync } from 'node:fs';
import { describeProblem, endInstant, parseFeed } from 'som-widgets/feed';

/** @typedef {import('som-widgets/feed').Feed} Feed */
/** @typedef {import('som-widgets/feed').FeedEvent} FeedEvent */

/** The demo feed's links are written for a local server on the default port. */
const DEMO_ORIGIN = 'http://localhost:8080';

export class FeedFileError extends Error {}

/**
 * Read and validate FEED_FILE. Throws a FeedFileError whose message says what to fix.
 * @param {string} file
 * @returns {{ feed: Feed, warnings: string[] }}
 */
export function readFeedFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new FeedFileError(
      `FEED_FILE ${file} cannot be read (${/** @type {NodeJS.ErrnoException} */ (e).code ?? e}).`,
    );
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new FeedFileError(`FEED_FILE ${file} is not valid JSON: ${/** @type {Error} */ (e).message}`);
  }
  const result = parseFeed(json, { lang: 'en' });
  if (!result.ok) {
    const details = result.problems.map((p) => `  - ${describeProblem(p)}`).join('\n');
    throw new FeedFileError(`FEED_FILE ${file} is not a valid feed: ${result.error}${details ? `\n${details}` : ''}`);
  }
  return { feed: result.feed, warnings: result.problems.map(describeProblem) };
}

/**
 * The feed as this server publishes it: sign-up forms post here, and demo links use PUBLIC_URL.
 * @param {Feed} feed
 * @param {string} publicUrl without trailing slash
 * @returns {Feed}
 */
export function rewriteFeed(feed, publicUrl) {
  /** @param {unknown} value @returns {any} */
  const swap = (value) => {
    if (typeof value === 'string') {
      return value === DEMO_ORIGIN || value.startsWith(`${DEMO_ORIGIN}/`)
        ? publicUrl + value.slice(DEMO_ORIGIN.length)
        : value;
    }
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    return value;
  };
  /** @type {Feed} */
  const out = swap(feed);
  for (const event of out.events) {
    if (event.registration?.type === 'form')
      event.registration.endpoint = `${publicUrl}/api/events/${event.id}/registrations`;
  }
  return out;
}

/** When an event is over, as an ISO instant (stored with registrations for retention). @param {Feed} feed @param {FeedEvent} event */
export const eventEndsAt = (feed, event) => new Date(endInstant(event, feed.network.timeZone)).toISOString();

/**
 * The feed being published. One object for the whole server, so that a reload from sources swaps it for
 * every route, the registrations and the mailer at once; they read `feed` and `events` per request.
 */
export class CurrentFeed {
  /** @param {Feed} feed @param {Date} since */
  constructor(feed, since) {
    /** @type {Feed} */ this.feed = feed;
    /** @type {Map<string, FeedEvent>} */ this.events = new Map();
    /** the feed as served at /feed.json (its ETag comes from these bytes) */
    this.json = '';
    /** when this feed began to be published: the calendar's DTSTAMP, stable until the next swap */
    this.since = since;
    this.set(feed, since);
  }

  /** @param {Feed} feed @param {Date} since */
  set(feed, since) {
    this.feed = feed;
    this.events = new Map(feed.events.map((e) => [e.id, e]));
    this.json = JSON.stringify(feed);
    this.since = since;
  }
}
