// The snippet builder (/embed, server/src/embed-builder.js): controls filled from the live feed, the real
// widget as preview, and three snippets (script, iframe, link) that give that same widget elsewhere.
const config = JSON.parse(document.getElementById('builder-config').textContent);
const t = config.texts;
const origin = config.origin || location.origin;
const $ = (id) => document.getElementById(id);
const form = $('builder');
document.getElementById('no-js').hidden = true;

/** Which element and controls each widget has (the names are the attributes; server/src/embed.js agrees). */
const WIDGETS = {
  calendar: {
    tag: 'som-calendar',
    script: 'calendar',
    facets: ['levels', 'audiences', 'themes', 'strands'],
    controls: ['view', 'limit', 'past', 'no-filters', 'heading-level'],
  },
  signup: { tag: 'som-signup', script: 'signup', facets: [], controls: ['event'] },
  stories: {
    tag: 'som-story-list',
    script: 'stories',
    facets: ['themes', 'strands'],
    controls: ['layout', 'limit', 'heading-level'],
  },
  story: { tag: 'som-story-card', script: 'stories', facets: [], controls: ['story', 'heading-level'] },
  portraits: {
    tag: 'som-portrait-list',
    script: 'portraits',
    facets: ['levels', 'themes'],
    controls: ['layout', 'limit', 'heading-level'],
  },
  portrait: { tag: 'som-portrait-card', script: 'portraits', facets: [], controls: ['portrait', 'heading-level'] },
  'self-check': { tag: 'som-self-check', script: 'self-check', facets: [], controls: ['instrument'] },
};

const pageLang = document.documentElement.lang;
const text = (v) => {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  return v[pageLang] ?? v.nl ?? Object.values(v)[0] ?? '';
};
const fill = (s, values) => s.replace(/\{(\w+)\}/g, (m, k) => values[k] ?? m);

