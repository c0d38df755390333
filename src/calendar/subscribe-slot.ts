/**
 * Where the calendar shows "subscribe to this calendar": the element comes in its own chunk
 * (subscribe.ts), fetched when the page is idle after the first screen, so the calendar's script stays
 * within its budget and its first screen does not wait for it.
 */
import { html, nothing } from 'lit';
import { lazy, whenIdle } from '../core/lazy.js';
import type { Selection } from '../feed/filter.js';

const chunk = lazy(() => import('./subscribe.js'));
let loaded = false;

/** `calendar` gives the site's pre-filter (its attributes), `sel` the visitor's choice, `feedUrl` the server. */
export function subscribeSlot(
  calendar: { requestUpdate(): void },
  sel: Selection,
  feedUrl: string | undefined,
  lang: string,
) {
  if (!feedUrl) return nothing;
  if (!loaded) {
    whenIdle(() =>
      chunk().then(
        () => ((loaded = true), calendar.requestUpdate()),
        () => {},
      ),
    );
    return nothing;
  }
  return html`<som-calendar-subscribe .calendar=${calendar} .sel=${sel} .feedUrl=${feedUrl} lang=${lang}></som-calendar-subscribe>`;
}
