/**
 * The month view: a WAI-ARIA APG grid of days (one tab stop; the element moves focus with the keys from
 * grid.ts) and, under it, the events of the month or of the chosen day. Loaded when first shown, so a
 * page with the list view never downloads it.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeedEvent } from '../feed/schema.js';
import { dayKey, dayText } from '../feed/dates.js';
import { fill } from '../core/i18n.js';
import { addMonths, eventsByDay, monthWeeks, moveDay } from './grid.js';
import { daySpan, pluralOf, startDay, startOf } from './model.js';
import { eventList, monthName, type ViewContext } from './view.js';

export interface MonthHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Where the grid is and what the visitor chose, and how the grid moves (buttons, keys, a deep link). It lives in
 * this chunk with the view: the element only forwards clicks and keys on the grid, so a list-only page carries none
 * of it.
 */
export class MonthNav {
  /** The month the visitor moved to; until then, this month or that of the first upcoming event. */
  month?: string;
  /** The chosen day, whose events are listed, and the day holding the grid's tab stop. */
  day?: string;
  focus?: string;
  /** The month shown in the last render. */
  shown = '';
  private c?: ViewContext;
  private events: [FeedEvent[], FeedEvent[], FeedEvent[]] | undefined;

  /** `say`: words for the live region, once the pending update is on the screen. */
  constructor(
    private readonly host: MonthHost,
    private readonly say: (text: () => string) => void,
  ) {}

  view(c: ViewContext, up: FeedEvent[], past: FeedEvent[]): TemplateResult {
    this.c = c;
    const tz = c.tz;
    const today = dayKey(new Date(), tz);
    if (this.events?.[0] !== up || this.events[1] !== past)
      this.events = [up, past, up.concat(past).sort((a, b) => startOf(a, tz) - startOf(b, tz))];
    const next = up[0] && startDay(up[0], tz);
    this.shown = this.month ?? (next && next.slice(0, 7) > today.slice(0, 7) ? next : today).slice(0, 7);
    return monthView(c, this.events[2], {
      month: this.shown,
      today,
      focus: this.focus,
      day: this.day,
      tz,
      go: (delta, day, focusGrid) => this.go(delta, day, focusGrid),
      key: this.key,
      click: this.click,
    });
  }

  /** Open the month and day of a deep-linked event (before the render that shows it). */
  show(day: string): void {
    this.month = day.slice(0, 7);
    this.focus = this.day = day;
    this.host.requestUpdate();
  }

  async go(delta: number, day?: string, focusGrid = false): Promise<void> {
    const shown = day ? day.slice(0, 7) : addMonths(this.shown, delta);
    this.month = shown;
    this.day = undefined;
    this.focus = day ?? (focusGrid ? this.focus : undefined);
    this.host.requestUpdate();
    this.listed(monthName(this.c!.dates, shown));
    // The button that was pressed is gone: continue from the grid's tab stop instead of the page's top.
    if (!focusGrid) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  click = (e: Event): void => {
    const cell = (e.target as Element).closest<HTMLElement>('td[data-day]');
    if (!cell) return;
    this.pick(cell.dataset.day!);
    cell.focus();
  };

  pick(day: string): void {
    this.focus = this.day = day;
    this.host.requestUpdate();
    this.listed(dayText(this.c!.dates, 'dayMonth', day));
  }

  /** The grid's keys (WAI-ARIA APG grid): arrows, Home/End, Page Up/Down move the tab stop; Enter and Space pick. */
  key = async (e: KeyboardEvent): Promise<void> => {
    const from = (e.target as HTMLElement).closest<HTMLElement>('td[data-day]')?.dataset.day;
    if (!from || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return this.pick(from);
    }
    const to = moveDay(from, e);
    if (!to) return;
    e.preventDefault();
    if (to.slice(0, 7) !== this.shown) this.go(0, to);
    this.focus = to;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`td[data-day="${to}"]`)?.focus();
  };

  /** "december 2026: 3 activities", once the list under the grid shows the new month or day. */
  private listed(what: string): void {
    const { m, ui } = this.c!;
    this.say(() => {
      const n = this.host.renderRoot.querySelectorAll('.day .ev').length;
      return `${what}: ${fill(m.count[pluralOf(ui, n)], { n })}`;
    });
  }
}

export interface MonthState {
  /** "YYYY-MM" shown. */
  month: string;
  /** Today in the network's zone. */
  today: string;
  /** The day that holds the grid's tab stop, if the visitor moved it. */
  focus: string | undefined;
  /** The chosen day, whose events are listed. */
  day: string | undefined;
  tz: string;
  /** Go to another month (by delta), or to the month of `day`; `focusGrid` when the pressed button goes away. */
  go(delta: number, day?: string, focusGrid?: boolean): void;
  /** The grid's keys and clicks on its days. */
  key(e: KeyboardEvent): void;
  click(e: Event): void;
}

const byMonth = new WeakMap<readonly FeedEvent[], Map<string, Map<string, FeedEvent[]>>>();
/** Events per day of a month, kept while the event list is the same (moving around the grid is cheap). */
function days(events: readonly FeedEvent[], month: string, tz: string): Map<string, FeedEvent[]> {
  let months = byMonth.get(events);
  if (!months) byMonth.set(events, (months = new Map()));
  let map = months.get(month);
  if (!map) months.set(month, (map = eventsByDay(events, month, tz)));
  return map;
}

