// @ts-check
/** The HTTP application: every route, with no I/O of its own beyond the storage and the static folders. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { pageStylesheet } from './html.js';
import { apiCors, problem, rateLimit, requestLog, route, withEtag } from './http.js';
import { demoMailRoutes } from './demo-mails.js';
import { icsRoutes } from './ics-routes.js';
import { cancelTokens } from './mail.js';
import { registrationRoutes } from './registrations.js';
import { selfCheckRoutes } from './self-checks.js';
import { cdnCacheControl, serveFolder } from './static.js';

/**
 * @typedef {object} AppContext
 * @property {import('./feed.js').Feed} feed  validated and rewritten for this server
 * @property {Map<string, import('./feed.js').FeedEvent>} events  by id
 * @property {import('./db.js').Storage} storage
 * @property {import('./config.js').Config & { publicUrl: string }} config
 * @property {() => Date} now
 * @property {Date} startedAt
 * @property {import('./mail.js').CancelTokens} tokens  cancel links, derived from the registration's id
 * @property {{ sending: boolean, wake: () => void }} mailer  told when a mail was queued
 */

/**
 * @param {{ feed: AppContext['feed'], storage: AppContext['storage'], config: AppContext['config'],
 *   log?: (line: string) => void, now?: () => Date, tokens?: AppContext['tokens'], mailer?: AppContext['mailer'] }} options
 */
export function createApp({ feed, storage, config, log = console.log, now = () => new Date(), tokens = cancelTokens(randomBytes(32).toString('base64url')), mailer = { sending: false, wake: () => {} } }) {
  /** @type {AppContext} */
  const ctx = { feed, events: new Map(feed.events.map((e) => [e.id, e])), storage, config, now, startedAt: now(), tokens, mailer };
  const app = new Hono();

  app.use(requestLog(log));
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
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
  app.use('/api/*', rateLimit(config.rateLimitPerMinute));
  /** @param {import('hono').Context} c */
  const tooLarge = (c) => problem(c, 413, 'payload-too-large', 'Payload too large', 'The request body is too large.');
  app.use('/api/self-checks', bodyLimit({ maxSize: 4 * 1024, onError: tooLarge }));
  app.use('/api/*', bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }));

  const feedJson = JSON.stringify(feed);
  route(app, '/feed.json', {
    GET: (c) => withEtag(c, feedJson, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'max-age=60, stale-while-revalidate=600',
    }),
  });
  icsRoutes(app, ctx);
  registrationRoutes(app, ctx);
  selfCheckRoutes(app, ctx);
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
