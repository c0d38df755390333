// @ts-check
/**
 * Embedding without scripts (#15): `/embed/<widget>?…` is a page holding one widget for an <iframe>, its
 * options taken from the query under the attributes' names; `/embed.js` is the optional helper a host page
 * loads to size such iframes; `/embed` is the snippet builder (embed-builder.js).
 */
import { readFileSync } from 'node:fs';
import { escapeHtml } from './html.js';
import { route, withEtag } from './http.js';
import { builderPage, embedCsp } from './embed-builder.js';
import { widgetFeed } from './feed-slice.js';

/** @typedef {import('./app.js').AppContext} AppContext */

/**
 * The widgets a page can embed: element, CDN entry, the attributes the query may set, and which are booleans.
 * @type {Record<string, { tag: string, script: string, attrs: string[], flags?: string[] }>}
 */
export const WIDGETS = {
  calendar: {
    tag: 'som-calendar',
    script: 'calendar',
    attrs: ['view', 'themes', 'audiences', 'levels', 'strands', 'limit', 'heading-level'],
    flags: ['past', 'no-filters'],
  },
  signup: { tag: 'som-signup', script: 'signup', attrs: ['event'] },
  stories: {
    tag: 'som-story-list',
    script: 'stories',
    attrs: ['limit', 'layout', 'themes', 'strands', 'kinds', 'heading-level'],
  },
  story: { tag: 'som-story-card', script: 'stories', attrs: ['story', 'heading-level'] },
  portraits: {
    tag: 'som-portrait-list',
    script: 'portraits',
    attrs: ['limit', 'layout', 'themes', 'levels', 'heading-level'],
  },
  portrait: { tag: 'som-portrait-card', script: 'portraits', attrs: ['portrait', 'heading-level'] },
  'self-check': { tag: 'som-self-check', script: 'self-check', attrs: ['instrument'] },
};

/** Languages the widgets speak; anything else falls back to the feed's order. */
export const LANGS = ['nl', 'fr', 'de', 'en'];
/** A colour the frame accepts: #rgb or #rrggbb (nothing that could end the declaration). */
export const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The element's attributes from a query: known names only, values as given (escaped when written), ids
 * separated by commas or spaces alike (the attributes take spaces; a URL reads better with commas).
 * @param {string} widget @param {URLSearchParams} query
 * @returns {[string, string][]}
 */
export function attributesFrom(widget, query) {
  const w = WIDGETS[widget];
  if (!w) return [];
  /** @type {[string, string][]} */
  const out = [];
  for (const name of w.attrs) {
    const value = query.get(name)?.trim().slice(0, 500);
    if (value) out.push([name, value.replace(/\s*,\s*|\s+/g, ' ')]);
  }
  for (const name of w.flags ?? []) {
    const value = query.get(name);
    if (value !== null && value !== 'false' && value !== '0') out.push([name, '']);
  }
  const lang = query.get('lang');
  if (lang && LANGS.includes(lang)) out.push(['lang', lang]);
  return out;
}

/** The frame-ancestors source list: EMBED_ORIGINS, or any page when it is not set. @param {string[]} origins */
export const frameAncestors = (origins) => (origins.length ? origins.join(' ') : '*');

const FRAME_SCRIPT = readFileSync(new URL('../static/embed-frame.js', import.meta.url), 'utf8');
const HOST_SCRIPT = readFileSync(new URL('../static/embed.js', import.meta.url), 'utf8');
const BUILDER_SCRIPT = readFileSync(new URL('../static/embed-builder.js', import.meta.url), 'utf8');
const EMBED_CSS = readFileSync(new URL('../static/embed.css', import.meta.url), 'utf8');

/** @param {import('hono').Hono} app @param {AppContext} ctx */
export function embedRoutes(app, ctx) {
  /** @param {string} body @param {string} type @param {Record<string, string>} [extra] */
  const asset =
    (body, type, extra = {}) =>
    (/** @type {import('hono').Context} */ c) =>
      withEtag(c, body, { 'Content-Type': type, 'Cache-Control': 'public, max-age=300', ...extra });
  const js = 'text/javascript; charset=utf-8';
  route(app, '/assets/embed-frame.js', { GET: asset(FRAME_SCRIPT, js) });
  route(app, '/assets/embed-builder.js', { GET: asset(BUILDER_SCRIPT, js) });
  route(app, '/assets/embed.css', { GET: asset(EMBED_CSS, 'text/css; charset=utf-8') });
  // The host helper runs on partner pages: any origin may load it (a classic script; CORS for `type=module`).
  route(app, '/embed.js', {
    GET: asset(HOST_SCRIPT, js, { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }),
  });

  route(app, '/embed', { GET: (c) => builderPage(c, ctx) });

  route(app, '/embed/:widget', {
    GET: (c) => {
      const name = c.req.param('widget') ?? '';
      const w = WIDGETS[name];
      if (!w) return c.notFound();
      const query = new URL(c.req.url).searchParams;
      const attrs = attributesFrom(name, query);
      const lang = attrs.find(([k]) => k === 'lang')?.[1] ?? ctx.feed.network.languages[0] ?? 'nl';
      const color = query.get('color') ?? '';
      const radius = Number(query.get('radius'));
      // Colours go through data attributes that embed-frame.js sets as custom properties: no inline style.
      const data = [
        COLOR.test(color) ? ` data-color="${escapeHtml(color)}"` : '',
        query.get('radius') && radius >= 0 && radius <= 40 ? ` data-radius="${radius}px"` : '',
      ].join('');
      const attrText = attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');
      const origins = ctx.config.embedOrigins ?? [];
      c.header('Content-Security-Policy', embedCsp(frameAncestors(origins)));
      c.header('Cache-Control', 'no-cache');
      c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
      const title = escapeHtml(ctx.feed.network.name);
      return c.html(`<!doctype html>
<html lang="${escapeHtml(lang)}" class="som-embed" data-embed-origins="${escapeHtml(origins.join(' '))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../assets/embed.css">
<link rel="modulepreload" href="../cdn/lit.js">
<script type="module" src="../cdn/${w.script}.js"></script>
<script type="module" src="../assets/embed-frame.js"></script>
</head>
<body>
<main id="som-embed">
<${w.tag} src="../${escapeHtml(
        widgetFeed(
          name,
          attrs.some(([k]) => k === 'past'),
        ),
      )}"${attrText}${data} data-som-widget></${w.tag}>
</main>
</body>
</html>
`);
    },
  });
}
