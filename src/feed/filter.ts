/**
 * Which events a calendar shows: the embedding site's pre-filter, the visitor's facet choices and text
 * search. Pure (no DOM, no Lit), so the calendar widget and the server's /calendar.ics give the same answer.
 */
import type { Feed, FeedEvent } from './schema.js';
import { resolveText, type Text } from './text.js';

/** Facets as they are named in the URL hash and the query; the feed's list of each is `<key>s`. */
export const FACETS = ['theme', 'audience', 'level', 'strand'] as const;
export type FacetKey = (typeof FACETS)[number];

/** The visitor's choices: one value per facet, a search text, and a view. */
export type Selection = Partial<Record<FacetKey | 'q' | 'view', string>>;

/** The embedding site's pre-filter: any of the listed ids per facet; facets combine with "and". */
export type PreFilter = Partial<Record<FacetKey, readonly string[]>>;

/** The ids an event carries for a facet (`strand` is a single value in the feed). */
export const valuesOf = (e: FeedEvent, key: FacetKey): readonly string[] =>
  key === 'strand' ? (e.strand ? [e.strand] : []) : (e[`${key}s`] ?? []);

/**
 * The site's restriction. An event without any id for a restricted facet is left out: a school that
 * asks for secondary-school activities should not get ones that never said who they are for.
 */
export const preFilter = (events: readonly FeedEvent[], pre: PreFilter): FeedEvent[] =>
  events.filter((e) => FACETS.every((k) => !pre[k]?.length || valuesOf(e, k).some((v) => pre[k]!.includes(v))));

/** Lower case without accents, so "creche" finds "crèche". */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The query's words, folded (once per search, not once per event). */
const words = (query: string): string[] => fold(query).split(/\s+/);

/** Every word of the query occurs in the (folded) text. */
export const matchesQuery = (folded: string, query: string): boolean =>
  words(query).every((word) => folded.includes(word));

/** The visitor's filters applied; `text` gives an event's folded search text (only asked for when searching). */
export function applySelection(
  events: readonly FeedEvent[],
  sel: Selection,
  text: (e: FeedEvent) => string,
): FeedEvent[] {
  const facets = FACETS.filter((k) => sel[k]);
  const q = sel.q?.trim();
  if (!facets.length && !q) return events as FeedEvent[];
  const w = q ? words(q) : [];
  return events.filter(
    (e) => facets.every((k) => valuesOf(e, k).includes(sel[k]!)) && w.every((word) => text(e).includes(word)),
  );
}

/** True when the visitor narrowed the list (the view is not a filter). */
export const isFiltered = (sel: Selection): boolean => FACETS.some((k) => sel[k]) || !!sel.q?.trim();

/**
 * What a search looks in: title, summary, description, place, organiser, partners and the facets' labels,
 * in the reader's language (`t` resolves feed text, `label` names a facet id).
 */
export function searchText(
  e: FeedEvent,
  t: (text: Text | undefined) => string,
  label: (key: FacetKey, id: string) => string,
): string {
  // One string built in place: a search reads this for every event at once, with the code still cold.
  let s = `${t(e.title)} ${t(e.summary)} ${t(e.description)} ${t(e.location?.name)} ${e.location?.address ?? ''} ${e.organizer?.name ?? ''}`;
  for (const p of e.partners ?? []) s += ` ${p.name}`;
  for (const k of FACETS) for (const id of valuesOf(e, k)) s += ` ${label(k, id)}`;
  return s;
}

/** `label` for searchText from the feed's taxonomies: the label in `langs`, else the id. */
export function taxonomyLabel(feed: Pick<Feed, 'taxonomies'>, langs: readonly string[]) {
  const labels = new Map<string, Text | undefined>();
  for (const k of FACETS) for (const term of feed.taxonomies[`${k}s`] ?? []) labels.set(`${k}:${term.id}`, term.label);
  return (key: FacetKey, id: string): string => resolveText(labels.get(`${key}:${id}`), langs) || id;
}

/** A calendar's whole filter: the site's pre-filter and the visitor's selection (its view is ignored). */
export interface CalendarFilter {
  pre: PreFilter;
  sel: Selection;
}

/** The plural query names are the widget's pre-filter attributes (`levels`), the singular ones the visitor's choice. */
const plural = (k: FacetKey) => `${k}s` as const;

/**
 * The filter as query parameters, the names of the widget's attributes and hash: `levels=a,b` for the site's
 * pre-filter, `level=a` and `q=…` for the visitor's choice. Empty parts are left out.
 */
export function filterToQuery(f: CalendarFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of FACETS) if (f.pre[k]?.length) params.set(plural(k), f.pre[k]!.join(','));
  for (const k of FACETS) if (f.sel[k]) params.set(k, f.sel[k]!);
  const q = f.sel.q?.trim();
  if (q) params.set('q', q);
  return params;
}

const ids = (values: readonly string[]): string[] =>
  values
    .flatMap((v) => v.split(/[\s,]+/))
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The filter from query parameters (filterToQuery's inverse). Plural names take ids separated by commas or
 * spaces, or repeated. A singular name given several ids (`level=a,b`, the older form) means any of them,
 * which is a pre-filter of its own; combined with the plural one, an event must pass both.
 */
export function filterFromQuery(params: URLSearchParams): CalendarFilter & { also: PreFilter } {
  const pre: PreFilter = {};
  const also: PreFilter = {};
  const sel: Selection = {};
  for (const k of FACETS) {
    const many = ids(params.getAll(plural(k)));
    if (many.length) pre[k] = many;
    const one = ids(params.getAll(k));
    if (one.length === 1) sel[k] = one[0]!;
    else if (one.length) also[k] = one;
  }
  const q = params.get('q')?.trim();
  if (q) sel.q = q;
  return { pre, sel, also };
}

/**
 * The events a calendar with this filter shows, in feed order: pre-filter, then the visitor's choice and
 * search. `label` names facet ids for the search (taxonomyLabel), `t` resolves feed text.
 */
export function filterEvents(
  events: readonly FeedEvent[],
  f: CalendarFilter & { also?: PreFilter },
  t: (text: Text | undefined) => string,
  label: (key: FacetKey, id: string) => string,
): FeedEvent[] {
  const pre = preFilter(preFilter(events, f.pre), f.also ?? {});
  return applySelection(pre, f.sel, (e) => fold(searchText(e, t, label)));
}
