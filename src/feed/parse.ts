/**
 * Validating a feed the forgiving way (FEED.md): the envelope must be valid, each item stands alone,
 * bad items are skipped and reported, duplicate ids keep the first, unsafe links are dropped.
 */
import type { Feed } from './schema.js';
import { FEED_VERSION } from './version.js';
import { check } from './check.js';
import { envelope as envelopeSchema } from './contract.generated.js';
import type { CheckProblem, JsonSchema } from './check.js';
import { DEFAULT_TIME_ZONE } from './dates.js';
import { SLICE_MS } from '../core/lazy.js';

export type ListName = 'events' | 'stories' | 'portraits' | 'selfChecks';

export interface FeedProblem {
  severity: 'error' | 'warning';
  /** Which list the item is in; absent for the envelope. */
  list?: ListName;
  index?: number;
  id?: string;
  /** Where in the item, e.g. "registration.endpoint". */
  path?: string;
  message: string;
}

export type ParseResult =
  { ok: true; feed: Feed; problems: FeedProblem[] } | { ok: false; error: string; problems: FeedProblem[] };

export type MessageLang = 'en' | 'nl';

/** Problem texts. English here (console warnings); the CLI passes Dutch ones (messages-nl.ts). */
export const EN_MESSAGES = {
  notObject: 'The feed is not a JSON object.',
  newer: (v: number) =>
    `This feed is version ${v}; this widget understands version ${FEED_VERSION}. Update the widgets to show it.`,
  envelope: 'The feed itself is invalid',
  allInvalid: (list: string) => `Every item in "${list}" is invalid, so there is nothing to show.`,
  duplicate: (id: string) => `Duplicate id "${id}": the first item with this id is used, this one is skipped.`,
  unsafe: 'Link refused (only absolute https: links are allowed); the field is left out.',
  skipped: 'Item skipped',
  /** Rewrites the checker's detail ("start: is required") into the message language. */
  detail: (text: string) => text,
};
export type ParseMessages = typeof EN_MESSAGES;

const issueText = (issue: { path: string; message: string }, m: ParseMessages): string =>
  m.detail(`${issue.path ? issue.path + ': ' : ''}${issue.message}`);

type Obj = Record<string, unknown>;
type Envelope = Pick<Feed, 'version' | 'network'> & { taxonomies?: Partial<Feed['taxonomies']> } & Partial<
    Record<ListName, unknown[]>
  >;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

type Steps<T> = Generator<void, T, void>;

