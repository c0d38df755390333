// @ts-check
/**
 * Static files: the demo pages, the CDN bundles and the ES modules they import. Only files inside the
 * given folders, never dotfiles, never node_modules, never a way out through "..", encoded or not.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { problem } from './http.js';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
});

/** The policy DESIGN.md asks every widget to work under (no inline script or style, Trusted Types). */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * The editor's preview (demo/preview.html) fetches a pasted feed address on any https: server, and hands a
 * dropped file to the widgets as a blob: URL; everything else stays as strict as the other demo pages.
 */
export const PREVIEW_CSP = DEMO_CSP.replace("connect-src 'self'", "connect-src 'self' https: blob:");

/**
 * The file a URL path names inside `root`, or undefined when it names nothing servable.
 * @param {string} root absolute, resolved
 * @param {string} urlPath the raw (still percent-encoded) path below the mount point
 */
async function resolveFile(root, urlPath) {
  const segments = (urlPath.endsWith('/') || urlPath === '' ? `${urlPath}index.html` : urlPath)
    .split('/')
    .filter(Boolean);
  /** @type {string[]} */
  const parts = [];
  for (const segment of segments) {
    let part;
    try {
      part = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    // Decoding may reveal "..", a slash or a NUL; dotfiles (.env, .git) are never served.
    if (part.startsWith('.') || /[/\\\0]/.test(part) || part === 'node_modules') return undefined;
    parts.push(part);
  }
  let file = path.join(root, ...parts);
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    // A symlink must not lead outside the folder either.
    const real = await realpath(file);
    if (!real.startsWith(root + path.sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Cache-Control for files whose name carries a content hash: a new release gives them a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for the CDN's fixed names (entries, lit.js): short, then revalidated with the ETag. */
export const REVALIDATE = 'public, max-age=300';

/**
 * The CDN's caching by name: rollup.config.mjs names every chunk `chunks/[name]-[hash].js` (rollup's
 * 8-character content hash), so those never change; the entries keep their names across releases.
 * @param {string} urlPath below /cdn, e.g. "/chunks/month-yQ4YJtTY.js" or "/calendar.js"
 */
export const cdnCacheControl = (urlPath) => (/^\/chunks\/[^/]+-[\w-]{8}\.js$/.test(urlPath) ? IMMUTABLE : REVALIDATE);

/** A strong ETag from the content, so two servers (or two builds of the same code) agree. @param {Buffer} body */
const etagOf = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * Whether `If-None-Match` names this ETag (a list, weak comparison, or "*").
 * @param {string | undefined} header @param {string} etag
 */
const matches = (header, etag) =>
  !!header && header.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag);

/**
 * A handler serving files under `folder` for requests below `mount`.
 * @param {string} folder
 * @param {string} mount e.g. "/cdn", or "" for the site root
 * @param {string | ((urlPath: string) => string)} cacheControl one value, or one per path below the mount
 * @returns {import('hono').Handler}
 */
export function serveFolder(folder, mount, cacheControl) {
  /** @type {Promise<string | undefined>} */
  const root = realpath(folder).catch(() => undefined); // the folder may not exist yet (dist/ before a build)
  return async (c) => {
    const base = await root;
    const urlPath = new URL(c.req.url).pathname.slice(mount.length);
    const file = base && (await resolveFile(base, urlPath));
    if (!file) return problem(c, 404, 'not-found', 'Not found', 'There is no file at this address.');
    const body = await readFile(file);
    const etag = etagOf(body);
    c.header('ETag', etag);
    c.header('Cache-Control', typeof cacheControl === 'string' ? cacheControl : cacheControl(urlPath));
    c.header('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    // Demo pages run under the strict policy partner sites may have, so any violation shows up here first.
    if (file.endsWith('.html'))
      c.header('Content-Security-Policy', file === path.join(base, 'preview.html') ? PREVIEW_CSP : DEMO_CSP);
    // A 304 carries the same headers as the 200 (CORS included), only no body.
    if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return c.body(body);
  };
}
