// @ts-check
/** Starting and stopping the server: used by main.js, the tests and the benchmark. */
import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { defaultPublicUrl } from './config.js';
import { openSqliteStorage } from './db.js';
import { eventEndsAt, readFeedFile, rewriteFeed } from './feed.js';

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
 * Validate the feed, open the database, listen, and schedule retention. Throws FeedFileError
 * (before listening) when the feed is invalid.
 * @param {Config} config
 * @param {{ log?: (line: string) => void, now?: () => Date }} [options]
 */
export async function startServer(config, { log = console.log, now } = {}) {
  const { feed: raw, warnings } = readFeedFile(config.feedFile);
  for (const w of warnings) log(`feed warning: ${w}`);
  const storage = openSqliteStorage(config.databaseFile);

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
  app = createApp({ feed, storage, config: { ...config, publicUrl }, log, now });

  const retention = async () => {
    const n = await runRetention(storage, config.retentionDays, now?.());
    if (n) log(`retention: deleted ${n} registration(s) of events that ended more than ${config.retentionDays} days ago`);
  };
  await retention();
  const timer = setInterval(() => retention().catch((e) => console.error('retention failed', e)), DAY);
  timer.unref(); // never what keeps the process alive

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: publicUrl,
    port: address.port,
    storage,
    /** Stop accepting connections, let requests in flight finish (at most `graceMs`), then close the database. */
    close(graceMs = 10_000) {
      closing ??= new Promise((/** @type {(v?: void) => void} */ resolve) => {
        clearInterval(timer);
        const force = setTimeout(() => /** @type {any} */ (server).closeAllConnections?.(), graceMs);
        server.close(() => {
          clearTimeout(force);
          storage.close();
          resolve();
        });
        /** @type {any} */ (server).closeIdleConnections?.(); // keep-alive sockets with no request in flight
      });
      return closing;
    },
  };
}
