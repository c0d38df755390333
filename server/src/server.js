// @ts-check
/** Starting and stopping the server: used by main.js, the tests and the benchmark. */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { watchFeedFile } from './feed-watch.js';
import { jsonLine } from './http.js';
import { defaultPublicUrl, feedUrlLabel } from './config.js';
import { openSqliteStorage } from './db.js';
import { CurrentFeed, FeedFileError, eventEndsAt, readFeedFile, rewriteFeed } from './feed.js';
import { cancelTokens } from './mail.js';
import { createMailer, recordEventVersions } from './mailer.js';
import { seedOrganiserDemo } from './organiser-demo.js';

/** @typedef {import('./config.js').Config} Config */

/** Every log line as JSON (one object a line), lines that already are passed through. @param {string} line */
const jsonLog = (line) => console.log(line.startsWith('{') ? line : jsonLine(line));
/** @typedef {import('./db.js').Storage} Storage */

const DAY = 86_400_000;
/**
 * Node's HTTP server holds a slow client for 300 s by default. Headers must arrive within 10 s, the whole
 * request (a sign-up is at most 16 KB) within 30 s; an idle keep-alive connection closes after 5 s. Checked
 * every second, so a slow client is dropped within a second of its limit.
 */
export const TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
};

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
 * PostgreSQL when DATABASE_URL is set (imported only then), else the SQLite file.
 * @param {Config} config @param {(line: string) => void} log
 * @returns {Promise<Storage>}
 */
