/**
 * Answers kept in the browser (localStorage, one entry per instrument id), so a reload or a later visit
 * continues where the person stopped. What is read back is checked against the instrument: an answer to
 * a question that no longer exists, or an option that is out of range, is dropped, not trusted.
 *
 * Entries are versioned. Version 1 knew one "weet niet / n.v.t." answer and no intended level. A version 1
 * entry of a feed instrument is read as it is (its questions did not change); one of the built-in
 * instrument is put aside, because version 2 of its questions changed what the answers mean (new
 * dimensions, merged steps): `restore` says so, and the questionnaire tells the visitor.
 */
import { BUILTIN_ID, allQuestions, type Instrument } from './instrument.js';
import type { Answers } from './scoring.js';
import { cleanNames } from './names.js';
import { storageKey } from './first-visit.js';

export { browserStorage, storageKey } from './first-visit.js';

export type SavedView = 'intro' | 'step' | 'review' | 'result';

export interface Saved {
  answers: Answers;
  view: SavedView;
  step: number;
  /** The result was shown at least once. */
  done: boolean;
  /** A partner's share code, to compare with. */
  partner: string | null;
  /** The anonymous scores were sent (so the offer is not made twice). */
  sent: boolean;
}

/** Saved answers of the built-in instrument's first version: not restored, and removed. */
export const DISCARDED = 'discarded';

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, length: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length;

/** Only the answers that fit the instrument. */
export function sanitize(instrument: Instrument, raw: unknown): Answers {
  const out: Answers = { answers: {}, desired: {} };
  if (!isObj(raw)) return out;
  const answers = isObj(raw.answers) ? raw.answers : {};
  const desired = isObj(raw.desired) ? raw.desired : {};
  for (const { question, key } of allQuestions(instrument)) {
    const a = answers[key];
    if (a === 'na' || a === 'dk' || isIndex(a, question.options.length)) out.answers[key] = a;
  }
  for (const d of instrument.dimensions) {
    const v = desired[d.id];
    if (isIndex(v, d.desired?.length ?? 5)) out.desired[d.id] = v;
  }
  const names = cleanNames(raw.names);
  if (names) out.names = names;
  if (typeof raw.intended === 'string' && raw.intended.length <= 100) out.intended = raw.intended;
  return out;
}

const VIEWS: readonly SavedView[] = ['intro', 'step', 'review', 'result'];

export function restore(storage: KeyValueStore | null, instrument: Instrument): Saved | typeof DISCARDED | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(storageKey(instrument.id)) ?? 'null');
  } catch {
    return null;
  }
  if (!isObj(raw) || (raw.v !== 1 && raw.v !== 2)) return null;
  if (raw.v === 1 && instrument.id === BUILTIN_ID) {
    forget(storage, instrument.id);
    return DISCARDED;
  }
  const view = VIEWS.includes(raw.view as SavedView) ? (raw.view as SavedView) : 'intro';
  const step = isIndex(raw.step, instrument.dimensions.length) ? raw.step : 0;
  return {
    answers: sanitize(instrument, raw),
    view,
    step,
    done: raw.done === true,
    partner: typeof raw.partner === 'string' && raw.partner.length <= 2048 ? raw.partner : null,
    sent: raw.sent === true,
  };
}

/** Save; false when the browser refused (full or blocked storage). */
export function persist(storage: KeyValueStore | null, instrumentId: string, saved: Saved): boolean {
  if (!storage) return false;
  try {
    const { answers, desired, names, intended } = saved.answers;
    storage.setItem(
      storageKey(instrumentId),
      JSON.stringify({
        v: 2,
        answers,
        desired,
        intended,
        names,
        view: saved.view,
        step: saved.step,
        done: saved.done,
        partner: saved.partner,
        sent: saved.sent,
      }),
    );
    return true;
  } catch {
    return false;
  }
}

export function forget(storage: KeyValueStore | null, instrumentId: string): void {
  try {
    storage?.removeItem(storageKey(instrumentId));
  } catch {
    // Nothing to do: the answers were never kept.
  }
}
