// @ts-check
/** Starting and stopping the server: used by main.js, the tests and the benchmark. */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { defaultPublicUrl } from './config.js';
import { openSqliteStorage } from './db.js';
import { eventEndsAt, readFeedFile, rewriteFeed } from './feed.js';
import { cancelTokens } from './mail.js';
import { createMailer, recordEventVersions } from './mailer.js';

/** @typedef {import('./config.js').Config} Config */
/** @typedef {import('./db.js').Storage} Storage */

const DAY = 86_400_000;
/** Idempotency keys only need to outlive a client's retries. */
const KEY_TTL = DAY;

/**
 * Delete registrations of events that ended more than `days` ago (whether or not the event is still in
 * the feed: each registration's event has its end stored), and idempotency keys older than a day.
 * @param {Storage} storage
 * @param {number} days
 * @param {Date} [now]
 * @returns {Promise<number>} registrations deleted
 */
export async function runRetention(storage, days, now = new Date()) {
  await storage.deleteKeysBefore(new Date(now.getTime() - KEY_TTL).toISOString());
  return storage.deleteEndedBefore(new Date(now.getTime() - days * DAY).toISOString());
}

/**
 * The key cancel links are derived with: TOKEN_SECRET, else a key file beside the database, made once.
 * Apart from the database, so a copy of the database alone does not let anyone cancel.
 * @param {Config} config
 */
function tokenSecret(config) {
  if (config.tokenSecret) return config.tokenSecret;
  const file = `${config.databaseFile}.key`;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
  }
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e; // another process made it first
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Validate the feed, open the database, listen, schedule retention and start the mail sender. Throws
 * FeedFileError (before listening) when the feed is invalid.
 * @param {Config} config
 * @param {{ log?: (line: string) => void, now?: () => Date, mail?: import('./mailer.js').MailOptions }} [options]
 */
export async function startServer(config, { log = console.log, now, mail } = {}) {
  const { feed: raw, warnings } = readFeedFile(config.feedFile);
  for (const w of warnings) log(`feed warning: ${w}`);
  const storage = openSqliteStorage(config.databaseFile);
  const tokens = cancelTokens(tokenSecret(config));

  // The app needs PUBLIC_URL, which may depend on the port we get (port 0 in tests): listen first, then build it.
  /** @type {ReturnType<typeof createApp> | undefined} */
  let app;
  const server = serve({ fetch: (req, env) => (app ? app.fetch(req, env) : new Response(null, { status: 503 })), port: config.port, hostname: config.host });
  try {
    await once(server, 'listening');
  } catch (e) {
    storage.close();
    throw e;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const publicUrl = config.publicUrl ?? defaultPublicUrl(config.host, address.port);
  const feed = rewriteFeed(raw, publicUrl);
  await storage.syncEvents(feed.events.filter((e) => e.registration?.type === 'form').map((e) => ({ id: e.id, endsAt: eventEndsAt(feed, e) })));
  const clock = now ?? (() => new Date());
  // Changes since the last start (a feed edited while the server was down) are mailed like any other.
  const changed = await recordEventVersions(storage, feed, clock());
  if (changed.length) log(`mail: change mails queued for ${changed.length} changed event(s): ${changed.join(', ')}`);
  const events = new Map(feed.events.map((e) => [e.id, e]));
  const mailer = createMailer({ storage, feed, events, config: { ...config, publicUrl }, tokens, now: clock, log, options: mail });
  app = createApp({ feed, storage, config: { ...config, publicUrl }, log, now, tokens, mailer });

  const retention = async () => {
    const n = await runRetention(storage, config.retentionDays, now?.());
    if (n) log(`retention: deleted ${n} registration(s) of events that ended more than ${config.retentionDays} days ago`);
  };
  await retention();
  const timer = setInterval(() => retention().catch((e) => console.error('retention failed', e)), DAY);
  timer.unref(); // never what keeps the process alive
  // Mails due since the last run (the server was down) go out now; without SMTP_URL they are kept.
  await mailer.start();
  if (!mailer.sending) log(`mail: SMTP_URL is not set; mails are kept in the outbox, not sent${config.demo ? ' (see /demo/mails)' : ''}`);

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: publicUrl,
    port: address.port,
    storage,
    mailer,
    /** Stop accepting connections, let requests in flight and the mail in hand finish (at most `graceMs`), then close the database. */
    close(graceMs = 10_000) {
      closing ??= new Promise((/** @type {(v?: void) => void} */ resolve) => {
        clearInterval(timer);
        const force = setTimeout(() => /** @type {any} */ (server).closeAllConnections?.(), graceMs);
        server.close(async () => {
          clearTimeout(force);
          await mailer.stop(graceMs);
          storage.close();
          resolve();
        });
        /** @type {any} */ (server).closeIdleConnections?.(); // keep-alive sockets with no request in flight
      });
      return closing;
    },
  };
}
