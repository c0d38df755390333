// @ts-check
/** Configuration from the environment, checked once at start so a typo fails loudly, not at the first request. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseTrustProxy } from './proxy.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @typedef {object} Config
 * @property {number} port
 * @property {string} host
 * @property {string} feedFile
 * @property {string | undefined} feedSources  a feed.sources.json: the feed is built from it (then FEED_FILE is not read)
 * @property {string | undefined} feedUrl  a ready feed fetched from this http(s) URL (then FEED_FILE is not read)
 * @property {number} feedRefreshMinutes  how often the feed is built again from its sources (or fetched from FEED_URL)
 * @property {boolean} feedWatch  FEED_FILE published again when it changes (SIGHUP reloads it either way)
 * @property {string | undefined} publicUrl  without trailing slash; derived from the listening address when unset
 * @property {string} databaseFile  the SQLite file; with DATABASE_URL only the key file and feed cache go beside it
 * @property {string | undefined} databaseUrl  postgres://…: PostgreSQL instead of the SQLite file
 * @property {string[]} allowedOrigins  exact origins allowed to call the API from a browser
 * @property {string[]} embedOrigins  origins whose pages may frame /embed/… (frame-ancestors); empty: any
 * @property {string | undefined} adminToken  no organiser export when unset; at least 128 bits
 * @property {import('./proxy.js').TrustProxy | undefined} trustProxy  when X-Forwarded-For / Forwarded name the client
 * @property {number} retentionDays
 * @property {number} rateLimitPerMinute
 * @property {string | undefined} smtpUrl  smtp:// or smtps:// with credentials; without it mails are kept, not sent
 * @property {string} mailFrom  the network's sender address (`Name <address>` allowed)
 * @property {number} reminderHours  the reminder goes this many hours before the start
 * @property {string | undefined} tokenSecret  key of the cancel links; a key file beside the database when unset
 * @property {boolean} demo  demo conveniences (the page of mails that would have been sent); never in production
 * @property {string} root  the repository, for demo/ and dist/
 */

export class ConfigError extends Error {}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {number} min
 */
function integer(name, value, fallback, min) {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new ConfigError(`${name} must be a whole number ≥ ${min}, got "${value}".`);
  return n;
}

/** @param {string} name @param {string} value */
function origin(name, value) {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    /* reported below */
  }
  throw new ConfigError(`${name}: "${value}" is not an http(s) URL.`);
}

/**
 * A URL that may hold a password: trimmed, undefined when empty, else kept when `ok(url)`; `message` never repeats
 * the value. @param {string | undefined} value @param {(url: URL) => boolean} ok @param {string} message
 */
function secretUrl(value, ok, message) {
  const v = value?.trim();
  if (!v) return undefined;
  let url;
  try {
    url = new URL(v);
  } catch {
    /* reported below */
  }
  if (url && ok(url)) return v;
  throw new ConfigError(message);
}

/** An SMTP URL (nodemailer reads credentials and options from it). @param {string | undefined} value */
const smtpUrl = (value) =>
  secretUrl(
    value,
    (url) => (url.protocol === 'smtp:' || url.protocol === 'smtps:') && !!url.hostname,
    'SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465.',
  );

/**
 * About how many bits of guessing a token takes: its length times the bits of the smallest alphabet its
 * characters come from (hex, letters and digits, anything printable). Generous to the token, never stingy.
 * @param {string} token
 */
export function tokenBits(token) {
  const pool = /^[0-9a-f]+$/i.test(token)
    ? 16
    : (/[a-z]/.test(token) ? 26 : 0) +
      (/[A-Z]/.test(token) ? 26 : 0) +
      (/[0-9]/.test(token) ? 10 : 0) +
      (/[^a-zA-Z0-9]/.test(token) ? 33 : 0);
  // A token of few distinct characters ("aaaa…", "abab…") is as weak as its distinct characters allow.
  const distinct = new Set(token).size;
  return Math.floor(token.length * Math.log2(Math.max(2, distinct < 10 ? Math.min(pool, distinct) : pool)));
}