/** Run parsing steps straight through. */
function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Check a list item by item, pausing (yield) every SLICE_MS. */
function* listSteps(
  list: ListName,
  raw: unknown[] | undefined,
  schema: JsonSchema,
  problems: FeedProblem[],
  m: ParseMessages,
): Steps<{ id: string }[]> {
  const items: { id: string }[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  const all = raw ?? [];
  let start = performance.now();
  for (let index = 0; index < all.length; index++) {
    if (performance.now() - start > SLICE_MS) {
      yield;
      start = performance.now();
    }
    const value = all[index];
    const id = isObj(value) && typeof value.id === 'string' ? value.id : undefined;
    const dropped: CheckProblem[] = [];
    const result = check(schema, value, dropped);
    for (const d of dropped)
      problems.push({ severity: 'warning', list, index, id, path: d.path, message: `${d.path}: ${m.unsafe}` });
    const rule = result.ok ? schema.rule?.(result.value as never) : undefined;
    if (!result.ok || rule !== undefined) {
      invalid++;
      const detail = result.ok ? m.detail(rule!) : result.link ? `${result.path}: ${m.unsafe}` : issueText(result, m);
      problems.push({ severity: 'warning', list, index, id, message: `${m.skipped}: ${detail}` });
      continue;
    }
    const item = result.value as { id: string };
    if (seen.has(item.id)) {
      problems.push({ severity: 'warning', list, index, id: item.id, message: m.duplicate(item.id) });
      continue;
    }
    seen.add(item.id);
    items.push(item);
  }
  // Only a list in which every item is invalid is an error (FEED.md).
  if (invalid && !items.length && invalid === all.length)
    problems.push({ severity: 'error', list, message: m.allInvalid(list) });
  return items;
}

export const LISTS: readonly ListName[] = ['events', 'stories', 'portraits', 'selfChecks'];
const registry: Partial<Record<ListName, JsonSchema>> = {};

/**
 * Widgets register the item schemas they use (the calendar: events), so a page with only the stories
 * widget never downloads the event schema. Lists nobody registered are not validated and read as empty.
 */
export function registerList(list: ListName, schema: JsonSchema): void {
  registry[list] = schema;
}

/**
 * Validate a parsed JSON value as a feed (problem texts in English unless `messages` says otherwise).
 * Registered lists are validated now; a list registered later (a second widget script that loaded
 * after the feed) is validated on first read, its problems appended to `problems`.
 */
export function parseFeed(json: unknown, options: { messages?: ParseMessages } = {}): ParseResult {
  return drain(feedSteps(json, options));
}

/**
 * The same as parseFeed, in slices of tasks, so a feed of a thousand events never blocks input for long. `pause`
 * waits between slices: a new task by default, `nextTask` to stay ahead of other tasks.
 */
export async function parseFeedInSlices(
  json: unknown,
  options: { messages?: ParseMessages; pause?: () => Promise<unknown> } = {},
): Promise<ParseResult> {
  const steps = feedSteps(json, options);
  for (;;) {
    await (options.pause?.() ?? new Promise((resolve) => setTimeout(resolve))); // first pause: leave the task that read the body
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function* feedSteps(json: unknown, options: { messages?: ParseMessages }): Steps<ParseResult> {
  const m = options.messages ?? EN_MESSAGES;
  const problems: FeedProblem[] = [];
  if (!isObj(json)) return { ok: false, error: m.notObject, problems: [{ severity: 'error', message: m.notObject }] };
  if (typeof json.version === 'number' && Math.floor(json.version) > FEED_VERSION) {
    const error = m.newer(Math.floor(json.version));
    return { ok: false, error, problems: [{ severity: 'error', message: error }] };
  }
  const dropped: CheckProblem[] = [];
  const envelope = check(envelopeSchema, json, dropped);
  for (const d of dropped) problems.push({ severity: 'warning', path: d.path, message: `${d.path}: ${m.unsafe}` });
  if (!envelope.ok) {
    const message = `${m.envelope}: ${issueText(envelope, m)}`;
    return { ok: false, error: message, problems: [{ severity: 'error', path: envelope.path, message }] };
  }
  const env = envelope.value as Envelope;
  yield; // the envelope's check walked the whole feed once (20 ms on a slow phone): the lists start a slice of their own
  const tax = env.taxonomies ?? {};
  const feed = {
    version: env.version,
    network: {
      ...env.network,
      languages: env.network.languages?.length ? env.network.languages : ['nl'],
      timeZone: env.network.timeZone || DEFAULT_TIME_ZONE,
    },
    taxonomies: {
      themes: tax.themes ?? [],
      audiences: tax.audiences ?? [],
      levels: tax.levels ?? [],
      strands: tax.strands ?? [],
    },
  } as Feed;
  for (const list of LISTS) {
    let items: { id: string }[] | undefined;
    const schema = registry[list];
    // A list registered later (a second widget script) is checked on first read.
    Object.defineProperty(feed, list, {
      enumerable: true,
      get: () => (items ??= registry[list] ? drain(listSteps(list, env[list], registry[list]!, problems, m)) : []),
    });
    if (schema) items = yield* listSteps(list, env[list], schema, problems, m);
  }
  const error = problems.find((p) => p.severity === 'error');
  if (error) return { ok: false, error: error.message, problems };
  return { ok: true, feed, problems };
}

/** One line per problem, for the console and the CLI. */
export function describeProblem(p: FeedProblem): string {
  const where = p.list ? `${p.list}[${p.index ?? '?'}]${p.id ? ` (${p.id})` : ''}: ` : '';
  return `${where}${p.message}`;
}
