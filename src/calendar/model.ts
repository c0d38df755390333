/**
 * What the calendar shows, as plain functions: the site's pre-filter, upcoming vs past, the visitor's
 * filters and search, month groups, and the visitor's selection in the URL hash. No DOM, no Lit.
 */
import type { Feed, FeedEvent } from '../feed/schema.js';
import type { Text } from '../feed/text.js';
import { dayKey, endInstant, isDateOnly, lastDayKey, toDate } from '../feed/dates.js';
import { hashParts, hashValues } from '../core/hash.js';
import { SLICE_MS } from '../core/lazy.js';
import { FACETS, valuesOf, preFilter, type FacetKey, type Selection } from '../feed/filter.js';

// The filtering itself is shared with the server's /calendar.ics (feed/filter.ts).
export {
  FACETS,
  applySelection,
  fold,
  isFiltered,
  matchesQuery,
  preFilter,
  valuesOf,
  type FacetKey,
  type PreFilter,
  type Selection,
} from '../feed/filter.js';

/**
 * `f`, cached per event (a feed has one zone): sorting and grouping a long feed would otherwise work out the same
 * dates over and over.
 */
function perEvent<T>(f: (e: FeedEvent, timeZone: string) => T): (e: FeedEvent, timeZone: string) => T {
  const cache = new WeakMap<FeedEvent, T>();
  return (e, timeZone) => {
    let value = cache.get(e);
    if (value === undefined) cache.set(e, (value = f(e, timeZone)));
    return value;
  };
}

/** The start instant (ms). */
export const startOf = perEvent((e, timeZone) => toDate(e.start, timeZone).getTime());

/** The day ("YYYY-MM-DD", in the zone) an event starts. */
export const startDay = perEvent((e, timeZone) => dayKey(e.start, timeZone));

/** The first and last day an event touches. */
export const daySpan = perEvent((e, timeZone): [string, string] => [startDay(e, timeZone), lastDayKey(e, timeZone)]);

/** The instant an event is over (ms). */
const endOf = perEvent(endInstant);

/** Upcoming (not yet over; soonest first) and past (newest first). */
export function splitByTime(
  events: readonly FeedEvent[],
  now: number,
  timeZone: string,
): { upcoming: FeedEvent[]; past: FeedEvent[] } {
  const upcoming: FeedEvent[] = [];
  const past: FeedEvent[] = [];
  const today = dayKey(new Date(now), timeZone);
  for (const e of events) {
    // An event ending on a date is over after that day: compare days, which needs no time-zone lookup.
    const last = e.end ?? e.start;
    const over = isDateOnly(last) ? last < today : endOf(e, timeZone) <= now;
    (over ? past : upcoming).push(e);
  }
  const by = (a: FeedEvent, b: FeedEvent) => startOf(a, timeZone) - startOf(b, timeZone);
  upcoming.sort(by);
  past.sort((a, b) => by(b, a));
  return { upcoming, past };
}

export interface FacetOption {
  id: string;
  count: number;
}

/**
 * The options a visitor can pick for a facet: only ids the shown events use, in the taxonomy's order
 * (then unknown ids alphabetically). Empty when no choice would narrow the list, so the control is left out.
 */
