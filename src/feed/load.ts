/**
 * Loading a feed: one request per URL per page however many widgets ask, a timeout, a few retries with
 * jittered backoff for failures that may pass (network, 5xx, 429), and a last-good copy in localStorage
 * shown, marked as possibly outdated, when the network or the feed fails later.
 */
import { parseFeed, parseFeedInSlices, describeProblem, type FeedProblem } from './parse.js';
import type { Feed } from './schema.js';
import { whenIdle } from '../core/lazy.js';

export interface LoadedFeed {
  feed: Feed;
  problems: FeedProblem[];
  /** True when this is the last good copy, shown because loading the live feed failed. */
  stale: boolean;
  /** When the copy was fetched (ms since epoch). */
  fetchedAt: number;
  /** Why the live feed could not be used, when stale. */
  staleReason?: string;
}

export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    message: string,
    readonly kind: 'network' | 'http' | 'timeout' | 'invalid' | 'version' = 'network',
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Per attempt, ms (default 8000). */
  timeout?: number;
  /** Retries after the first attempt (default 2). */
  retries?: number;
  /** Base backoff, ms (default 400; doubled per retry, ±50 % jitter). */
  backoff?: number;
  /** For tests. */
  fetch?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Bypass the shared in-page cache. */
  fresh?: boolean;
}

const CACHE_PREFIX = 'som-widgets:feed:';
const inflight = new Map<string, Promise<LoadedFeed>>();

/**
 * Called with each feed's JSON (and its URL, as the shared request names it) as soon as it is read, before the
 * slower check: the calendar draws a first screen from the soonest events in the meantime.
 */
export const feedRead = new Set<(url: string, json: unknown) => void>();

/** Forget shared results (tests; a page that wants to reload). */
export function clearFeedCache(): void {
  inflight.clear();
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

// No status (undefined) is never >= 500.
const retryable = (e: unknown) =>
  e instanceof FeedError && (e.kind === 'network' || e.kind === 'timeout' || e.status! >= 500 || e.status === 429);

/** The feed's JSON, and its text as it came (for the copy). */
async function fetchOnce(url: string, opts: LoadOptions): Promise<[unknown, string]> {
  const timeout = opts.timeout ?? 8000;
  const controller = new AbortController();
  const onAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
  try {
    const res = await (opts.fetch ?? fetch)(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) throw new FeedError(`HTTP ${res.status}`, 'http', res.status);
    try {
      const text = await res.text();
      return [JSON.parse(text), text];
    } catch {
      throw new FeedError('The feed is not valid JSON.', 'invalid');
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    if (timedOut) throw new FeedError(`No answer within ${Math.round(timeout / 1000)} s.`, 'timeout');
    if (opts.signal?.aborted) throw e;
    throw new FeedError('The feed could not be reached (network error).');
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The storage for the copy: localStorage unless the caller gives one (or null). Opened when the copy is written or
 * read, not with the request: a page's first localStorage access took 5 ms at 4× on a phone. Throws where storage is
 * disabled (privacy mode, sandboxed iframe): callers catch.
 */
const store = (opts: LoadOptions) => (opts.storage === undefined ? globalThis.localStorage : opts.storage);

async function loadUncached(url: string, opts: LoadOptions): Promise<LoadedFeed> {
  const retries = opts.retries ?? 2;
  const backoff = opts.backoff ?? 400;
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const [json, text] = await fetchOnce(url, opts);
      feedRead.forEach((f) => f(url, json));
      // Reading the body and checking a big feed happen in separate tasks, so neither blocks input for long.
      const result = await parseFeedInSlices(json);
      if (!result.ok) throw new FeedError(result.error, /version/.test(result.error) ? 'version' : 'invalid');
      for (const p of result.problems) console.warn(`[som-widgets] ${url}: ${describeProblem(p)}`);
      const fetchedAt = Date.now();
      // blob:/data: feeds (previews, tests) die with the page: a copy would only fill the quota.
      // Later, when the page has nothing better to do (the copy is a convenience, not a hurry). The feed's text as
      // it came, wrapped: JSON.stringify of the parsed feed cost 30–70 ms on a phone, amid a long list being drawn.
      if (!/^(blob|data):/.test(url))
        whenIdle(() => {
          try {
            store(opts)?.setItem(CACHE_PREFIX + url, `{"fetchedAt":${fetchedAt},"json":${text}}`);
          } catch {
            /* quota exceeded or storage disabled: the copy is a convenience */
          }
        });
      return { feed: result.feed, problems: result.problems, stale: false, fetchedAt };
    } catch (e) {
      lastError = e;
      if (opts.signal?.aborted || !retryable(e) || attempt === retries) break;
      await sleep(backoff * 2 ** attempt * (0.5 + Math.random()), opts.signal);
    }
  }
  if (opts.signal?.aborted) throw opts.signal.reason;
  const copy = readCopy(url, opts);
  if (copy) return { ...copy, staleReason: lastError instanceof Error ? lastError.message : String(lastError) };
  throw lastError instanceof FeedError ? lastError : new FeedError(String(lastError));
}

function readCopy(url: string, opts: LoadOptions): LoadedFeed | undefined {
  try {
    const raw = store(opts)?.getItem(CACHE_PREFIX + url);
    if (!raw) return undefined;
    const { fetchedAt, json } = JSON.parse(raw) as { fetchedAt: number; json: unknown };
    const result = parseFeed(json);
    return result.ok ? { feed: result.feed, problems: result.problems, stale: true, fetchedAt } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Load and validate a feed. Every caller on the page asking for the same URL shares one request;
 * a caller's `signal` only stops its own wait, not the shared request.
 */
export function loadFeed(url: string, opts: LoadOptions = {}): Promise<LoadedFeed> {
  const key = new URL(url, globalThis.location?.href).href;
  let shared = opts.fresh ? undefined : inflight.get(key);
  if (!shared) {
    const { signal: _ignored, ...rest } = opts;
    shared = loadUncached(key, rest);
    inflight.set(key, shared);
    // A failure is not cached: the next widget (or a retry button) tries again.
    shared.catch(() => inflight.get(key) === shared && inflight.delete(key));
  }
  const { signal } = opts;
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    shared.then(resolve, reject);
  });
}
