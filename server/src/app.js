// @ts-check
/** The HTTP application: every route, with no I/O of its own beyond the storage and the static folders. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { pageStylesheet } from './html.js';
import { CurrentFeed } from './feed.js';
import { SliceError, sliceFeed } from './feed-slice.js';
import { requestId } from 'hono/request-id';
import { compression } from './compress.js';
import {
  AUTH_FAILURES_PER_MINUTE,
  adminOnly,
  apiCors,
  clientInfo,
  fixedWindow,
  isJsonBody,
  problem,
  rateLimit,
  requestLog,
  route,
  withEtag,
} from './http.js';
import { demoMailRoutes } from './demo-mails.js';
import { embedRoutes } from './embed.js';
import { icsRoutes } from './ics-routes.js';
import { cancelTokens } from './mail.js';
import { organiserRoutes } from './organiser.js';
import { registrationRoutes } from './registrations.js';
import { selfCheckRoutes } from './self-checks.js';
import { cdnCacheControl, serveFolder } from './static.js';

/**
 * @typedef {object} AppContext
 * @property {import('./feed.js').Feed} feed  the current feed, validated and rewritten for this server (read it per request: a reload swaps it)
 * @property {Map<string, import('./feed.js').FeedEvent>} events  the current feed's events by id
 * @property {CurrentFeed} current  what `feed` and `events` read from
 * @property {import('./db.js').Storage} storage
 * @property {import('./config.js').Config & { publicUrl: string }} config
 * @property {() => Date} now
 * @property {Date} startedAt
 * @property {import('./mail.js').CancelTokens} tokens  cancel links, derived from the registration's id
 * @property {{ sending: boolean, wake: () => void }} mailer  told when a mail was queued
 */

/**
 * @param {{ feed: AppContext['feed'] | CurrentFeed, storage: AppContext['storage'], config: AppContext['config'],
 *   log?: (line: string) => void, now?: () => Date, tokens?: AppContext['tokens'], mailer?: AppContext['mailer'],
 *   feedProblems?: (lang: 'nl' | 'en') => import('./feed-sources.js').BuildReport | undefined }} options
 *   `feed`: a CurrentFeed the server swaps on reload, or a fixed feed; `feedProblems`: the last build from sources
 */
