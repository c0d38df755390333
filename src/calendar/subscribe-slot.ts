/**
 * Where the calendar shows "subscribe to this calendar": the element and its template come in their own
 * chunk (subscribe.ts), fetched when the page is idle after the first screen, so the calendar's script
 * stays within its budget and its first screen does not wait for it.
 */
import { lazy, whenIdle, type Lazy } from '../core/lazy.js';
import type { Selection } from '../feed/filter.js';
import type { PreFiltered } from './subscribe.js';

const chunk: Lazy<typeof import('./subscribe.js')> & { mod?: typeof import('./subscribe.js') } = lazy(
  () => import('./subscribe.js'),
);

/** Calendars that asked for the chunk: each asks once, not on every render (each answer redraws the calendar). */
const asked = new WeakSet<object>();

/**
 * `calendar` gives the site's pre-filter (its attributes), `sel` the visitor's choice, `feedUrl` the server.
 * Until the chunk is here it renders nothing (Lit draws `undefined` as nothing). After a failed fetch a later
 * render asks again.
 */
export const subscribeSlot = (
  calendar: PreFiltered,
  sel: Selection,
  feedUrl: string | undefined,
  lang: string,
  redraw: () => void,
): unknown =>
  chunk.mod
    ? chunk.mod.view(calendar, sel, feedUrl, lang)
    : void (
        asked.has(calendar) ||
        (asked.add(calendar),
        whenIdle(() =>
          chunk().then(
            (mod) => ((chunk.mod = mod), redraw()),
            () => asked.delete(calendar),
          ),
        ))
      );
