// @ts-check
/**
 * One feed from where the content already lives: the network's own feed (the base) plus its partners'
 * UiTdatabank events and public calendars (.ics), mapped, merged, checked against the contract.
 *
 *   const { feed, problems, sources } = await buildFeed(config, { fetch, now, cache, lang, baseDir, env });
 *
 * `feed` is undefined when the result is not a valid feed (the base is unreadable or invalid); otherwise it
 * passed parseFeed without a problem. Every skipped item is in `problems` with its source and the reason.
 * `cache` (a Map, or anything with get/set) keeps each URL's last answer for conditional requests and each
 * source's last good items, so a source that fails keeps them; the server can hold one across builds.
 */
import * as z from 'zod';
import { parseFeed } from '../dist/feed/index.js';
import { compileMapping, windowOf } from './common.js';
import { readSource, fillHeaders, SourceError } from './fetch.js';
import { mapIcs } from './ics.js';
import { problemText } from './messages.js';
import { wallToInstant } from './time.js';
import { mapUitdatabank } from './uitdatabank.js';

export { describeBuildProblem, problemText } from './messages.js';
export { htmlToText } from './text.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,99}$/);
const Assign = z.object({
  themes: z.array(Id).max(50).optional(),
  audiences: z.array(Id).max(50).optional(),
  levels: z.array(Id).max(50).optional(),
  strand: Id.optional(),
});
const Table = z.record(z.string().max(300), Assign).optional();
const SourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,29}$/, 'a source id is 1–30 characters a–z, 0–9 or "-"'),
    type: z.enum(['uitdatabank', 'ics']),
    name: z.string().min(1).max(200),
    url: z.string().max(4000).optional(),
    file: z.string().max(1000).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    timeZone: z.string().optional(),
    mapping: z
      .object({
        terms: Table,
        labels: Table,
        audienceTypes: Table,
        categories: Table,
        ages: z
          .array(Assign.extend({ from: z.number().min(0).optional(), to: z.number().min(0).optional() }))
          .max(50)
          .optional(),
      })
      .optional(),
    defaults: Assign.extend({
      organizer: z
        .object({ name: z.string().min(1).max(200), url: z.string().optional(), email: z.string().optional() })
        .optional(),
    }).optional(),
    maxItems: z.int().min(1).max(100000).optional(),
    maxBytes: z.int().min(1000).max(200_000_000).optional(),
    maxPages: z.int().min(1).max(100).optional(),
    timeoutMs: z.int().min(100).max(120000).optional(),
    enabled: z.boolean().optional(),
  })
  .refine((s) => !!s.url !== !!s.file, { message: 'give a source either "url" or "file"' });

export const SourcesConfigSchema = z
  .object({
    $schema: z.string().optional(),
    base: z.string().min(1),
    window: z
      .object({ pastDays: z.int().min(0).max(3660).optional(), futureDays: z.int().min(1).max(3660).optional() })
      .optional(),
    maxEvents: z.int().min(1).max(100000).optional(),
    sources: z.array(SourceSchema).max(50),
  })
  .refine((c) => new Set(c.sources.map((s) => s.id)).size === c.sources.length, {
    message: 'source ids must be unique',
    path: ['sources'],
  });

const DEFAULTS = { maxItems: 2000, maxBytes: 10_000_000, maxPages: 20, timeoutMs: 20000, maxEvents: 5000 };
/** At most this many problems are listed per source; the rest are counted. */
const MAX_LISTED = 200;
const LISTS = ['events', 'stories', 'portraits', 'selfChecks'];

/**
 * @param {unknown} config  the sources file (feed.sources.json), parsed
 * @param {{ fetch?: typeof fetch, now?: number | Date | (() => number), cache?: { get(k: string): any, set(k: string, v: any): void }, lang?: 'nl' | 'en', baseDir?: string, env?: Record<string, string | undefined> }} [options]
 */
