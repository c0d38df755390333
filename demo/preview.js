// The editor's preview (issue #16): a feed file or address in, every problem in plain Dutch out, and the
// widgets drawn from it. Nothing leaves the browser: a file is read here and handed to the widgets as a
// blob: URL. The feed modules come from /dist/feed/ one by one: index.js also re-exports the zod schema
// (a bare `zod/mini` import a browser cannot resolve), the parser and its Dutch texts do not.
import { parseFeed, LISTS } from '/dist/feed/parse.js';
import { registerAllLists } from '/dist/feed/all.js';
import { NL_MESSAGES } from '/dist/feed/messages-nl.js';
import { resolveText } from '/dist/feed/text.js';

registerAllLists();

const $ = (id) => document.getElementById(id);
const els = {
  controls: $('controls'),
  drop: $('drop'),
  file: $('file'),
  address: $('address'),
  url: $('url'),
  status: $('status'),
  report: $('report'),
  sourceLine: $('source-line'),
  counts: $('counts'),
  problems: $('problems'),
  problemsNone: $('problems-none'),
  look: $('look'),
  signupPart: $('signup-part'),
  signupNote: $('signup-note'),
};

const WORDS = {
  events: { one: 'activiteit', many: 'activiteiten', item: 'Activiteit' },
  stories: { one: 'verhaal', many: 'verhalen', item: 'Verhaal' },
  portraits: { one: 'portret', many: 'portretten', item: 'Portret' },
  selfChecks: { one: 'zelfscan', many: 'zelfscans', item: 'Zelfscan' },
};
const count = (n, list) => `${n} ${n === 1 ? WORDS[list].one : WORDS[list].many}`;

/*
 * The feeds this page made, by blob: URL. The reference server's policy for demo pages allows fetches
 * to its own origin only (`connect-src 'self'`, which never matches blob:), so the page answers the
 * widgets' request for its own blob: URLs itself, with the same bytes. The preview sends nothing: a
 * sign-up in it stops at "Niet verstuurd".
 */
const feeds = new Map();
const nativeFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  if (feeds.has(url))
    return Promise.resolve(new Response(feeds.get(url), { headers: { 'Content-Type': 'application/json' } }));
  if (method !== 'GET' && method !== 'HEAD') return Promise.reject(new TypeError('Preview: nothing is sent.'));
  return nativeFetch(input, init);
};

/** Addresses the page's security policy refused (a failed fetch does not say why; this event does). */
const refused = new Set();
document.addEventListener('securitypolicyviolation', (e) => {
  if (e.effectiveDirective === 'connect-src') refused.add(e.blockedURI);
});

let current; // { url } of the feed on screen
let busy = 0; // the latest request; an older one that ends later is ignored

function say(text, kind = 'info') {
  els.status.className = `status ${kind}`;
  els.status.textContent = text;
}

