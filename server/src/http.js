// @ts-check
/** HTTP plumbing shared by the routes: problem details, CORS, rate limiting, request logs, ETags. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { cors } from 'hono/cors';
import { matchedRoutes } from 'hono/route';
import { acceptLanguage, translate } from './problem-texts.js';
import { clientAddress } from './proxy.js';

/** @typedef {import('hono').Context} Context */
/** @typedef {import('hono').MiddlewareHandler} MiddlewareHandler */
/** @typedef {import('hono').Hono} Hono */

export const PROBLEM_BASE = 'https://som-widgets.example/problems/';

/**
 * An RFC 9457 problem details answer. `slug` ends the type URI, which clients match on (e.g. ".../full").
 * @param {Context} c
 * @param {number} status
 * @param {string} slug
 * @param {string} title
 * @param {string} [detail]
 * @param {Record<string, unknown>} [extra] e.g. `errors` for validation problems
 */
export function problem(c, status, slug, title, detail, extra = {}) {
  // In the sign-up's language when the handler knows it (c.set('lang')), else the browser's; English by default.
  const lang = c.get('lang') ?? acceptLanguage(c.req.header('Accept-Language'));
  const body = {
    type: PROBLEM_BASE + slug,
    title: translate(title, lang),
    status,
    ...(detail ? { detail: translate(detail, lang) } : {}),
    ...extra,
  };
  c.header('Vary', 'Accept-Language', { append: true });
  return c.body(JSON.stringify(body), /** @type {any} */ (status), {
    'Content-Type': 'application/problem+json',
    'Content-Language': lang ?? 'en',
  });
}

/**
 * Whether the request says its body is JSON: exactly `application/json` (parameters allowed), not
 * `application/json-patch+json` or anything else that merely begins alike.
 * @param {Context} c
 */
