// @ts-check
/** The server's few HTML pages: Dutch, accessible, no script, and a CSP that allows only their own style. */
import { createHash } from 'node:crypto';

/** @param {unknown} value */
export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

// Contrast ≥ 4.5:1 for text, a visible focus ring, reflow at 320 px, no motion.
const STYLE = `
body{font:1.0625rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff;margin:0}
main{max-width:44rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.75rem;line-height:1.2}
a{color:#0b5394}
button{font:inherit;padding:.6rem 1rem;border:2px solid #a4262c;border-radius:.25rem;background:#a4262c;color:#fff;cursor:pointer}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:3px}
.status{font-weight:600}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:600;margin-bottom:.5rem}
th,td{border:1px solid #757575;padding:.4rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.wrap{overflow-x:auto}
`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/**
 * A complete page. Callers escape every value they put in `main`.
 * @param {import('hono').Context} c
 * @param {string} title already escaped
 * @param {string} main HTML inside <main>
 * @param {number} [status]
 */
export function htmlPage(c, title, main, status = 200) {
  c.header('Content-Security-Policy', `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`);
  c.header('Referrer-Policy', 'no-referrer'); // the URL may hold a cancel token
  c.header('X-Robots-Tag', 'noindex');
  return c.html(`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`, /** @type {any} */ (status));
}