function node(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children.filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

const code = (text) => node('code', { textContent: text });

/** The item's title or name as the editor knows it, from the raw JSON (a skipped item has no parsed form). */
function itemName(raw) {
  if (!raw || typeof raw !== 'object') return '';
  const value = raw.title ?? raw.name;
  try {
    return typeof value === 'string' || (value && typeof value === 'object') ? resolveText(value, ['nl']) : '';
  } catch {
    return '';
  }
}

/**
 * What one problem means for the editor: the field, the reason (the feed module's own Dutch text) and what
 * the widgets do about it. A skipped item's message is "Item overgeslagen: <field>: <reason>", or the
 * reason alone for a rule across fields; a refused link has its field in `path`.
 */
function explain(p) {
  const skippedPrefix = `${NL_MESSAGES.skipped}: `;
  if (p.severity === 'error') {
    return {
      field: p.path,
      reason: p.message,
      effect: p.list
        ? `Geen enkel item uit deze lijst wordt getoond: de widgets tonen een foutmelding.`
        : 'De widgets tonen niets uit deze feed, alleen een foutmelding.',
    };
  }
  if (p.path) {
    const reason = p.message.startsWith(`${p.path}: `) ? p.message.slice(p.path.length + 2) : p.message;
    return {
      field: p.path,
      reason,
      effect: p.list
        ? 'Het item wordt wel getoond, maar zonder dit veld.'
        : 'De feed wordt wel getoond, maar zonder dit veld.',
    };
  }
  if (p.message.startsWith(skippedPrefix)) {
    const detail = p.message.slice(skippedPrefix.length);
    const m = /^([\w.-]+): ([\s\S]+)$/.exec(detail);
    const reason = m ? m[2] : detail;
    // A refused link in a field the item cannot do without (a story's url): the item goes, not only the field.
    const effect =
      reason === NL_MESSAGES.unsafe
        ? 'Dit item wordt niet getoond: het kan niet zonder dit veld.'
        : 'Dit item wordt niet getoond.';
    return { field: m?.[1], reason, effect };
  }
  // A duplicate id.
  return { field: 'id', reason: p.message, effect: 'Dit item wordt niet getoond: een eerder item heeft dezelfde id.' };
}

function problemItem(p, json) {
  const { field, reason, effect } = explain(p);
  const raw = p.list && p.index !== undefined ? json?.[p.list]?.[p.index] : undefined;
  const name = itemName(raw);
  let where;
  if (p.list && p.index !== undefined) {
    where = node(
      'p',
      { className: 'where' },
      node('strong', { textContent: `${WORDS[p.list].item} ${p.index + 1}` }),
      p.id ? ' · id ' : '',
      p.id ? code(p.id) : '',
      name ? ` · “${name}”` : '',
    );
  } else if (p.list) {
    where = node(
      'p',
      { className: 'where' },
      node('strong', { textContent: `De lijst met ${WORDS[p.list].many}` }),
      ' (',
      code(p.list),
      ')',
    );
  } else {
    where = node('p', { className: 'where' }, node('strong', { textContent: 'De feed zelf' }));
  }
  const facts = node('dl');
  if (field) facts.append(node('dt', { textContent: 'Veld' }), node('dd', {}, code(field)));
  facts.append(node('dt', { textContent: 'Wat is er mis' }), node('dd', { textContent: reason }));
  facts.append(node('dt', { textContent: 'Gevolg' }), node('dd', { textContent: effect }));
  return node('li', { className: `problem ${p.severity}` }, where, facts);
}

/** Per list: shown, skipped (invalid or duplicate), and shown with a field left out. */
function tally(result, json) {
  const rows = {};
  for (const list of LISTS) {
    const ofList = result.problems.filter((p) => p.list === list);
    const all = Array.isArray(json[list]) ? json[list].length : 0;
    const shown = result.ok ? result.feed[list].length : 0;
    rows[list] = {
      shown,
      skipped: all - shown,
      dropped: new Set(ofList.filter((p) => p.path).map((p) => p.index)).size,
    };
  }
  return rows;
}

function showReport(result, json, label) {
  const rows = tally(result, json);
  els.sourceLine.replaceChildren(
    'Feed: ',
    node('strong', { textContent: label }),
    result.ok && json.network?.name ? ` · netwerk ${json.network.name}` : '',
  );
  els.counts.replaceChildren(
    ...LISTS.map((list) =>
      node(
        'tr',
        {},
        node('th', { scope: 'row', textContent: WORDS[list].many[0].toUpperCase() + WORDS[list].many.slice(1) }),
        ...['shown', 'skipped', 'dropped'].map((k) => node('td', { textContent: String(rows[list][k]) })),
      ),
    ),
  );
  els.problems.replaceChildren(...result.problems.map((p) => problemItem(p, json)));
  els.problems.hidden = !result.problems.length;
  els.problemsNone.hidden = !!result.problems.length;
  $('problems-title').textContent = result.problems.length ? `Problemen (${result.problems.length})` : 'Problemen';
  els.report.hidden = false;
  return rows;
}

function widget(tag, attrs, fallback) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== false) el.setAttribute(k, v === true ? '' : v);
  el.append(node('p', { textContent: fallback }));
  return el;
}

function showWidgets(feed, url) {
  $('calendar-slot').replaceChildren(
    widget('som-calendar', { src: url, past: true, 'heading-level': '4' }, 'De kalender kon niet getoond worden.'),
  );
  $('stories-slot').replaceChildren(
    widget('som-story-list', { src: url, 'heading-level': '4' }, 'De verhalen konden niet getoond worden.'),
  );
  $('portraits-slot').replaceChildren(
    widget('som-portrait-list', { src: url, 'heading-level': '4' }, 'De portretten konden niet getoond worden.'),
  );
  els.look.hidden = false;
  const event = feed.events.find((e) => e.registration?.type === 'form');
  if (event) {
    els.signupNote.textContent = `De eerste activiteit met een inschrijvingsformulier (id ${event.id}). Dit is een voorbeeld: wat je hier invult, wordt niet verstuurd.`;
    $('signup-slot').replaceChildren(
      widget('som-signup', { src: url, event: event.id }, 'Het inschrijvingsformulier kon niet getoond worden.'),
    );
    $('signup-slot').hidden = false;
  } else {
    els.signupNote.textContent = 'Geen enkele activiteit in deze feed heeft een inschrijvingsformulier.';
    $('signup-slot').replaceChildren();
    $('signup-slot').hidden = true;
  }
  els.signupPart.hidden = false;
}