export async function buildFeed(config, options = {}) {
  const lang = options.lang === 'nl' ? 'nl' : 'en';
  const now =
    typeof options.now === 'function'
      ? options.now()
      : options.now instanceof Date
        ? options.now.getTime()
        : (options.now ?? Date.now());
  const io = {
    fetch: options.fetch ?? globalThis.fetch,
    cache: options.cache,
    baseDir: options.baseDir ?? '.',
    env: options.env ?? {},
  };
  /** @type {import('./messages.js').BuildProblem[]} */
  const problems = [];
  const push = (source, code, params = {}, extra = {}) =>
    problems.push({ severity: 'warning', ...extra, source, code, params, message: problemText(code, params, lang) });

  const parsed = SourcesConfigSchema.safeParse(config);
  if (!parsed.success) {
    const error = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('; ');
    push('config', 'configInvalid', { error }, { severity: 'error' });
    return { feed: undefined, problems, sources: [] };
  }
  const cfg = parsed.data;
  const window = windowOf(now, cfg.window);

  // The base: the network's own feed, read like a source but never replaced by a cached copy.
  let baseJson;
  try {
    const where = /^[a-z][a-z0-9+.-]*:/i.test(cfg.base) ? { url: cfg.base } : { file: cfg.base };
    const { text } = await readSource(where, {
      ...io,
      maxBytes: 50_000_000,
      timeoutMs: DEFAULTS.timeoutMs,
      accept: 'application/json',
    });
    baseJson = JSON.parse(text);
  } catch (e) {
    push(
      'base',
      'baseUnreadable',
      { error: e instanceof SourceError ? problemText(e.code, e.params, lang) : String(e?.message ?? e) },
      { severity: 'error' },
    );
    return { feed: undefined, problems, sources: [] };
  }
  const baseCheck = parseFeed(baseJson, { lang });
  if (!baseCheck.ok) {
    push('base', 'baseInvalid', { error: baseCheck.error }, { severity: 'error' });
    return { feed: undefined, problems, sources: [] };
  }
  const zone = baseCheck.feed.network.timeZone;
  const taxonomies = baseCheck.feed.taxonomies;
  const out = { ...baseJson };
  for (const list of LISTS) {
    if (baseJson[list] === undefined) continue;
    out[list] = cleanList(list, baseJson[list], baseCheck, (p) =>
      push('base', 'invalidItem', { detail: p.message }, { ref: p.id ?? `${list}[${p.index}]`, id: p.id }),
    );
  }

  // The sources, side by side: one that hangs or breaks only loses its own items.
  const enabled = cfg.sources.filter((s) => s.enabled !== false);
  const results = await Promise.all(
    enabled.map((source) => runSource(source, { io, now, window, zone, taxonomies, lang, push })),
  );

  // Merge: the base's events first, then each source in the order of the sources file.
  const events = Array.isArray(out.events) ? [...out.events] : [];
  const fromBase = events.length;
  const taken = new Map(events.map((e) => [e.id, 'base']));
  const index = new Map();
  const remember = (e, source) => {
    const key = startKey(e);
    if (!index.has(key)) index.set(key, []);
    index.get(key).push({ e, source });
  };
  for (const e of events) remember(e, 'base');
  const maxEvents = cfg.maxEvents ?? DEFAULTS.maxEvents;
  const label = (id) =>
    id === 'base'
      ? lang === 'nl'
        ? 'de basisfeed'
        : 'the base feed'
      : (cfg.sources.find((s) => s.id === id)?.name ?? id);
  let added = 0;
  let capped = 0;
  /** feed id → source id, to put a late contract problem on the right source */
  const origin = new Map();
  for (const r of results) {
    for (const item of r.items) {
      const { _ref: ref, ...e } = item;
      if (taken.has(e.id)) {
        push(r.source.id, 'idTaken', { id: e.id, by: label(taken.get(e.id)) }, { ref, id: e.id });
        continue;
      }
      const twin = (index.get(startKey(e)) ?? []).find((x) => sameActivity(x.e, e));
      if (twin) {
        push(
          r.source.id,
          'duplicate',
          { keptId: twin.e.id, keptSource: label(twin.source) },
          { ref, id: e.id, severity: 'info' },
        );
        continue;
      }
      if (added >= maxEvents) {
        capped++;
        continue;
      }
      added++;
      r.added++;
      taken.set(e.id, r.source.id);
      origin.set(e.id, r.source.id);
      remember(e, r.source.id);
      events.push(e);
    }
  }
  if (capped) push('build', 'eventsCapped', { max: maxEvents, count: capped });
  events.sort((a, b) => startMs(a, zone) - startMs(b, zone) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  out.events = events;

  // The contract has the last word: an item it refuses is left out and reported under its source.
  let check = parseFeed(out, { lang });
  const refused = new Set();
  for (const p of check.problems) {
    if (p.list !== 'events' || p.index === undefined) continue;
    const e = events[p.index];
    if (!e || !origin.has(e.id)) continue;
    refused.add(p.index);
    push(origin.get(e.id), 'invalidItem', { detail: p.message }, { ref: e.id, id: e.id });
  }
  if (refused.size) {
    for (const i of refused) {
      const r = results.find((x) => x.source.id === origin.get(events[i].id));
      if (r) r.added--;
    }
    out.events = events.filter((_, i) => !refused.has(i));
    check = parseFeed(out, { lang });
  }
  if (!check.ok || check.problems.length) {
    for (const p of check.problems)
      push('build', 'invalidItem', { detail: p.message }, { severity: 'error', ref: p.id });
    return { feed: undefined, problems, sources: results.map(summary), fromBase };
  }
  return { feed: out, problems, sources: results.map(summary), fromBase };
}

/** Per source: its state, the items it gave, how many made it into the feed (duplicates and refused ones do not). */
const summary = (r) => ({
  id: r.source.id,
  name: r.source.name,
  type: r.source.type,
  state: r.state,
  items: r.items.length,
  added: r.added,
  outOfWindow: r.outOfWindow,
});

/** A base list without the items the contract skips; an item whose link was refused is used as parsed. */
function cleanList(list, raw, check, report) {
  if (!Array.isArray(raw)) return raw;
  const parsed = new Map(check.feed[list].map((item) => [item.id, item]));
  const troubled = new Map();
  for (const p of check.problems) if (p.list === list && p.index !== undefined) troubled.set(p.index, p);
  const kept = [];
  const used = new Set();
  raw.forEach((item, i) => {
    const id = item && typeof item === 'object' ? item.id : undefined;
    const p = troubled.get(i);
    if (!parsed.has(id) || used.has(id)) {
      if (p) report(p);
      return;
    }
    used.add(id);
    if (p) report(p);
    kept.push(p ? parsed.get(id) : item);
  });
  return kept;
}

async function runSource(source, { io, now, window, zone, taxonomies, lang, push }) {
  let listed = 0;
  let unlisted = 0;
  const ctx = {
    source,
    now,
    window,
    zone,
    lang,
    maxItems: source.maxItems ?? DEFAULTS.maxItems,
    mapping: compileMapping(source.mapping),
    defaults: defaultsOf(source),
    outOfWindow: 0,
    report(code, params = {}, extra = {}) {
      if (listed >= MAX_LISTED) return void unlisted++;
      listed++;
      push(source.id, code, params, extra);
    },
  };
  checkTerms(source, taxonomies, ctx);
  const cache = io.cache;
  const lastGoodKey = `items:${source.id}`;
  let state = 'ok';
  let items;
  try {
    const texts = await fetchAll(source, io);
    if (texts.every((t) => t.notModified)) state = 'not-modified';
    const mapped =
      source.type === 'ics' ? mapMany(texts, (t) => mapIcs(t, ctx)) : mapMany(texts, (t) => mapUitJson(t, ctx));
    if (mapped.failed) throw new SourceError('noLastGood');
    items = mapped.items;
    cache?.set(lastGoodKey, { at: new Date(now).toISOString(), items });
  } catch (e) {
    if (e instanceof SourceError && e.code !== 'noLastGood') ctx.report(e.code, e.params, { severity: 'error' });
    const last = cache?.get(lastGoodKey);
    if (last && Array.isArray(last.items)) {
      // Still within the window: a copy from last month no longer shows what has passed since.
      items = last.items.filter((i) => endMs(i, zone) >= window.from && startMs(i, zone) <= window.to);
      ctx.report(
        'keptLastGood',
        { count: items.length, when: String(last.at).slice(0, 16).replace('T', ' ') },
        { severity: 'warning' },
      );
      state = 'kept-last-good';
    } else {
      ctx.report('noLastGood', {}, { severity: 'warning' });
      items = [];
      state = 'failed';
    }
  }
  if (ctx.outOfWindow) {
    const day = (ms) => new Date(ms).toISOString().slice(0, 10);
    push(
      source.id,
      'outOfWindow',
      { count: ctx.outOfWindow, from: day(window.from), to: day(window.to) },
      { severity: 'info' },
    );
  }
  if (unlisted) push(source.id, 'moreProblems', { count: unlisted });
  return { source, items, state, outOfWindow: ctx.outOfWindow, added: 0 };
}

function mapMany(texts, map) {
  const items = [];
  for (const t of texts) {
    const r = map(t.text);
    if (r.failed) return { items: [], failed: r.failed };
    items.push(...r.items);
  }
  return { items };
}

function mapUitJson(text, ctx) {
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    ctx.report('notJson', { error: String(e?.message ?? e).slice(0, 200) }, { severity: 'error' });
    return { items: [], failed: 'notJson' };
  }
  return mapUitdatabank(json, ctx);
}

