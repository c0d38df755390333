// @ts-check
/**
 * The server's few HTML pages (a registration, the self-check results): accessible, no script, and a CSP
 * that allows only the server's own stylesheet (a file, so no inline style is needed).
 */
import { readFileSync } from 'node:fs';
import { route, withEtag } from './http.js';

/** @param {unknown} value */
export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export const STYLESHEET_PATH = '/assets/pages.css';
const STYLESHEET = readFileSync(new URL('../static/pages.css', import.meta.url), 'utf8');

/** Serve the pages' stylesheet (before the demo folder's catch-all). @param {import('hono').Hono} app */
export function pageStylesheet(app) {
  route(app, STYLESHEET_PATH, {
    GET: (c) =>
      withEtag(c, STYLESHEET, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' }),
  });
}

/**
 * The stylesheet's address relative to the page, so it also works behind a proxy that serves the server
 * under a path (PUBLIC_URL = https://host/som): "/api/registrations/x" → "../../assets/pages.css".
 * @param {string} pagePath
 */
const stylesheetHref = (pagePath) => relativeHref(pagePath, STYLESHEET_PATH);
/** @param {string} pagePath @param {string} target an absolute path on this server */
const relativeHref = (pagePath, target) => '../'.repeat(Math.max(0, pagePath.split('/').length - 2)) + target.slice(1);

/**
 * A complete page. Callers escape every value they put in `main`, `header` and `footer`.
 * @param {import('hono').Context} c
 * @param {string} title already escaped
 * @param {string} main HTML inside <main>
 * @param {number} [status]
 * @param {{ lang?: string, header?: string, footer?: string, imgOrigins?: string[], scripts?: string[] }} [options]
 *   `header`/`footer`: HTML of the page's banner and footer; `imgOrigins`: where its images (a logo) come from;
 *   `scripts`: the server's own module scripts (paths like STYLESHEET_PATH), allowed by the CSP and nothing else
 */
export function htmlPage(
  c,
  title,
  main,
  status = 200,
  { lang = 'nl', header = '', footer = '', imgOrigins = [], scripts = [] } = {},
) {
  const img = imgOrigins.length ? `; img-src ${[...new Set(imgOrigins)].join(' ')}` : '';
  const script = scripts.length ? "; script-src 'self'; connect-src 'self'" : '';
  c.header(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'self'${img}${script}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  );
  c.header('Referrer-Policy', 'no-referrer'); // the URL may hold a cancel token
  c.header('X-Robots-Tag', 'noindex');
  c.header('Content-Language', lang);
  return c.html(
    `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${escapeHtml(stylesheetHref(c.req.path))}">${scripts
      .map((src) => `\n<script type="module" src="${escapeHtml(relativeHref(c.req.path, src))}"></script>`)
      .join('')}
</head>
<body>
${header ? `<header class="site">${header}</header>\n` : ''}<main>
${main}
</main>
${footer ? `<footer class="site">${footer}</footer>\n` : ''}</body>
</html>
`,
    /** @type {any} */ (status),
  );
}