export function createApp({
  feed,
  storage,
  config,
  log = console.log,
  now = () => new Date(),
  tokens = cancelTokens(randomBytes(32).toString('base64url')),
  mailer = { sending: false, wake: () => {} },
  feedProblems,
}) {
  const current = feed instanceof CurrentFeed ? feed : new CurrentFeed(feed, now());
  /** @type {AppContext} */
  const ctx = {
    get feed() {
      return current.feed;
    },
    get events() {
      return current.events;
    },
    current,
    storage,
    config,
    now,
    startedAt: now(),
    tokens,
    mailer,
  };
  const app = new Hono();

  // A request id the log line and the answer (X-Request-Id) share; a proxy's own id is kept when it is sane.
  app.use(requestId({ limitLength: 64 }));
  app.use(requestLog(log));
  const ms = () => now().getTime();
  app.use(
    clientInfo(
      config.trustProxy,
      fixedWindow(AUTH_FAILURES_PER_MINUTE, { overflow: 'deny', maxKeys: 10_000, clock: ms }),
    ),
  );
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use(compression());
  // For orchestrators and load balancers: the process answers; the database answers and a feed is loaded.
  route(app, '/healthz', { GET: (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }) });
  route(app, '/readyz', {
    GET: async (c) => {
      c.header('Cache-Control', 'no-store');
      try {
        await storage.counts('');
      } catch {
        return c.json({ status: 'unavailable', database: 'error', feed: current.feed.events.length }, 503);
      }
      return c.json({
        status: 'ready',
        database: 'ok',
        feed: { events: current.feed.events.length, since: current.since.toISOString() },
      });
    },
  });
  // What partner pages load from another origin (module scripts are fetched in CORS mode): open to every
  // origin, never with credentials, and embeddable by pages that require CORP (COEP). The API keeps its list.
  for (const open of ['/cdn/*', '/dist/*', '/feed.json']) {
    app.use(open, cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }), async (c, next) => {
      await next();
      c.res.headers.set('Cross-Origin-Resource-Policy', 'cross-origin');
    });
  }
  app.use('/api/*', apiCors(config.allowedOrigins));
  app.use('/api/*', rateLimit(config.rateLimitPerMinute, ms));
  /** @param {import('hono').Context} c */
  const tooLarge = (c) => problem(c, 413, 'payload-too-large', 'Payload too large', 'The request body is too large.');
  app.use('/api/self-checks', bodyLimit({ maxSize: 4 * 1024, onError: tooLarge }));
  // A JSON body is declared application/json, nothing that merely begins alike (application/json-patch+json).
  app.post('/api/self-checks', async (c, next) =>
    isJsonBody(c)
      ? next()
      : problem(c, 415, 'unsupported-media-type', 'Unsupported media type', 'Send the result as application/json.'),
  );
  app.use('/api/*', bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }));

  // ?lists=…&past=…: a smaller, still valid feed for pages whose widgets need less (feed-slice.js).
  const slices = new Map();
  route(app, '/feed.json', {
    GET: (c) => {
      let body = current.json;
      const query = new URL(c.req.url).searchParams;
      if (query.size) {
        const key = `${query}`;
        // A new feed, or many different queries: start over (the cache stays small).
        if (slices.get('json') !== current.json || slices.size > 50) {
          slices.clear();
          slices.set('json', current.json);
        }
        try {
          // Cut at most once a minute per query (the window of past days moves slowly).
          const hit = slices.get(key);
          if (!hit || ms() - hit.at > 60_000) {
            const feed = sliceFeed(current.feed, query, ms());
            slices.set(key, { at: ms(), json: feed ? JSON.stringify(feed) : current.json });
          }
          body = slices.get(key).json;
        } catch (e) {
          if (!(e instanceof SliceError)) throw e;
          return problem(c, 400, 'bad-request', 'Bad request', e.message);
        }
      }
      return withEtag(c, body, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'max-age=60, stale-while-revalidate=600',
      });
    },
  });
  // The network's admin sees what the last build from FEED_SOURCES skipped or could not read, and why.
  route(app, '/api/admin/feed-problems', {
    GET: (c) => {
      const refused = adminOnly(c, config.adminToken, 'The feed problems route');
      if (refused) return refused;
      const report = feedProblems?.(c.req.query('lang') === 'nl' ? 'nl' : 'en');
      if (!report)
        return problem(
          c,
          404,
          'not-found',
          'Not found',
          'The feed is read from FEED_FILE, not built from sources (FEED_SOURCES).',
        );
      c.header('Cache-Control', 'no-store');
      return c.json({ ...report, publishedSince: current.since.toISOString() });
    },
  });
  icsRoutes(app, ctx);
  registrationRoutes(app, ctx);
  selfCheckRoutes(app, ctx);
  organiserRoutes(app, ctx); // the organiser's pages and the network's view (#14)
  embedRoutes(app, ctx); // the snippet builder, the iframe pages and their helper (#15)
  // Only a demo without SMTP: a production configuration never has this page.
  if (config.demo && !config.smtpUrl) demoMailRoutes(app, ctx);
  pageStylesheet(app); // the server's own pages (registration, self-check results) allow no inline style

  // Chunks carry a content hash in their names (immutable); entries keep theirs, so they revalidate soon.
  app.get('/cdn/*', serveFolder(path.join(config.root, 'dist/cdn'), '/cdn', cdnCacheControl));
  app.get('/dist/*', serveFolder(path.join(config.root, 'dist'), '/dist', 'no-cache'));
  app.get('/*', serveFolder(path.join(config.root, 'demo'), '', 'no-cache'));

  app.notFound((c) => problem(c, 404, 'not-found', 'Not found', 'There is nothing at this address.'));
  app.onError((err, c) => {
    console.error(err);
    return problem(c, 500, 'internal', 'Internal server error', 'Something went wrong on our side. Please try again.');
  });
  return app;
}
