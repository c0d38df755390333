// @ts-check
/** `npm start`: read the environment, start, and shut down gracefully on SIGTERM/SIGINT. */
import { ConfigError, databaseLabel, feedUrlLabel, readConfig } from './config.js';

/** @param {string} message */
const fail = (message) => {
  console.error(`som-widgets server: ${message}`);
  process.exit(1);
};

let config;
try {
  config = readConfig();
} catch (e) {
  if (e instanceof ConfigError) fail(e.message);
  throw e;
}

// Loaded after the config so that a missing build gets a helpful message instead of a stack trace.
const { startServer } = await import('./server.js').catch((/** @type {NodeJS.ErrnoException} */ e) => {
  if (e.code === 'ERR_MODULE_NOT_FOUND' && /[/\\]dist[/\\]/.test(e.message)) {
    fail(
      'the compiled widgets are missing; run `npm run build` (or `npx tsc -p tsconfig.build.json`) at the repository root first.',
    );
  }
  throw e;
});
const { FeedFileError } = await import('./feed.js');

let server;
try {
  server = await startServer(config);
} catch (e) {
  if (e instanceof FeedFileError) fail(e.message);
  if (/** @type {NodeJS.ErrnoException} */ (e).code === 'EADDRINUSE')
    fail(`port ${config.port} on ${config.host} is already in use (set PORT).`);
  throw e;
}

// SIGHUP: read FEED_FILE (or build from FEED_SOURCES, fetch FEED_URL) again now; an invalid feed is logged and not published.
process.on('SIGHUP', () => {
  server
    .refreshFeed()
    .catch((/** @type {Error} */ e) => console.error(`SIGHUP: reloading the feed failed: ${e.message}`));
});
// `once`: a second signal while closing stops the process at once (an impatient Ctrl-C).
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.once(signal, async () => {
    console.log(`${signal}: finishing requests in flight, then closing the database`);
    await server.close();
    process.exit(0);
  });
}
const feedFrom = config.feedUrl
  ? `fetched from ${feedUrlLabel(config.feedUrl)} every ${config.feedRefreshMinutes} min`
  : config.feedSources
    ? `built from ${config.feedSources} every ${config.feedRefreshMinutes} min`
    : config.feedFile;
console.log(`som-widgets server on ${server.url} (feed: ${feedFrom}, database: ${databaseLabel(config)})`);