/** ADMIN_TOKEN guards every registration's name and address: a guessable one is refused at start. @param {string | undefined} value */
function adminToken(value) {
  const v = value?.trim();
  if (!v) return undefined;
  const bits = tokenBits(v);
  if (bits < 128 || v.length < 22)
    throw new ConfigError(
      `ADMIN_TOKEN is too weak (about ${bits} bits in ${v.length} characters; at least 128 bits and 22 characters needed). Make one with: node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"`,
    );
  return v;
}

/** @param {string | undefined} value */
function trustProxy(value) {
  try {
    return parseTrustProxy(value);
  } catch (e) {
    throw new ConfigError(/** @type {Error} */ (e).message);
  }
}

/** A PostgreSQL connection string. @param {string | undefined} value */
const databaseUrl = (value) =>
  secretUrl(
    value,
    (url) => url.protocol === 'postgres:' || url.protocol === 'postgresql:',
    'DATABASE_URL must look like postgres://user:password@host:5432/database.',
  );

/** Which database, for the start log: the file, or the PostgreSQL address without its password. @param {Config} config */
export function databaseLabel(config) {
  if (!config.databaseUrl) return config.databaseFile;
  const url = new URL(config.databaseUrl);
  url.password = '';
  url.search = '';
  return `PostgreSQL ${url.href}`;
}

/** FEED_URL: an http(s) URL, alone (one feed, one place it comes from). @param {Record<string, string | undefined>} env */
function feedUrl(env) {
  const v = env.FEED_URL?.trim();
  if (!v) return undefined;
  const also = ['FEED_FILE', 'FEED_SOURCES'].filter((name) => env[name]?.trim());
  if (also.length)
    throw new ConfigError(
      `FEED_URL cannot be combined with ${also.join(' or ')}: set only one place the feed comes from.`,
    );
  const url = origin('FEED_URL', v);
  // The message never repeats credentials; they belong in a header, not the URL.
  if (url.username || url.password) throw new ConfigError('FEED_URL must not contain a user name or password.');
  return url.href;
}

/** A URL for the logs: without a query string (it may carry a key) or fragment. @param {string} url */
export function feedUrlLabel(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** @param {Record<string, string | undefined>} env @returns {Config} */
export function readConfig(env = process.env) {
  const publicUrl = env.PUBLIC_URL?.trim();
  const demo = env.DEMO === '1' || env.DEMO === 'true';
  const sources = env.FEED_SOURCES?.trim();
  const url = feedUrl(env);
  return {
    port: integer('PORT', env.PORT, 8080, 0),
    host: env.HOST?.trim() || '127.0.0.1',
    feedFile: path.resolve(env.FEED_FILE?.trim() || path.join(REPO_ROOT, 'demo/feed.json')),
    // The demo (npm start) shows the merged feed of demo/sources/, unless a FEED_FILE is given.
    feedSources: sources
      ? path.resolve(sources)
      : demo && !env.FEED_FILE?.trim() && !url
        ? path.join(REPO_ROOT, 'demo/sources/feed.sources.json')
        : undefined,
    feedUrl: url,
    feedRefreshMinutes: integer('FEED_REFRESH_MINUTES', env.FEED_REFRESH_MINUTES, 10, 1),
    feedWatch: !['0', 'false', 'off'].includes(env.FEED_WATCH?.trim() ?? ''),
    publicUrl: publicUrl ? origin('PUBLIC_URL', publicUrl).href.replace(/\/+$/, '') : undefined,
    databaseFile: path.resolve(env.DATABASE_FILE?.trim() || path.join(REPO_ROOT, 'data/som.db')),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => origin('ALLOWED_ORIGINS', s).origin),
    embedOrigins: (env.EMBED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => origin('EMBED_ORIGINS', s).origin),
    adminToken: adminToken(env.ADMIN_TOKEN),
    trustProxy: trustProxy(env.TRUST_PROXY),
    retentionDays: integer('RETENTION_DAYS', env.RETENTION_DAYS, 30, 0),
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 60, 1),
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || 'SOM <noreply@som.example>',
    reminderHours: integer('REMINDER_HOURS', env.REMINDER_HOURS, 48, 1),
    tokenSecret: env.TOKEN_SECRET?.trim() || undefined,
    demo,
    root: REPO_ROOT,
  };
}

/** The address people reach the server at, when PUBLIC_URL is not set. @param {string} host @param {number} port */
export function defaultPublicUrl(host, port) {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