/** A source's text(s): one file or answer, or the Search API's pages (start/limit) up to maxItems. */
async function fetchAll(source, io) {
  const opts = {
    ...io,
    headers: fillHeaders(source.headers, io.env),
    maxBytes: source.maxBytes ?? DEFAULTS.maxBytes,
    timeoutMs: source.timeoutMs ?? DEFAULTS.timeoutMs,
    accept: source.type === 'ics' ? 'text/calendar, text/plain;q=0.5' : 'application/ld+json, application/json;q=0.9',
  };
  const first = await readSource(source, opts);
  if (source.type !== 'uitdatabank' || !source.url) return [first];
  const pages = [first];
  const maxItems = source.maxItems ?? DEFAULTS.maxItems;
  let url = new URL(source.url);
  let seen = 0;
  for (let page = 1; page < (source.maxPages ?? DEFAULTS.maxPages); page++) {
    let json;
    try {
      json = JSON.parse(pages[pages.length - 1].text);
    } catch {
      break;
    }
    const count = Array.isArray(json?.member) ? json.member.length : 0;
    seen += count;
    if (!count || typeof json.totalItems !== 'number' || seen >= json.totalItems || seen >= maxItems) break;
    url = new URL(url);
    url.searchParams.set('start', String(Number(new URL(source.url).searchParams.get('start') ?? 0) + seen));
    pages.push(await readSource({ url: url.href }, opts));
  }
  return pages;
}