export function facetOptions(events: readonly FeedEvent[], key: FacetKey, order: readonly string[]): FacetOption[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const v of valuesOf(e, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const options = [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
  return options.some((o) => o.count < events.length) ? options : [];
}

/**
 * A facet's ids said briefly: every id the taxonomy has (`all`), all but one or two of a long taxonomy
 * (`except`), or the ids themselves. An activity for every level would otherwise list nine of them.
 */
export type Brief = { all: true } | { except: string[] } | { only: readonly string[] };

export function brief(ids: readonly string[], taxonomy: readonly string[], allowExcept = true): Brief {
  const known = ids.every((id) => taxonomy.includes(id));
  const missing = taxonomy.filter((id) => !ids.includes(id));
  if (!known || taxonomy.length < 2 || ids.length < 2) return { only: ids };
  if (!missing.length) return { all: true };
  // "All but X" is only shorter when most of a long list is there.
  return allowExcept && taxonomy.length >= 5 && missing.length <= 2 ? { except: missing } : { only: ids };
}

/**
 * Labels joined with ", ", neighbours that share a head said once: "Secundair onderwijs, eerste graad" and
 * "Secundair onderwijs, tweede graad" become "Secundair onderwijs (eerste graad, tweede graad)".
 */
export function compactLabels(labels: readonly string[]): string {
  const out: [string, string[]][] = [];
  for (const label of labels) {
    const cut = label.indexOf(', ');
    const [head, tail] = cut > 0 ? [label.slice(0, cut), label.slice(cut + 2)] : [label, ''];
    const last = out[out.length - 1];
    if (tail && last && last[0] === head && last[1].length) last[1].push(tail);
    else out.push([head, tail ? [tail] : []]);
  }
  return out
    .map(([head, tails]) =>
      tails.length > 1 ? `${head} (${tails.join(', ')})` : tails.length ? `${head}, ${tails[0]}` : head,
    )
    .join(', ');
}

export interface MonthGroup {
  month: string;
  events: FeedEvent[];
}

/** Consecutive events by the month ("YYYY-MM") they start in; keeps the given order (also newest first). */
export function groupByMonth(events: readonly FeedEvent[], timeZone: string): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const e of events) {
    const month = startDay(e, timeZone).slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.events.push(e);
    else groups.push({ month, events: [e] });
  }
  return groups;
}

// The calendar's part of the hash (core/hash.ts): "#top&som-calendar=theme:welbevinden;q=labo". An event
// deep link is a part of its own: "#event-<id>".
const EVENT_PART = /^event-([a-z0-9][a-z0-9_-]{0,99})$/;
const KEYS = new Set<string>([...FACETS, 'q', 'view']);

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
};

/**
 * The selection stored under `key` (`found` says whether the hash has that part at all) and the event a
 * deep link asks for. Unknown keys are ignored.
 */
export function readHash(hash: string, key: string): { selection: Selection; found: boolean; event?: string } {
  const selection: Selection = {};
  let event: string | undefined;
  for (const part of hashParts(hash)) event = EVENT_PART.exec(decode(part))?.[1] ?? event;
  const own = hashValues(hash, key);
  for (const item of own.flatMap((v) => v.split(';'))) {
    const m = /^(\w+)[:=](.*)$/.exec(item);
    const value = m && decode(m[2]!).trim();
    if (m && value && KEYS.has(m[1]!)) selection[m[1] as keyof Selection] = value;
  }
  const found = own.length > 0;
  return event ? { selection, found, event } : { selection, found };
}

/** The hash with `#event-<id>` for the opened event (none when `id` is undefined), other parts untouched. */
export function writeEventHash(hash: string, id: string | undefined): string {
  const all = hashParts(hash).filter((p) => !EVENT_PART.test(decode(p)));
  if (id) all.push(`event-${id}`);
  return all.length ? `#${all.join('&')}` : '';
}

/** The hash with the selection stored under `key` (removed when empty), other parts untouched. */
export function writeHash(hash: string, key: string, sel: Selection): string {
  const own = (['view', ...FACETS] as const).filter((k) => sel[k]).map((k) => `${k}:${encodeURIComponent(sel[k]!)}`);
  const q = sel.q?.trim();
  if (q) own.push(`q=${encodeURIComponent(q)}`);
  const others = hashParts(hash).filter((p) => !p.startsWith(`${key}=`));
  const all = own.length ? [...others, `${key}=${own.join(';')}`] : others;
  return all.length ? `#${all.join('&')}` : '';
}

// ---- what the element prepares from a feed, kept pure ------------------------------------------------

/** Values built once and kept while their inputs are the same (by identity). */
export class Memo {
  private map = new Map<string, [unknown[], unknown]>();

  has(name: string, deps: unknown[]): boolean {
    const hit = this.map.get(name);
    return !!hit && hit[0].every((d, i) => d === deps[i]);
  }

  get<T>(name: string, deps: unknown[], make: () => T): T {
    if (this.has(name, deps)) return this.map.get(name)![1] as T;
    const value = make();
    this.map.set(name, [deps, value]);
    return value;
  }
}