export const isJsonBody = (c) =>
  (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';

/**
 * Register handlers per method on one path, and a 405 with `Allow` for every other method.
 * @param {Hono} app
 * @param {string} path
 * @param {Record<string, import('hono').Handler>} handlers keys GET, POST, DELETE
 */
export function route(app, path, handlers) {
  for (const [method, handler] of Object.entries(handlers)) app.on(method, path, handler);
  const allow = [...Object.keys(handlers), ...(handlers.GET ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  // Under /api, the CORS middleware answers OPTIONS first; elsewhere this does.
  app.options(path, () => new Response(null, { status: 204, headers: { Allow: allow } }));
  app.all(path, (c) => {
    c.header('Allow', allow);
    return problem(
      c,
      405,
      'method-not-allowed',
      'Method not allowed',
      `${c.req.method} is not supported here; use ${allow}.`,
    );
  });
}

/** CORS for the API: only allow-listed partner origins, echoed exactly. @param {string[]} allowedOrigins */
export const apiCors = (allowedOrigins) =>
  cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
  });

/**
 * Who sent the request (TRUST_PROXY decides whether forwarded headers count); set once per request by
 * `clientInfo`, read by the rate limits. Only their short memory ever sees it, never a log.
 * @param {Context} c
 * @returns {string}
 */
export const clientAddressOf = (c) => c.get('clientAddress') ?? peerAddress(c);

/** @param {Context} c */
const peerAddress = (c) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/**
 * The first middleware: the client's address (behind trusted proxies, the one they forwarded for) and the
 * guard that counts failed authentication.
 * @param {import('./proxy.js').TrustProxy | undefined} trust
 * @param {FixedWindow} authFailures
 * @returns {MiddlewareHandler}
 */
export function clientInfo(trust, authFailures) {
  return async (c, next) => {
    c.set(
      'clientAddress',
      clientAddress(peerAddress(c), (name) => c.req.header(name), trust),
    );
    c.set('authFailures', authFailures);
    await next();
  };
}

/**
 * @typedef {object} FixedWindow
 * @property {(key: string) => { allowed: boolean, retryAfter: number }} hit  count one for `key`
 * @property {(key: string) => { allowed: boolean, retryAfter: number }} peek  whether `key` is still allowed, without counting
 * @property {() => number} size  keys in the current window
 */

/**
 * Counts per key in fixed windows (aligned minutes by default). One Map per window, dropped whole when the
 * next begins: O(1) per request, no scans, and at most `maxKeys` entries (a Map of short strings and small
 * numbers: about 10 MB at the default 100,000). A key first seen when the Map is full is allowed
 * (`overflow: 'allow'`, for sign-ups: a flood of addresses must not lock out real visitors) or refused
 * (`'deny'`, for failed logins: a flood of addresses must not buy unlimited guesses).
 * @param {number} limit  hits allowed per key per window
 * @param {{ clock?: () => number, windowMs?: number, maxKeys?: number, overflow?: 'allow' | 'deny' }} [options]
 * @returns {FixedWindow}
 */
export function fixedWindow(
  limit,
  { clock = Date.now, windowMs = 60_000, maxKeys = 100_000, overflow = 'allow' } = {},
) {
  let window = -1;
  /** @type {Map<string, number>} */
  let counts = new Map();
  const turn = () => {
    const now = clock();
    const w = Math.floor(now / windowMs);
    if (w !== window) {
      window = w;
      counts = new Map();
    }
    return Math.max(1, Math.ceil(((w + 1) * windowMs - now) / 1000));
  };
  return {
    hit(key) {
      const retryAfter = turn();
      const n = counts.get(key);
      if (n === undefined && counts.size >= maxKeys) return { allowed: overflow === 'allow', retryAfter };
      const next = (n ?? 0) + 1;
      counts.set(key, next);
      return { allowed: next <= limit, retryAfter };
    },
    peek(key) {
      const retryAfter = turn();
      const n = counts.get(key);
      if (n === undefined && counts.size >= maxKeys) return { allowed: overflow === 'allow', retryAfter };
      return { allowed: (n ?? 0) < limit, retryAfter };
    },
    size: () => counts.size,
  };
}

/** @param {Context} c @param {number} wait */
const tooMany = (c, wait) => {
  c.header('Retry-After', String(wait));
  return problem(c, 429, 'rate-limited', 'Too many requests', `Try again in ${wait} seconds.`);
};

/**
 * A fixed one-minute window per client address for requests that change something (POST, DELETE).
 * Generous by default: a school staff room shares one address. Per process: each server process counts its own.
 * @param {number} perMinute
 * @param {() => number} [clock]
 * @returns {MiddlewareHandler}
 */
export function rateLimit(perMinute, clock = Date.now) {
  const windows = fixedWindow(perMinute, { clock });
  return async (c, next) => {
    if (c.req.method !== 'POST' && c.req.method !== 'DELETE') return next();
    const { allowed, retryAfter } = windows.hit(clientAddressOf(c));
    return allowed ? next() : tooMany(c, retryAfter);
  };
}

/** Failed admin or organiser logins allowed per client address per minute; then 429 until the minute ends. */
export const AUTH_FAILURES_PER_MINUTE = 10;

/**
 * Before checking a secret: the 429 to give when this client has failed too often this minute (even a right
 * guess is refused then, so guessing on gains nothing), or undefined.
 * @param {Context} c
 */
export function authLocked(c) {
  /** @type {FixedWindow | undefined} */
  const guard = c.get('authFailures');
  const state = guard?.peek(clientAddressOf(c));
  return state && !state.allowed ? tooMany(c, state.retryAfter) : undefined;
}

/** After a wrong secret: count it against the client. @param {Context} c */
export function authFailed(c) {
  /** @type {FixedWindow | undefined} */
  const guard = c.get('authFailures');
  guard?.hit(clientAddressOf(c));
}

/**
 * The route pattern that answered (`/api/registrations/:token`), never the path as sent: a path carries
 * tokens, and its decoded form could forge log lines (%0D%0A). Hono lists the matched routes, middleware
 * first; the last one with a concrete pattern is the handler's. Unmatched paths log as `*`.
 * @param {Context} c
 */
export function routePattern(c) {
  try {
    const routes = matchedRoutes(c);
    for (let i = routes.length - 1; i >= 0; i -= 1) {
      const r = routes[i];
      if (r && r.method !== 'ALL' && r.path !== '/*' && r.path !== '*') return r.path;
    }
    // The static folders are mounted as `/cdn/*`, `/dist/*` and `/*`: name the mount, not the file.
    const last = routes.filter((r) => r.method !== 'ALL').at(-1);
    return last?.path ?? '*';
  } catch {
    return '*';
  }
}

/**
 * One JSON line: time, level, message and fields. Everything the server logs goes through this shape,
 * so a log collector reads it without patterns.
 * @param {string} msg @param {Record<string, unknown>} [fields]
 */
export const jsonLine = (msg, fields = {}) =>
  JSON.stringify({ time: new Date().toISOString(), level: 'info', msg, ...fields });

/**
 * One JSON line per request: method, route pattern, status, duration, request id. No path, query string,
 * body or address, so no names, e-mail addresses or tokens either.
 * @param {(line: string) => void} log
 * @returns {MiddlewareHandler}
 */
export function requestLog(log) {
  return async (c, next) => {
    const start = performance.now();
    await next();
    log(
      jsonLine('request', {
        method: /^[A-Z]{1,16}$/.test(c.req.method) ? c.req.method : 'OTHER',
        route: routePattern(c),
        status: c.res.status,
        ms: Number((performance.now() - start).toFixed(1)),
        id: c.get('requestId'),
      }),
    );
  };
}

/**
 * A body with a strong ETag, or 304 when the client already has it.
 * @param {Context} c
 * @param {string} body
 * @param {Record<string, string>} headers
 */
export function withEtag(c, body, headers) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const match = c.req.header('If-None-Match');
  const fresh = match?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  c.header('ETag', etag);
  return fresh ? c.body(null, 304) : c.body(body, 200);
}