function defaultsOf(source) {
  const d = source.defaults ?? {};
  return { ...d, organizer: d.organizer ? { ...d.organizer } : undefined };
}

/** A mapping that names a theme, audience, level or strand the base feed does not have is probably a typo. */
function checkTerms(source, taxonomies, ctx) {
  const known = {
    themes: new Set(taxonomies.themes.map((t) => t.id)),
    audiences: new Set(taxonomies.audiences.map((t) => t.id)),
    levels: new Set(taxonomies.levels.map((t) => t.id)),
    strand: new Set(taxonomies.strands.map((t) => t.id)),
  };
  const m = source.mapping ?? {};
  const assigns = [
    source.defaults ?? {},
    ...[m.terms, m.labels, m.audienceTypes, m.categories].flatMap((t) => Object.values(t ?? {})),
    ...(m.ages ?? []),
  ];
  const reported = new Set();
  for (const a of assigns) {
    for (const [field, list] of [
      ['themes', a.themes],
      ['audiences', a.audiences],
      ['levels', a.levels],
      ['strand', a.strand ? [a.strand] : []],
    ]) {
      for (const id of list ?? []) {
        if (known[field].has(id) || reported.has(`${field}:${id}`)) continue;
        reported.add(`${field}:${id}`);
        ctx.report('unknownTerm', { id, list: field === 'strand' ? 'strands' : field });
      }
    }
  }
}

const normal = (s) =>
  String(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const texts = (t) => (t == null ? [] : typeof t === 'string' ? [t] : Object.values(t)).map(normal).filter(Boolean);

/** Same title (in any language), same start, same place (or both without one): the same activity. */
function sameActivity(a, b) {
  const ta = new Set(texts(a.title));
  if (!texts(b.title).some((t) => ta.has(t))) return false;
  const pa = [...texts(a.location?.name), ...texts(a.location?.address)];
  const pb = [...texts(b.location?.name), ...texts(b.location?.address)];
  if (!pa.length || !pb.length) return !pa.length && !pb.length;
  return pa.some((x) => pb.some((y) => x === y || x.includes(y) || y.includes(x)));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const startKey = (e) => (DATE_ONLY.test(e.start) ? `d:${e.start}` : `t:${Date.parse(e.start)}`);
const dayMs = (key, zone, next = 0) => {
  const [year, month, day] = key.split('-').map(Number);
  return wallToInstant({ year, month, day: day + next }, zone);
};
const startMs = (e, zone) => (DATE_ONLY.test(e.start) ? dayMs(e.start, zone) : Date.parse(e.start));
/** The instant an event is over (an all-day end date is inclusive). */
function endMs(e, zone) {
  const end = e.end ?? e.start;
  return DATE_ONLY.test(end) ? dayMs(end, zone, 1) : Date.parse(end);
}

/** A cache kept in memory (the server's scheduled build) or saved as JSON between runs (the CLI). */
export function createCache(entries = {}) {
  const map = new Map(Object.entries(entries));
  return {
    get: (k) => map.get(k),
    set: (k, v) => void map.set(k, v),
    toJSON: () => Object.fromEntries(map),
  };
}