export interface CalendarData {
  feed: Feed;
  tz: string;
  upcoming: FeedEvent[];
  /** Past events shown (with `past`), newest first. */
  past: FeedEvent[];
  /** Every past event the site's pre-filter lets through, shown or not: a deep link may ask for one. */
  ended: FeedEvent[];
  options: Record<FacetKey, FacetOption[]>;
  labels: Map<string, Text | undefined>;
  terms: Record<FacetKey, string[]>;
}

/**
 * The site's pre-filter, split into upcoming and past at `now`, and the facets a visitor can choose from. In
 * steps: it pauses (yield) after each slice of the costly date work, so a long feed never blocks input for long.
 */
export function* prepareSteps(
  feed: Feed,
  pre: Record<FacetKey, readonly string[]>,
  withPast: boolean,
  now: number,
): Generator<void, CalendarData, void> {
  const tz = feed.network.timeZone;
  const events = preFilter(feed.events, pre);
  let start = performance.now();
  for (let i = 0; i < events.length; i++) {
    if (performance.now() - start > SLICE_MS) {
      yield;
      start = performance.now();
    }
    startOf(events[i]!, tz);
    endOf(events[i]!, tz);
  }
  yield;
  const { upcoming, past } = splitByTime(events, now, tz);
  const all = withPast ? upcoming.concat(past) : upcoming;
  const labels = new Map<string, Text | undefined>();
  const options = {} as CalendarData['options'];
  const terms = {} as CalendarData['terms'];
  for (const k of FACETS) {
    yield;
    const list = feed.taxonomies[`${k}s`];
    terms[k] = list.map((term) => term.id);
    for (const term of list) labels.set(`${k}:${term.id}`, term.label);
    // Within a pre-filtered facet, only the site's own ids are offered.
    const order = pre[k].length ? pre[k] : terms[k];
    options[k] = facetOptions(all, k, order).filter((o) => !pre[k].length || pre[k].includes(o.id));
  }
  return { feed, tz, upcoming, past: withPast ? past : [], ended: past, options, labels, terms };
}

/** A feed with more events than BIG is prepared in tasks of its own, its lists filled in chunks (progressive.ts). */
export const BIG = 200;
/** How many events at most a first screen is drawn from: about one slice of checking on a slow phone. */
const SOON = 60;
const TWO_DAYS = 2 * 864e5;

/**
 * The events of a long feed's raw JSON that a first screen is drawn from, before any check: those not over, soonest
 * first, fewer than SOON, and all of them before any event left out. Read from the raw dates, with two days to spare
 * for all-day events and time zones both ways: an event counts as not over until two days after its raw end, and
 * only those starting two days before the first one left out are kept. The first one left out is also the first
 * whose id is used twice: which of the two stays is the whole check's to say. Empty for a short list (checked whole
 * at once anyway).
 */
export function soonest(raw: unknown, now: number): unknown[] {
  const all = Array.isArray(raw) && raw.length > BIG ? (raw as Record<string, unknown>[]) : [];
  const at = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : NaN);
  const count = new Map<unknown, number>();
  const open: [number, Record<string, unknown>][] = [];
  for (const e of all)
    if (e?.start) {
      count.set(e.id, (count.get(e.id) ?? 0) + 1);
      // NaN (a missing or broken date) fails both comparisons: the whole check reports it.
      if (at(e.end ?? e.start) + TWO_DAYS > now && at(e.start) > 0) open.push([at(e.start), e]);
    }
  open.sort((a, b) => a[0] - b[0]);
  const stop = open.find(([, e], i) => i === SOON || count.get(e.id)! > 1);
  return open.filter(([start]) => !stop || start < stop[0] - TWO_DAYS).map(([, e]) => e);
}

/** Run steps straight through. */
export function drain<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The visitor's selection without values this feed does not offer (an old shared link); none without filters. */
export function offered(sel: Selection, d: CalendarData, noFilters = false): Selection {
  if (noFilters) return {};
  const out: Selection = { q: sel.q };
  for (const k of FACETS) if (d.options[k].some((o) => o.id === sel[k])) out[k] = sel[k];
  return out;
}

/**
 * The message form for a count `n` in an interface language (the tables have `one` and `other`): Intl.PluralRules'
 * answer for whole numbers (French says "0 événement"), without Intl on the first screen's path.
 */
export const pluralOf = (lang: string, n: number): 'one' | 'other' =>
  n === 1 || (n === 0 && lang === 'fr') ? 'one' : 'other';