/**
 * Whether the client prefers HTML to JSON (a browser following a cancel link).
 * @param {string | undefined} accept
 */
export function prefersHtml(accept) {
  if (!accept) return false;
  /** @param {string} type */
  const q = (type) => {
    let best = 0;
    for (const part of accept.split(',')) {
      const [range = '', ...params] = part
        .trim()
        .split(';')
        .map((s) => s.trim());
      if (range !== type && range !== `${type.split('/')[0]}/*` && range !== '*/*') continue;
      const weight = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
      // A named type outranks a wildcard of the same weight, so "*/*" alone (fetch, curl) means JSON.
      best = Math.max(best, range === type ? weight : weight - 0.0001);
    }
    return best;
  };
  return q('text/html') > q('application/json');
}

/**
 * The network's admin routes: 404 when ADMIN_TOKEN is unset (the route does not exist), 401 without
 * `Authorization: Bearer <ADMIN_TOKEN>`. Returns the answer to give, or undefined when the token is right.
 * @param {Context} c @param {string | undefined} adminToken @param {string} what  names the route in the 404
 */
export function adminOnly(c, adminToken, what) {
  if (!adminToken) return problem(c, 404, 'not-found', 'Not found', `${what} is not enabled (ADMIN_TOKEN).`);
  const locked = authLocked(c);
  if (locked) return locked;
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1]?.trim() ?? '';
  // Hashes of equal length, so the comparison takes the same time whatever was sent.
  const hash = (/** @type {string} */ s) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(hash(given), hash(adminToken))) {
    authFailed(c);
    c.header('WWW-Authenticate', 'Bearer realm="som-widgets"');
    return problem(c, 401, 'unauthorized', 'Unauthorized', 'Send Authorization: Bearer <ADMIN_TOKEN>.');
  }
  return undefined;
}
