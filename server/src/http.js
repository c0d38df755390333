// @ts-check
/** HTTP plumbing shared by the routes: problem details, CORS, rate limiting, request logs, ETags. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { cors } from 'hono/cors';

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
  const body = { type: PROBLEM_BASE + slug, title, status, ...(detail ? { detail } : {}), ...extra };
  return c.body(JSON.stringify(body), /** @type {any} */ (status), { 'Content-Type': 'application/problem+json' });
}

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

/** The peer address; only the rate limiter's short memory ever sees it. @param {Context} c */
const clientAddress = (c) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/**
 * A fixed one-minute window per client address for requests that change something (POST, DELETE).
 * Generous by default: a school staff room shares one address.
 * @param {number} perMinute
 * @param {() => number} [clock]
 * @returns {MiddlewareHandler}
 */
export function rateLimit(perMinute, clock = Date.now) {
  /** @type {Map<string, { count: number, resetAt: number }>} */
  const windows = new Map();
  return async (c, next) => {
    if (c.req.method !== 'POST' && c.req.method !== 'DELETE') return next();
    const now = clock();
    if (windows.size > 10_000) for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
    const key = clientAddress(c);
    let w = windows.get(key);
    if (!w || w.resetAt <= now) windows.set(key, (w = { count: 0, resetAt: now + 60_000 }));
    if (++w.count > perMinute) {
      const wait = Math.ceil((w.resetAt - now) / 1000);
      c.header('Retry-After', String(wait));
      return problem(c, 429, 'rate-limited', 'Too many requests', `Try again in ${wait} seconds.`);
    }
    return next();
  };
}

/** Paths as logged: cancel tokens are secrets, so they never reach a log. @param {string} path */
export const redactPath = (path) => path.replace(/^(\/api\/registrations\/)[^/]+/, '$1:token');

/**
 * One line per request: time, method, path (tokens redacted), status, duration. No query strings,
 * bodies or addresses, so no names or e-mail addresses either.
 * @param {(line: string) => void} log
 * @returns {MiddlewareHandler}
 */
export function requestLog(log) {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = (performance.now() - start).toFixed(1);
    log(`${new Date().toISOString()} ${c.req.method} ${redactPath(c.req.path)} ${c.res.status} ${ms}ms`);
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
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header('Authorization') ?? '')?.[1]?.trim() ?? '';
  // Hashes of equal length, so the comparison takes the same time whatever was sent.
  const hash = (/** @type {string} */ s) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(hash(given), hash(adminToken))) {
    c.header('WWW-Authenticate', 'Bearer realm="som-widgets"');
    return problem(c, 401, 'unauthorized', 'Unauthorized', 'Send Authorization: Bearer <ADMIN_TOKEN>.');
  }
  return undefined;
}