function hideWidgets() {
  for (const id of ['calendar-slot', 'stories-slot', 'portraits-slot', 'signup-slot']) $(id).replaceChildren();
  els.look.hidden = true;
  els.signupPart.hidden = true;
}

/** Check `text` (the feed as read) and show the result; `label` names where it came from. */
function show(text, label) {
  if (current) {
    feeds.delete(current.url);
    URL.revokeObjectURL(current.url);
    current = undefined;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    els.report.hidden = true;
    hideWidgets();
    say(`${label} is geen geldige JSON, dus geen feed. De browser zegt: ${e.message}`, 'error');
    return;
  }
  const result = parseFeed(json, { messages: NL_MESSAGES });
  const rows = showReport(result, json && typeof json === 'object' ? json : {}, label);
  const problems = result.problems.length === 1 ? '1 probleem' : `${result.problems.length} problemen`;
  if (!result.ok) {
    hideWidgets();
    say(
      `${label} gelezen. De widgets kunnen deze feed niet tonen: ${result.error.replace(/\.?$/, '.')} ${problems}, zie hieronder.`,
      'error',
    );
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  feeds.set(url, text);
  current = { url };
  showWidgets(result.feed, url);
  const shown = LISTS.map((list) => count(rows[list].shown, list));
  const skipped = LISTS.reduce((n, list) => n + rows[list].skipped, 0);
  say(
    `${label} gelezen. Getoond: ${shown.slice(0, -1).join(', ')} en ${shown.at(-1)}. ` +
      `${skipped === 0 ? 'Niets overgeslagen.' : skipped === 1 ? '1 item overgeslagen.' : `${skipped} items overgeslagen.`} ` +
      `${result.problems.length ? `${problems}, zie hieronder.` : 'Geen problemen.'}`,
    result.problems.length ? 'warning' : 'ok',
  );
}

async function readFile(file) {
  const ticket = ++busy;
  say(`${file.name} wordt gelezen…`);
  let text;
  try {
    text = await file.text();
  } catch {
    if (ticket === busy) say(`${file.name} kon niet gelezen worden. Kies het bestand opnieuw.`, 'error');
    return;
  }
  if (ticket === busy) show(text, file.name);
}

async function readAddress(address) {
  let url;
  try {
    url = new URL(address, location.href);
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    say('Dat is geen webadres. Een feed-adres begint met https://', 'error');
    els.url.setAttribute('aria-invalid', 'true');
    els.url.focus();
    return;
  }
  els.url.removeAttribute('aria-invalid');
  const ticket = ++busy;
  say(`${url.href} wordt opgehaald…`);
  let text;
  try {
    const res = await nativeFetch(url.href, {
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      cache: 'no-store',
    });
    if (!res.ok) throw Object.assign(new Error(), { status: res.status });
    text = await res.text();
  } catch (e) {
    if (ticket !== busy) return;
    // The violation event may come just after the failed fetch.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const why = e.status
      ? `De server antwoordde met fout ${e.status}. Klopt het adres?`
      : [...refused].some((u) => url.href.startsWith(u))
        ? 'Deze pagina mag alleen adressen van haar eigen server ophalen (een veiligheidsregel van de server). Download de feed en kies het bestand.'
        : 'De server is niet bereikbaar, of hij laat niet toe dat een andere website de feed leest (CORS). Download de feed en kies het bestand.';
    say(`${url.href} kon niet opgehaald worden. ${why}`, 'error');
    return;
  }
  if (ticket === busy) show(text, url.href);
}

els.file.addEventListener('change', () => {
  const file = els.file.files?.[0];
  if (file) void readFile(file);
});

els.address.addEventListener('submit', (e) => {
  e.preventDefault();
  const value = els.url.value.trim();
  if (!value) {
    say('Vul eerst het adres van een feed in.', 'error');
    els.url.setAttribute('aria-invalid', 'true');
    els.url.focus();
    return;
  }
  void readAddress(value);
});

// Dropping a file anywhere on the drop zone does what choosing it does.
els.drop.addEventListener('dragover', (e) => {
  if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
  els.drop.classList.add('over');
});
els.drop.addEventListener('dragleave', (e) => {
  if (!els.drop.contains(e.relatedTarget)) els.drop.classList.remove('over');
});
els.drop.addEventListener('drop', (e) => {
  e.preventDefault();
  els.drop.classList.remove('over');
  const file = e.dataTransfer?.files?.[0];
  if (file) void readFile(file);
});
// A file dropped beside the zone must not make the browser leave the page for it.
for (const type of ['dragover', 'drop']) document.addEventListener(type, (e) => e.preventDefault());

$('needs-server').hidden = true;
els.controls.disabled = false;