/** WCAG relative luminance and contrast ratio (1 to 21). */
function luminance(hex) {
  const n = hex.length === 4 ? hex.replace(/\w/g, (c) => c + c).slice(1) : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(n.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

function option(select, value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  select.append(o);
  return o;
}

/** Fill the controls from the feed: taxonomy labels, events (with a sign-up form here first), stories, portraits. */
function fillControls(feed) {
  for (const box of document.querySelectorAll('[data-facet]')) {
    const key = box.dataset.facet;
    const terms = feed.taxonomies?.[key] ?? [];
    const checks = box.querySelector('.checks');
    for (const term of terms) {
      const span = document.createElement('span');
      span.className = 'check';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = term.id;
      input.id = `${key}-${term.id}`;
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = text(term.label) || term.id;
      span.append(input, label);
      checks.append(span);
    }
    box.dataset.empty = terms.length ? '' : 'yes';
  }
  const now = Date.now();
  const upcoming = feed.events
    .filter((e) => Date.parse(e.end ?? e.start) >= now - 86_400_000)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const withForm = upcoming.filter((e) => e.registration?.type === 'form');
  const others = upcoming.filter((e) => e.registration?.type !== 'form');
  const day = new Intl.DateTimeFormat(pageLang, { day: 'numeric', month: 'short', timeZone: feed.network.timeZone });
  const group = (label, events) => {
    if (!events.length) return;
    const g = document.createElement('optgroup');
    g.label = label;
    for (const e of events) option(g, e.id, `${day.format(new Date(e.start))} · ${text(e.title)}`);
    $('event').append(g);
  };
  group(t.eventsForm, withForm);
  group(t.eventsOther, others);
  for (const s of feed.stories ?? []) option($('story'), s.id, text(s.title));
  for (const p of feed.portraits ?? []) option($('portrait'), p.id, p.name);
  for (const i of feed.selfChecks ?? []) option($('instrument'), i.id, text(i.title));
}

/** The chosen settings as attribute name → value ('' for a boolean that is on). */
function settings() {
  const w = WIDGETS[$('widget').value];
  const attrs = [];
  for (const key of w.facets) {
    const ids = [...form.querySelectorAll(`input[name="${key}"]:checked`)].map((i) => i.value);
    if (ids.length) attrs.push([key, ids.join(' ')]);
  }
  for (const key of w.controls) {
    const el = $(key);
    if (el.type === 'checkbox') {
      if (el.checked) attrs.push([key, '']);
    } else if (el.value && !(key === 'view' && el.value === 'list') && !(key === 'layout' && el.value === 'grid')) {
      attrs.push([key, el.value]);
    }
  }
  if ($('lang').value) attrs.push(['lang', $('lang').value]);
  return attrs;
}

/** The colour if it may be used (contrast ≥ 3:1 with white text), and the message about it. */
function colour() {
  const value = $('color').value;
  const ratio = contrast(value, '#ffffff');
  const shown = (Math.floor(ratio * 10) / 10).toLocaleString(pageLang);
  const state = ratio >= 4.5 ? 'ok' : ratio >= 3 ? 'warn' : 'bad';
  const message = fill(state === 'ok' ? t.contrastOk : state === 'warn' ? t.contrastWarn : t.contrastBad, {
    ratio: shown,
  });
  return { value: state === 'bad' ? undefined : value, state, message };
}

const radius = () => {
  const n = Math.round(Number($('radius').value));
  return $('radius').value !== '' && n >= 0 && n <= 40 ? n : undefined;
};

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The slice of the feed the widget reads, as the server's embed pages use it (server/src/feed-slice.js). */
const feedOf = (name, attrs) => config.feeds[name][attrs.some(([k]) => k === 'past') ? 1 : 0];

function snippets(attrs, col, rad) {
  const name = $('widget').value;
  const w = WIDGETS[name];
  const label = t.widgets[name].toLowerCase();
  const query = new URLSearchParams();
  for (const [k, v] of attrs) query.set(k, v === '' ? '' : v.replaceAll(' ', ','));
  if (col) query.set('color', col);
  if (rad !== undefined) query.set('radius', String(rad));
  const qs = query.toString().replace(/=(&|$)/g, '$1');
  const page = `${origin}/embed/${name}${qs ? `?${qs}` : ''}`;
  const style = [col && `--som-color-primary: ${col}`, rad !== undefined && `--som-radius: ${rad}px`].filter(Boolean);
  const attrText = attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  const fallback = fill(t.fallback, { widget: label, network: config.network });
  const src = `${origin}/${feedOf(name, attrs)}`;
  const title = fill(t.frameTitle, { widget: t.widgets[name], network: config.network });
  return {
    // modulepreload: lit.js travels beside the widget's file instead of after it (one round trip less).
    script: `<link rel="modulepreload" href="${origin}/cdn/lit.js">
<script type="module" src="${origin}/cdn/${w.script}.js"></script>
<${w.tag} src="${escapeAttr(src)}"${attrText}${style.length ? ` style="${style.join('; ')}"` : ''}>
  <a href="${escapeAttr(page)}">${fallback}</a>
</${w.tag}>`,
    iframe: `<iframe src="${escapeAttr(page)}" title="${escapeAttr(title)}" data-som-embed width="100%" height="640" loading="lazy" style="border: 0; width: 100%; max-width: 100%;"></iframe>
<script src="${origin}/embed.js" async></script>`,
    link: `<a href="${escapeAttr(page)}">${fallback}</a>`,
  };
}

let feedReady = false;
function update() {
  const name = $('widget').value;
  const w = WIDGETS[name];
  for (const el of form.querySelectorAll('[data-for]')) el.hidden = !w.controls.includes(el.dataset.for);
  for (const el of form.querySelectorAll('[data-facet]'))
    el.hidden = !w.facets.includes(el.dataset.facet) || el.dataset.empty === 'yes';
  $('filters').hidden = !w.facets.length;
  const col = colour();
  const status = $('contrast');
  if (status.textContent !== col.message) status.textContent = col.message;
  status.dataset.state = col.state;
  const rad = radius();
  const attrs = settings();
  const code = snippets(attrs, col.value, rad);
  for (const k of ['script', 'iframe', 'link']) $(`${k}-code`).value = code[k];
  if (!feedReady) return;
  // The preview: the real element with the same attributes and colours as the script snippet.
  const el = document.createElement(w.tag);
  el.setAttribute('src', `/${feedOf(name, attrs)}`);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  if (col.value) el.style.setProperty('--som-color-primary', col.value);
  if (rad !== undefined) el.style.setProperty('--som-radius', `${rad}px`);
  $('preview').replaceChildren(el);
  $('preview').dataset.widget = name;
}

function width() {
  const v = form.ownerDocument.querySelector('input[name="width"]:checked')?.value ?? 'full';
  $('stage').dataset.width = v;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
for (const r of document.querySelectorAll('input[name="width"]')) r.addEventListener('change', width);
width();

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = $(button.dataset.copy);
    const status = $(button.dataset.copy.replace('-code', '-status'));
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = t.copied;
    } catch {
      area.focus();
      area.select();
      status.textContent = t.copyFailed;
    }
  });
}

update();
try {
  const res = await fetch('/feed.json');
  if (!res.ok) throw new Error(String(res.status));
  fillControls(await res.json());
  feedReady = true;
  $('feed-state').textContent = '';
  update();
  document.body.dataset.ready = '';
} catch {
  $('feed-state').textContent = t.feedError;
}
