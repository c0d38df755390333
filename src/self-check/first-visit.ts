/**
 * What <som-self-check>'s entry needs to tell a first visit (the intro on its own) from a return or a
 * partner's link (the questionnaire at once): where answers are kept, and where a link carries its code.
 * Kept apart from storage.ts and share.ts, which only the questionnaire's chunk needs.
 */
import { hashValues } from '../core/hash.js';
import type { KeyValueStore } from './storage.js';

export const HASH_KEY = 'som-self-check';

/** The code in a location hash (`#som-self-check=…`, possibly among other `&`-separated parts), if any. */
export const readHash = (hash: string): string | null => hashValues(hash, HASH_KEY)[0] ?? null;

export const storageKey = (instrumentId: string): string => `som-self-check:${instrumentId}`;

/** localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
export function browserStorage(): KeyValueStore | null {
  try {
    const s = window.localStorage;
    const probe = 'som-self-check:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}