export function monthView(c: ViewContext, events: readonly FeedEvent[], s: MonthState): TemplateResult {
  const { m, dates } = c;
  const { month, today, day } = s;
  const byDay = days(events, month, s.tz);
  const weeks = monthWeeks(month);
  const focus = [s.focus, day, today].find((k) => k?.startsWith(month)) ?? `${month}-01`;
  const long = (k: string) => dayText(dates, 'dayMonth', k);
  const title = monthName(dates, month);
  const cell = (k: string | null) => {
    if (!k) return html`<td></td>`;
    const list = byDay.get(k) ?? [];
    const n = list.length;
    // The visible titles may be cut short ("Labo welbev…"): the cell's name carries them whole, after the count.
    return html`<td data-day=${k} tabindex=${k === focus ? 0 : -1} class=${n ? 'has' : ''} aria-selected=${k === day ? 'true' : nothing} aria-current=${k === today ? 'date' : nothing}><span class="n" aria-hidden="true">${+k.slice(8)}</span><span class="visually-hidden">${long(k)}${n ? `, ${fill(m.count[n === 1 ? 'one' : 'other'], { n })}` : ''}</span>${
      n
        ? html`<span class="visually-hidden">: ${list.map((e) => c.t(e.title)).join('; ')}</span><span class="dt" aria-hidden="true">${list.slice(0, 2).map((e) => html`<span>${c.t(e.title)}</span>`)}${n > 2 ? html`<span>+${n - 2}</span>` : nothing}</span>`
        : nothing
    }</td>`;
  };
  // Events first appear on their first day in the month, and days fill in date order: the list is chronological.
  const listed = day ? (byDay.get(day) ?? []) : [...new Set([...byDay.values()].flat())];
  const next = !listed.length && !day && events.find((e) => daySpan(e, s.tz)[0] > `${month}-31`);
  return html`<div class="mhead">
      <button type="button" class="button secondary nav" aria-label=${m.prev} @click=${() => s.go(-1)}><span aria-hidden="true">‹</span></button>
      <div id="mh" class="mh" role="heading" aria-level=${c.level}>${title}</div>
      <button type="button" class="button secondary nav" aria-label=${m.next} @click=${() => s.go(1)}><span aria-hidden="true">›</span></button>
    </div>
    <table role="grid" aria-labelledby="mh" part="grid" @keydown=${s.key} @click=${s.click}>
      <thead><tr>${dates.w.split(' ').map((w, i) => html`<th scope="col"><span aria-hidden="true">${w}</span><span class="visually-hidden">${dates.W.split(' ')[i]}</span></th>`)}</tr></thead>
      <tbody>${weeks.map((w) => html`<tr>${w.map(cell)}</tr>`)}</tbody>
    </table>
    <section class="day" aria-labelledby="dh">
      <div id="dh" class="dh" role="heading" aria-level=${c.level + 1}>${day ? fill(m.onDay, { day: long(day) }) : fill(m.inMonth, { month: title })}</div>
      ${listed.length ? eventList(c, listed, c.level + 2) : html`<p>${day ? m.noneDay : fill(m.noneMonth, { month: title })}</p>`}
      ${day ? html`<button type="button" class="button secondary" @click=${() => s.go(0, undefined, true)}>${m.wholeMonth}</button>` : nothing}
      ${next ? html`<button type="button" class="button secondary" @click=${() => s.go(0, daySpan(next, s.tz)[0], true)}>${m.nextEvent}</button>` : nothing}
    </section>`;
}

/** Adopted by the element when this module arrives (constructed stylesheets: fine under a strict CSP). */
export const styles = css`
  .mhead {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .nav span {
    font-size: 1.5em;
    line-height: 1;
  }
  .mh {
    flex: 1;
    text-align: center;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    text-transform: capitalize;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  th {
    padding: 0.25em 0;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_muted);
    text-align: center;
  }
  td {
    height: 3em;
    padding: 0.2em;
    border: 1px solid var(--_line);
    vertical-align: top;
    text-align: center;
    cursor: pointer;
    font-size: 0.9375em;
    line-height: 1.2;
  }
  td:empty {
    cursor: default;
    background: color-mix(in srgb, var(--_line) 25%, transparent);
  }
  td:focus-visible {
    outline-offset: -3px;
  }
  .n {
    display: inline-grid;
    place-items: center;
    min-width: 1.9em;
    height: 1.9em;
    border-radius: 50%;
  }
  .has .n {
    font-weight: 700;
  }
  /* Days with events: a dot in the primary colour (3:1 against the cell), not a tint alone. */
  .has::after {
    content: '';
    display: block;
    width: 0.45em;
    height: 0.45em;
    margin: 0.1em auto 0;
    border-radius: 50%;
    background: currentColor;
    color: var(--_primary);
  }
  td[aria-selected='true']::after {
    color: var(--_on-primary);
  }
  [aria-current='date'] .n {
    outline: 2px solid var(--_primary);
  }
  td[aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  td[aria-selected='true'] .n {
    background: none;
    outline-color: var(--_on-primary);
  }
  .dt {
    display: none;
  }
  @container (min-width: 34em) {
    td {
      height: 5.5em;
      text-align: start;
    }
    .has::after {
      display: none;
    }
    .dt {
      display: grid;
      gap: 0.15em;
      margin-block-start: 0.2em;
      font-size: 0.8em;
    }
    .dt span {
      padding-inline-start: 0.3em;
      border-inline-start: 3px solid var(--_primary);
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  }
  .day {
    margin-block-start: 1.25em;
  }
  .dh {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: 0.5em;
  }
  @media (forced-colors: active) {
    td[aria-selected='true'] {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }
`;
