// @ts-check
/** Configuration from the environment, checked once at start so a typo fails loudly, not at the first request. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @typedef {object} Config
 * @property {number} port
 * @property {string} host
 * @property {string} feedFile
 * @property {string | undefined} publicUrl  without trailing slash; derived from the listening address when unset
 * @property {string} databaseFile
 * @property {string[]} allowedOrigins  exact origins allowed to call the API from a browser
 * @property {string | undefined} adminToken  no organiser export when unset
 * @property {number} retentionDays
 * @property {number} rateLimitPerMinute
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
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be a whole number ≥ ${min}, got "${value}".`);
  return n;
}

/** @param {string} name @param {string} value */
function origin(name, value) {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch { /* reported below */ }
  throw new ConfigError(`${name}: "${value}" is not an http(s) URL.`);
}

/** @param {Record<string, string | undefined>} env @returns {Config} */
export function readConfig(env = process.env) {
  const publicUrl = env.PUBLIC_URL?.trim();
  return {
    port: integer('PORT', env.PORT, 8080, 0),
    host: env.HOST?.trim() || '127.0.0.1',
    feedFile: path.resolve(env.FEED_FILE?.trim() || path.join(REPO_ROOT, 'demo/feed.json')),
    publicUrl: publicUrl ? origin('PUBLIC_URL', publicUrl).href.replace(/\/+$/, '') : undefined,
    databaseFile: path.resolve(env.DATABASE_FILE?.trim() || path.join(REPO_ROOT, 'data/som.db')),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean)
      .map((s) => origin('ALLOWED_ORIGINS', s).origin),
    adminToken: env.ADMIN_TOKEN?.trim() || undefined,
    retentionDays: integer('RETENTION_DAYS', env.RETENTION_DAYS, 30, 0),
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE, 60, 1),
    root: REPO_ROOT,
  };
}

/** The address people reach the server at, when PUBLIC_URL is not set. @param {string} host @param {number} port */
export function defaultPublicUrl(host, port) {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}
