// @ts-check
/** What every source mapping shares: stable ids, the URL rule, taxonomy mapping, bounds, the time window. */
import { createHash } from 'node:crypto';
import { safeUrl } from '../dist/feed/index.js';
import { cleanLine, clamp } from './text.js';

/** Bounds for one item's text (the contract allows 20,000; a calendar needs far less). */
export const LIMITS = {
  title: 300,
  summary: 600,
  description: 6000,
  name: 200,
  address: 300,
  label: 100,
  reason: 500,
  cost: 300,
};

/**
 * A stable feed id: the source's id and a short hash of the item's own identifier (@id, UID), plus the
 * occurrence's local date (and time) for one date of a series, so deep links and sign-ups survive a rebuild.
 */
export function stableId(sourceId, key, occurrence) {
  const hash = createHash('sha256').update(String(key)).digest('hex').slice(0, 10);
  return `${sourceId}-${hash}${occurrence ? `-${occurrence}` : ''}`;
}

/** A link that obeys the feed's URL rule, or undefined (reported through `ctx`). */
export function link(ctx, value, field, ref, allow = []) {
  if (value == null || value === '') return undefined;
  const url = typeof value === 'string' ? safeUrl(value.trim(), allow) : undefined;
  if (!url) ctx.report('linkRefused', { field }, { ref, severity: 'warning' });
  return url;
}

/** A name (organiser, partner): plain text, bounded. */
export const name = (value) =>
  clamp(cleanLine(typeof value === 'string' ? value.slice(0, 4000) : ''), LIMITS.name) || undefined;

const lower = (s) => String(s).normalize('NFKC').trim().toLowerCase();

/**
 * The network's mapping for one source, compiled to lookups: a source's terms, labels, audience type,
 * categories and age range become the feed's themes, audiences, levels and strand.
 * @param {any} mapping  { terms, labels, audienceTypes, categories: { key: Assign }, ages: [{ from, to, ...Assign }] }
 */
export function compileMapping(mapping = {}) {
  const table = (obj) => {
    const m = new Map();
    for (const [k, v] of Object.entries(obj ?? {})) m.set(lower(k), v);
    return m;
  };
  return {
    terms: table(mapping.terms),
    labels: table(mapping.labels),
    audienceTypes: table(mapping.audienceTypes),
    categories: table(mapping.categories),
    ages: Array.isArray(mapping.ages) ? mapping.ages : [],
  };
}

/**
 * Themes, audiences, levels and strand for an item: whatever its keys map to, and the source's defaults for
 * a field the mapping left empty.
 * @param {ReturnType<typeof compileMapping>} mapping
 * @param {{ terms?: string[], labels?: string[], audienceType?: string, categories?: string[], ages?: { from: number, to: number } }} keys
 * @param {any} defaults
 */
export function assignTaxonomies(mapping, keys, defaults = {}) {
  const out = { themes: new Set(), audiences: new Set(), levels: new Set(), strand: undefined };
  const add = (a) => {
    if (!a) return;
    for (const f of ['themes', 'audiences', 'levels']) for (const id of a[f] ?? []) out[f].add(id);
    if (a.strand && !out.strand) out.strand = a.strand;
  };
  for (const t of keys.terms ?? []) add(mapping.terms.get(lower(t)));
  for (const l of keys.labels ?? []) add(mapping.labels.get(lower(l)));
  if (keys.audienceType) add(mapping.audienceTypes.get(lower(keys.audienceType)));
  for (const c of keys.categories ?? []) add(mapping.categories.get(lower(c)));
  if (keys.ages) {
    for (const range of mapping.ages) {
      const from = range.from ?? 0;
      const to = range.to ?? 200;
      if (keys.ages.from <= to && keys.ages.to >= from) add(range);
    }
  }
  /** @type {{ themes?: string[], audiences?: string[], levels?: string[], strand?: string }} */
  const result = {};
  for (const f of ['themes', 'audiences', 'levels']) {
    const list = out[f].size ? [...out[f]] : (defaults[f] ?? []);
    if (list.length) result[f] = list.slice(0, 20);
  }
  const strand = out.strand ?? defaults.strand;
  if (strand) result.strand = strand;
  return result;
}

/** The window a build keeps: from `pastDays` ago to `futureDays` ahead. */
export function windowOf(now, window = {}) {
  const day = 864e5;
  return { from: now - (window.pastDays ?? 31) * day, to: now + (window.futureDays ?? 366) * day };
}

/** Drop empty optional fields so the feed stays small and readable. */
export function compact(obj) {
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) delete obj[k];
    else if (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length) delete obj[k];
  }
  return obj;
}
