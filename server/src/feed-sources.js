// @ts-check
/**
 * FEED_SOURCES: the feed built from the network's base and its partners' sources with feed-build's
 * buildFeed, at start and then on a schedule. The cache (each URL's ETag / Last-Modified and body, each
 * source's last good items, and the last valid feed) is saved beside the database, so a restart while a
 * source, or the base, is down still has what was last read.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from 'som-widgets/feed';
/**
 * feed-build (plain JavaScript, checked on its own terms) seen through the functions the server calls, so that
 * the server's strict type check (server/tsconfig.json) stops at its door.
 * @typedef {object} FeedBuild
 * @property {(config: unknown, options: Record<string, unknown>) => Promise<unknown>} buildFeed
 * @property {(entries?: Record<string, unknown>) => { get: (key: string) => any, set: (key: string, value: unknown) => void, toJSON: () => Record<string, unknown> }} createCache
 * @property {(code: string, params: unknown, lang: string) => string} problemText
 */
/** @type {string} a variable: TypeScript does not follow it */
const FEED_BUILD = 'som-widgets/feed-build';
const { buildFeed, createCache, problemText } = /** @type {FeedBuild} */ (await import(FEED_BUILD));

/** @typedef {import('./feed.js').Feed} Feed */

/** The cache key of the last valid feed; feed-build's own keys start with "http:" and "items:". */
const LAST_FEED = 'server:last-feed';

/**
 * @typedef {object} BuildProblem  feed-build's problem: which source, what, how serious
 * @property {'error' | 'warning' | 'info'} severity
 * @property {string} source
 * @property {string} code
 * @property {Record<string, unknown>} params
 * @property {string} message
 * @property {string} [ref]
 * @property {string} [id]
 *
 * @typedef {object} BuildReport  the last build, for the admin and the logs
 * @property {string} builtAt
 * @property {boolean} ok  it gave a valid feed (published unless it equals the current one)
 * @property {number} [fromBase]
 * @property {{ id: string, name: string, type: string, state: string, items: number, added: number, outOfWindow: number }[]} sources
 * @property {{ error: number, warning: number, info: number }} counts
 * @property {BuildProblem[]} problems
 */

/** @param {string} file */
function loadCache(file) {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    return createCache(saved && typeof saved === 'object' ? saved : {});
  } catch {
    return createCache(); // none yet, or unreadable: the next build starts afresh
  }
}

/** Beside the target, then rename: a crash never leaves half a cache. @param {string} file @param {unknown} value */
function saveCache(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  // Mode 600: the bodies may come from keyed APIs, and the items name organisers.
  writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
  renameSync(tmp, file);
}

/** @param {BuildProblem[]} problems */
const countOf = (problems) => {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity] = (counts[p.severity] ?? 0) + 1;
  return counts;
};

/**
 * One line for the log: counts, sources' states and, for errors, their codes; never an item's content.
 * @param {BuildReport} r
 */
export function describeBuild(r) {
  const sources = r.sources.map((s) => `${s.id} ${s.state} ${s.added}`).join(', ');
  const codes = [...new Set(r.problems.filter((p) => p.severity === 'error').map((p) => `${p.source}:${p.code}`))]
    .slice(0, 10)
    .join(', ');
  return `${r.sources.length ? `sources: ${sources}; ` : ''}problems: ${r.counts.error} error(s)${codes ? ` (${codes})` : ''}, ${r.counts.warning} warning(s), ${r.counts.info} info`;
}

/**
 * The problems in another language (feed-build writes each message from its code and params).
 * @param {BuildProblem[]} problems @param {'nl' | 'en'} lang
 */
export function problemsIn(problems, lang) {
  return problems.map((p) => {
    try {
      return { ...p, message: problemText(/** @type {any} */ (p.code), p.params, lang) };
    } catch {
      return p; // a code of our own (the sources file unreadable): kept in English
    }
  });
}

/**
 * `sourcesConfig` instead of `sourcesFile`: a sources configuration given as it is (FEED_URL is one whose base is
 * the URL and that has no sources), so a ready feed is fetched, validated, cached and kept like a built one.
 * @param {{ sourcesFile?: string, sourcesConfig?: unknown, cacheFile: string, env?: Record<string, string | undefined>,
 *   fetch?: typeof fetch, now: () => Date }} options
 */
export function createSourcesBuilder({
  sourcesFile,
  sourcesConfig,
  cacheFile,
  env = {},
  fetch = globalThis.fetch,
  now,
}) {
  const cache = loadCache(cacheFile);

  /**
   * Build once. `feed` is the parsed feed (as readFeedFile gives it), or undefined when the build gave none.
   * The sources file is read each time, so an edit to it counts from the next build.
   * @param {{ signal?: AbortSignal }} [options]
   * @returns {Promise<{ feed: Feed | undefined, report: BuildReport }>}
   */
  async function build({ signal } = {}) {
    const at = now();
    const r = await run(at, signal);
    /** @type {Feed | undefined} */
    let feed;
    if (r.feed) {
      // buildFeed checked it already; parsing again gives the same typed form FEED_FILE gets.
      const parsed = parseFeed(r.feed, { lang: 'en' });
      if (parsed.ok) {
        feed = parsed.feed;
        cache.set(LAST_FEED, { at: at.toISOString(), feed: r.feed });
      }
    }
    if (!signal?.aborted) saveCache(cacheFile, cache);
    const report = {
      builtAt: at.toISOString(),
      ok: Boolean(feed),
      fromBase: r.fromBase,
      sources: r.sources,
      counts: countOf(r.problems),
      problems: r.problems,
    };
    return { feed, report };
  }

  /**
   * feed-build's answer, or a problem of our own when the sources file cannot be read.
   * @param {Date} at @param {AbortSignal | undefined} signal
   * @returns {Promise<{ feed?: unknown, problems: BuildProblem[], sources: BuildReport['sources'], fromBase?: number }>}
   */
  async function run(at, signal) {
    let config = sourcesConfig;
    try {
      if (sourcesFile) config = JSON.parse(await readFile(sourcesFile, 'utf8'));
    } catch (e) {
      const error =
        e instanceof SyntaxError
          ? `not valid JSON: ${e.message}`
          : String(/** @type {NodeJS.ErrnoException} */ (e).code ?? e);
      return {
        problems: [
          {
            severity: 'error',
            source: 'config',
            code: 'sourcesUnreadable',
            params: { error },
            message: `the sources file ${sourcesFile} cannot be read: ${error}`,
          },
        ],
        sources: [],
      };
    }
    // Closing the server aborts the requests of a build in flight.
    /** @type {typeof globalThis.fetch} */
    const fetchWith = signal
      ? (url, init) => fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal })
      : fetch;
    return /** @type {any} */ (
      await buildFeed(config, {
        fetch: fetchWith,
        now: at.getTime(),
        cache,
        lang: 'en',
        baseDir: sourcesFile ? path.dirname(sourcesFile) : '.',
        env,
      })
    );
  }

  /** The last valid feed a build gave, saved across restarts: what to publish when the base is unreadable at start. */
  function lastGood() {
    const last = cache.get(LAST_FEED);
    if (!last?.feed) return undefined;
    const parsed = parseFeed(last.feed, { lang: 'en' });
    return parsed.ok ? { feed: parsed.feed, at: String(last.at) } : undefined;
  }

  return { build, lastGood, describe: describeBuild, problemsIn };
}