export async function openStorage(config, log) {
  if (!config.databaseUrl) return openSqliteStorage(config.databaseFile);
  const { openPostgresStorage } = await import('./db-postgres.js');
  return openPostgresStorage(config.databaseUrl, { log });
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
    mkdirSync(path.dirname(file), { recursive: true }); // with DATABASE_URL, SQLite has not made the folder
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EEXIST') throw e; // another process made it first
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * The feed to start with: FEED_FILE, or a build from FEED_SOURCES (or, when that build gives no valid feed,
 * the last one a build gave, kept in the cache beside the database). Throws FeedFileError when there is none.
 * @param {Config} config
 * @param {{ log: (line: string) => void, now: () => Date, env: Record<string, string | undefined>, fetch?: typeof fetch }} io
 */
async function firstFeed(config, { log, now, env, fetch }) {
  if (!config.feedSources && !config.feedUrl) {
    const { feed, warnings } = readFeedFile(config.feedFile);
    for (const w of warnings) log(`feed warning: ${w}`);
    return { raw: feed, sources: undefined };
  }
  // Imported only here: a server publishing FEED_FILE never loads feed-build (zod, ical.js).
  const { createSourcesBuilder, describeBuild } = await import('./feed-sources.js');
  // FEED_URL is a sources configuration with the URL as its base and no sources: the same fetch (ETag), check,
  // cache and fallback. Its own cache file, so a switch between the two never publishes the other's last feed.
  const sources = config.feedUrl
    ? createSourcesBuilder({
        sourcesConfig: { base: config.feedUrl, sources: [] },
        cacheFile: `${config.databaseFile}.feed-url-cache.json`,
        env,
        fetch,
        now,
      })
    : createSourcesBuilder({
        sourcesFile: config.feedSources,
        cacheFile: `${config.databaseFile}.sources-cache.json`,
        env,
        fetch,
        now,
      });
  const from = feedOrigin(config);
  const { feed, report } = await sources.build();
  if (feed) {
    log(
      `feed: ${config.feedUrl ? 'fetched' : 'built'} from ${from}: ${feed.events.length} event(s); ${describeBuild(report)}`,
    );
    return { raw: feed, sources, report };
  }
  const last = sources.lastGood();
  if (!last) {
    throw new FeedFileError(
      `${config.feedUrl ? 'FEED_URL' : 'FEED_SOURCES'} ${from} gave no valid feed and there is no earlier one to fall back on; ${describeBuild(report)}${baseErrors(report)}`,
    );
  }
  log(
    `feed: the build from ${from} gave no valid feed; publishing the last one built (${last.at}); ${describeBuild(report)}`,
  );
  return { raw: last.feed, sources, report };
}

/**
 * Why a build gave no feed: the errors of the sources file and the base, one a line. They are the network's
 * own configuration and feed-level checks: their messages name no one.
 * @param {import('./feed-sources.js').BuildReport} report
 */
function baseErrors(report) {
  const errors = report.problems.filter(
    (p) => p.severity === 'error' && (p.source === 'config' || p.source === 'base'),
  );
  return errors.length
    ? `\n${errors
        .slice(0, 5)
        .map((p) => `  - [${p.source}] ${p.message}`)
        .join('\n')}`
    : '';
}

/** Where a built feed comes from, for the logs: the sources file, or FEED_URL without its query. @param {Config} config */
function feedOrigin(config) {
  return config.feedUrl ? feedUrlLabel(config.feedUrl) : String(config.feedSources);
}

/**
 * Validate (or build) the feed, open the database, listen, schedule retention, the rebuilds from sources and
 * the mail sender. Throws FeedFileError (before listening) when there is no valid feed.
 * @param {Config} config
 * @param {{ log?: (line: string) => void, now?: () => Date, mail?: import('./mailer.js').MailOptions,
 *   env?: Record<string, string | undefined>, fetch?: typeof fetch, timeouts?: Partial<typeof TIMEOUTS> }} [options]
 *   `env`: for `${NAME}` in the sources' headers (default process.env); `timeouts`: shorter ones for tests
 */
export async function startServer(config, { log = jsonLog, now, mail, env = process.env, fetch, timeouts } = {}) {
  const clock = now ?? (() => new Date());
  const first = await firstFeed(config, { log, now: clock, env, fetch });
  /** @type {import('./feed-sources.js').BuildReport | undefined} */
  let lastReport = first.report;
  const storage = await openStorage(config, log);
  const tokens = cancelTokens(tokenSecret(config));

  // The app needs PUBLIC_URL, which may depend on the port we get (port 0 in tests): listen first, then build it.
  /** @type {ReturnType<typeof createApp> | undefined} */
  let app;
  const server = serve({
    fetch: (req, env) => (app ? app.fetch(req, env) : new Response(null, { status: 503 })),
    port: config.port,
    hostname: config.host,
    serverOptions: { ...TIMEOUTS, ...timeouts },
  });
  try {
    await once(server, 'listening');
  } catch (e) {
    await storage.close();
    throw e;
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const publicUrl = config.publicUrl ?? defaultPublicUrl(config.host, address.port);

  /**
   * What a new feed means for the database: when each form event ends (retention), and the versions
   * people were told about; a moved or cancelled event queues its change mails here.
   * @param {import('./feed.js').Feed} feed
   */
  async function recordFeed(feed) {
    await storage.syncEvents(
      feed.events
        .filter((e) => e.registration?.type === 'form')
        .map((e) => ({ id: e.id, endsAt: eventEndsAt(feed, e) })),
    );
    const changed = await recordEventVersions(storage, feed, clock());
    if (changed.length) log(`mail: change mails queued for ${changed.length} changed event(s): ${changed.join(', ')}`);
    return changed;
  }

  // Changes since the last start (a feed edited while the server was down) are mailed like any other.
  const current = new CurrentFeed(rewriteFeed(first.raw, publicUrl), clock());
  await recordFeed(current.feed);
  const mailer = createMailer({
    storage,
    current,
    config: { ...config, publicUrl },
    tokens,
    now: clock,
    log,
    options: mail,
  });
  const { sources } = first;
  /** @param {'nl' | 'en'} lang */
  const feedProblems = (lang) =>
    lastReport &&
    sources &&
    (lang === 'en' ? lastReport : { ...lastReport, problems: sources.problemsIn(lastReport.problems, lang) });
  app = createApp({
    feed: current,
    storage,
    config: { ...config, publicUrl },
    log,
    now,
    tokens,
    mailer,
    feedProblems: sources && feedProblems,
  });

  // The demo's organiser page (#14): an event with registrations and check-ins, and its link.
  if (config.demo) {
    const demo = await seedOrganiserDemo(storage, current.feed.events, tokens, clock());
    if (demo) log(`demo: the organiser's page of ${demo.eventId}: ${publicUrl}${demo.path} (also /demo/organiser)`);
  }

  const retention = async () => {
    const n = await runRetention(storage, config.retentionDays, now?.());
    if (n)
      log(`retention: deleted ${n} registration(s) of events that ended more than ${config.retentionDays} days ago`);
  };
  await retention();
  const timer = setInterval(() => retention().catch((e) => console.error('retention failed', e)), DAY);
  timer.unref(); // never what keeps the process alive

  // The rebuild from sources: one at a time; a build that gives no valid feed keeps the one published.
  const stopBuilds = new AbortController();
  /** @type {Promise<{ swapped: boolean, report?: import('./feed-sources.js').BuildReport, problems?: string }> | undefined} */
  let building;
  let recordPending = false; // the last swap's recordFeed failed: try again at the next build, even without a change
  async function rebuild() {
    if (!sources) return reloadFile();
    const { feed: built, report } = await sources.build({ signal: stopBuilds.signal });
    if (stopBuilds.signal.aborted) return { swapped: false, report };
    lastReport = report;
    if (!built) {
      log(
        `feed: the build from ${config.feedUrl ? feedOrigin(config) : 'sources'} gave no valid feed; keeping the one published since ${current.since.toISOString()}; ${sources.describe(report)}${config.feedUrl ? baseErrors(report) : ''}`,
      );
      return { swapped: false, report };
    }
    const swapped = await publish(
      rewriteFeed(built, publicUrl),
      config.feedUrl ? 'fetched again from FEED_URL' : 'rebuilt from sources',
      `; ${sources.describe(report)}`,
    );
    return { swapped, report };
  }

  /**
   * FEED_FILE read again (it changed, or SIGHUP): validated before it replaces the published feed; an invalid
   * one is logged with its problems and the published one stays.
   */
  async function reloadFile() {
    let read;
    try {
      read = readFeedFile(config.feedFile);
    } catch (e) {
      if (!(e instanceof FeedFileError)) throw e;
      log(`feed: ${e.message}\nkeeping the feed published since ${current.since.toISOString()}`);
      return { swapped: false, problems: e.message };
    }
    for (const w of read.warnings) log(`feed warning: ${w}`);
    return { swapped: await publish(rewriteFeed(read.feed, publicUrl), 'reloaded from FEED_FILE') };
  }

  /**
   * Publish a valid feed when it differs from the one published, then record what it means for the database.
   * Registrations of events that left the feed are kept (retention deletes them after their recorded end) and
   * reported, so the network can tell the people or restore the event.
   * @param {import('./feed.js').Feed} feed @param {string} what @param {string} [more]
   */
  async function publish(feed, what, more = '') {
    const swapped = JSON.stringify(feed) !== current.json;
    if (swapped) {
      const before = current.feed;
      // Swap first, so every mail queued below is rendered from the feed that caused it.
      current.set(feed, clock());
      log(`feed: ${what}: ${feed.events.length} event(s), published${more}`);
      const gone = [];
      for (const e of before.events) {
        if (e.registration?.type !== 'form' || current.events.has(e.id)) continue;
        const n = await storage.counts(e.id);
        if (n.confirmed + n.waitlisted) gone.push(`${e.id} (${n.confirmed} confirmed, ${n.waitlisted} waiting)`);
      }
      if (gone.length)
        log(
          `feed: ${gone.length} event(s) with registrations left the feed; their registrations are kept: ${gone.join(', ')}`,
        );
    }
    if (swapped || recordPending) {
      try {
        await recordFeed(feed);
        recordPending = false;
        mailer.wake();
      } catch (e) {
        recordPending = true;
        log(
          `feed: recording the new feed's event versions failed (${/** @type {Error} */ (e)?.message ?? e}); tried again at the next build`,
        );
      }
    }
    return swapped;
  }
  /** Build again now (the schedule calls this; so may a test). A build already running is waited for, not doubled. */
  const refreshFeed = () => {
    building ??= rebuild().finally(() => {
      building = undefined;
    });
    return building;
  };
  /** @type {NodeJS.Timeout | undefined} */
  let buildTimer;
  if (sources) {
    buildTimer = setInterval(
      () => refreshFeed().catch((e) => log(`feed: the build from sources failed: ${e?.message ?? e}`)),
      config.feedRefreshMinutes * 60_000,
    );
    buildTimer.unref();
  }
  // FEED_FILE: published again when it changes (FEED_WATCH=0 leaves that to SIGHUP, main.js).
  const watcher =
    !sources && config.feedWatch
      ? watchFeedFile(
          config.feedFile,
          () => refreshFeed().catch((e) => log(`feed: reloading failed: ${e?.message ?? e}`)),
          {
            log,
          },
        )
      : undefined;

  // Mails due since the last run (the server was down) go out now; without SMTP_URL they are kept.
  await mailer.start();
  if (!mailer.sending)
    log(`mail: SMTP_URL is not set; mails are kept in the outbox, not sent${config.demo ? ' (see /demo/mails)' : ''}`);

  /** @type {Promise<void> | undefined} */
  let closing;
  return {
    url: publicUrl,
    port: address.port,
    storage,
    mailer,
    /** The feed being published (swapped by a rebuild from sources or a reload of FEED_FILE). */
    current,
    /** Build from FEED_SOURCES, or read FEED_FILE, again now (SIGHUP; a change of FEED_FILE). */
    refreshFeed,
    /** Stop accepting connections, let requests in flight and the mail in hand finish (at most `graceMs`), then close the database. */
    close(graceMs = 10_000) {
      closing ??= new Promise((/** @type {(v?: void) => void} */ resolve) => {
        clearInterval(timer);
        clearInterval(buildTimer);
        watcher?.close();
        stopBuilds.abort(); // a build in flight stops fetching and publishes nothing
        const force = setTimeout(() => /** @type {any} */ (server).closeAllConnections?.(), graceMs);
        server.close(async () => {
          clearTimeout(force);
          await building?.catch(() => {});
          await mailer.stop(graceMs);
          await storage.close();
          resolve();
        });
        /** @type {any} */ (server).closeIdleConnections?.(); // keep-alive sockets with no request in flight
      });
      return closing;
    },
  };
}
