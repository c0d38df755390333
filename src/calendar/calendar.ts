import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SomElement } from '../core/som-element.js';
import type { FeedState } from '../core/feed-controller.js';
import { emit } from '../core/events.js';
import { afterPaint, lazy, nextTask, SLICE_MS, whenIdle, type Lazy } from '../core/lazy.js';
import { loadingView } from '../core/states.js';
import { formStyles } from '../core/styles.js';
import { idList } from '../core/select.js';
import { fill } from '../core/i18n.js';
import { coreText } from '../core/messages/index.js';
import type { Feed, FeedEvent } from '../feed/schema.js';
import { searchText } from '../feed/filter.js';
import { feedRead } from '../feed/load.js';
import { parseFeedInSlices } from '../feed/parse.js';
import { languagePrefs, resolveText, type Text } from '../feed/text.js';
import { dayKey, formatWhen, wordDays, type WhenText } from '../feed/dates.js';
import { calendarTexts, type CalendarMessages } from './messages/index.js';
import {
  FACETS,
  Memo,
  applySelection,
  fold,
  groupByMonth,
  isFiltered,
  offered,
  pluralOf,
  drain,
  prepareSteps,
  soonest,
  BIG,
  type CalendarData,
  type Selection,
} from './model.js';
import { eventList, monthName, type ViewContext } from './view.js';
import { calendarStyles } from './styles.js';
import { CHUNK, KEEP, ProgressiveList } from './progressive.js';
import { HashSelection } from './hash-selection.js';
import { Announcer } from './announcer.js';
import { subscribeSlot } from './subscribe-slot.js';

/** How long typing into the search of a long list must pause before the list is drawn again. */
const PAUSE_MS = 300;
const DEFAULT_LIMIT = 20;

/** A chunk, and its module as `mod` once `load` has fetched it (render code reads it synchronously). */
type Chunk<T> = Lazy<T> & { mod?: T };
/** Event details with the .ics writer, and the month view: chunks of their own, fetched when needed or when idle. */
const details: Chunk<typeof import('./details.js')> = lazy(() => import('./details.js'));
const month: Chunk<typeof import('./month.js')> = lazy(() => import('./month.js'));
/** Fetch a chunk; settles either way (a failed fetch is tried again on the next use). */
const load = <T>(chunk: Chunk<T>): Promise<unknown> =>
  chunk().then(
    (mod) => (chunk.mod = mod),
    () => {},
  );

/**
 * The network's shared calendar: upcoming activities as a list or a month grid, with the visitor's
 * filters, event details, "add to my calendar" and sign-up.
 *
 * @tagname som-calendar
 * @summary The shared network calendar.
 * @slot - Fallback content (a link to the network's calendar page): shown until the widget is ready, and again when the feed cannot be loaded.
 * @fires som-event-select - A visitor opened an event's details (or a `#event-<id>` link did): `{ eventId }`.
 * @fires som-feed-load - The feed was loaded: `{ itemCount, stale }`.
 * @fires som-feed-error - The feed could not be loaded: `{ message, status? }`.
 * @fires som-feed-warning - Some feed items were skipped or fields dropped: `{ problems }`.
 * @csspart filters - The visitor's filter controls.
 * @csspart event - One event in a list.
 * @csspart grid - The month grid (a table).
 * @csspart empty - The "no activities" and "nothing matches" messages.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message above the fallback content.
 * @csspart stale - The note under a possibly outdated copy of the feed.
 * @cssprop --som-color-primary - Links, buttons, titles, the selected day (default #0a5c73).
 * @cssprop --som-color-on-primary - Text on the primary colour (default #ffffff).
 * @cssprop --som-color-text - Text (default: the page's text colour).
 * @cssprop --som-color-muted - Secondary text (default #595959).
 * @cssprop --som-color-surface - Backgrounds of cards and controls (default #ffffff).
 * @cssprop --som-color-border - Borders of controls (default #767676).
 * @cssprop --som-color-danger - Cancelled events (default #b3261e).
 * @cssprop --som-font-family - Font (default: the page's font).
 * @cssprop --som-radius - Corner radius (default 0.5em).
 * @cssprop --som-space - Base spacing (default 1em).
 * @cssprop --som-focus-color - Focus outline (default #1a56db).
 * @cssprop --som-min-height - Space reserved while loading (default 12em).
 */
export class SomCalendar extends SomElement {
  // Declared without decorators, like SomElement's: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    view: {},
    themes: {},
    audiences: {},
    levels: {},
    strands: {},
    limit: { type: Number },
    past: { type: Boolean },
    noFilters: { type: Boolean, attribute: 'no-filters' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    opened: { state: true },
    shown: { state: true },
    facetsOpen: { state: true },
    gone: { state: true },
  };

  static override styles = [...SomElement.styles, formStyles, calendarStyles];

  /**
   * `list` (default) or `month`. When set, the visitor cannot switch views.
   * @type {'list' | 'month'}
   */
  declare view?: string;
  /** Space-separated theme ids: only events with one of them are shown at all. */
  declare themes?: string;
  /** Space-separated audience ids that pre-filter the calendar. */
  declare audiences?: string;
  /** Space-separated level ids that pre-filter the calendar. */
  declare levels?: string;
  /** Space-separated strand ids that pre-filter the calendar. */
  declare strands?: string;
  /** How many events a list shows before "show more" (default 20). */
  declare limit?: number;
  /** Also show past events, newest first, in their own section. */
  past = false;
  /** Hide the visitor's filter controls. */
  noFilters = false;
  /**
   * The level of the calendar's own top headings (months, or "upcoming" and "past"), so they fit the
   * page's outline: 2 (default) to 4; activities sit one or two levels below.
   * @attr heading-level
   * @type {2 | 3 | 4}
   */
  declare headingLevel?: number;

  private opened = new Set<string>();
  /** How many upcoming / past events are revealed ("show more"). */
  private shown: [number, number] = [0, 0];
  /** In a narrow column the facet choices fold away behind a "filter" button. */
  private facetsOpen = false;
  /** A deep-linked event that is over and not among the shown past ones: shown on its own, saying so. */
  declare private gone?: FeedEvent;

  #memo = new Memo();
  /** The soonest events of a long feed, checked while the rest waits its turn (`#onRead`), and what they drew. */
  #soonFeed?: Feed;
  #soonData?: CalendarData;
  /** A long feed being prepared in slices, and for which attributes. */
  #prep?: [unknown[], Generator<void, CalendarData, void>];
  #pendingEvent?: string;
  #focusAfter?: string;
  #linked?: string;
  #ctx!: ViewContext;
  #prefetched = false;
  /** The filtered upcoming and past events as last rendered. */
  #lists: [FeedEvent[], FeedEvent[]] = [[], []];
  /** The month grid's state and keys, once its chunk is there (month.ts). */
  #nav?: import('./month.js').MonthNav;

  #list = new ProgressiveList(this);
  #live = new Announcer(this);
  #hash = new HashSelection(this, {
    key: () => (this.id ? `som-calendar-${this.id}` : 'som-calendar'),
    stored: (sel) => (this.noFilters ? { view: sel.view } : sel),
    changed: (filters, byVisitor) => {
      this.shown = [0, 0];
      this.#list.reset();
      this.#afterPaint ||= byVisitor;
      // Say how many events match once the visitor pauses (not at every keystroke).
      if (filters && byVisitor)
        this.#live.pause(700, () => {
          const n = this.#lists[0].length + this.#lists[1].length;
          return n ? fill(this.#m.found[pluralOf(this.ui, n)], { n }) : this.#m.none;
        });
    },
    linked: (id) => (this.#pendingEvent = id),
  });

  /**
   * The visitor's keystroke or click is painted before the calendar draws itself again: on a phone the first
   * search reads every event's text and the month view draws a grid, 50–130 ms that would delay the feedback.
   */
  #afterPaint = false;

  /**
   * When the visitor last typed into the search of a long list. Its redraw waits until the typing pauses: on a phone,
   * removing the events that no longer match is a task of 50–120 ms, which the next letter would wait for.
   * Never, at first: 0 held every calendar's first update (and so its feed's request) until 300 ms after the page
   * began to load.
   */
  #typed = -Infinity;

  protected override async scheduleUpdate(): Promise<unknown> {
    const wait = (): void | Promise<unknown> => {
      const pause = this.#typed + PAUSE_MS - performance.now();
      if (pause > 0) return new Promise((resolve) => setTimeout(resolve, pause)).then(wait);
      if (!this.#afterPaint) return super.scheduleUpdate();
      this.#afterPaint = false;
      return afterPaint().then(wait);
    };
    return wait();
  }

  /** Draw again what is around the list (the subscription link arrived), not the list. */
  #around = (): void => {
    this.#list.keep();
    this.requestUpdate();
  };

  /** While the first screen is drawn from the soonest events, the feed's languages are theirs. */
  protected override get langs(): string[] {
    const feed = this.feed.state.status === 'loading' && this.#soonFeed;
    return feed ? languagePrefs(this, feed.network.languages) : super.langs;
  }

  get #pageSize(): number {
    return this.limit && this.limit > 0 ? Math.floor(this.limit) : DEFAULT_LIMIT;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    feedRead.add(this.#onRead);
    this.#texts();
    // The month view's code comes along with the feed when it is shown first.
    if (this.#currentView === 'month') load(month);
    // The sign-up widget may load after us: show it inline once it is defined.
    if (!customElements.get('som-signup'))
      customElements.whenDefined('som-signup').then(
        () => this.requestUpdate(),
        () => {},
      );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    feedRead.delete(this.#onRead);
    this.#prep = undefined;
  }

  /**
   * The site's pre-filter, split into upcoming and past, and the facets a visitor can choose from (model.ts).
   * With `later`, a long feed is prepared in slices of tasks (undefined until it is ready), then painted.
   */
  #data(feed: Feed, later = false): CalendarData | undefined {
    const deps = [feed, this.themes, this.audiences, this.levels, this.strands, this.past];
    const big = feed.events.length > BIG;
    if (this.#memo.has('data', deps) || !(later && big))
      return this.#memo.get('data', deps, () => drain(this.#steps(feed)));
    if (this.#prep?.[0].every((d, i) => d === deps[i])) return undefined;
    const steps = this.#steps(feed);
    this.#prep = [deps, steps];
    const step = (): unknown => {
      if (this.#prep?.[1] !== steps) return; // the attributes changed: a newer run took over
      const r = steps.next();
      if (!r.done) return nextTask().then(step);
      this.#prep = undefined;
      this.#memo.get('data', deps, () => r.value);
      this.requestUpdate();
    };
    nextTask().then(step);
    return undefined;
  }

  #steps(feed: Feed, past = this.past, big = feed.events.length > BIG): Generator<void, CalendarData, void> {
    this.#list.reset(big);
    // The whole feed's list starts with as many events as the first screen showed ("show more" included), not fewer.
    if (this.#soonData) this.#list.grow(Math.max(this.shown[0], this.#pageSize));
    const pre = {
      theme: idList(this.themes),
      audience: idList(this.audiences),
      level: idList(this.levels),
      strand: idList(this.strands),
    };
    return prepareSteps(feed, pre, past, Date.now());
  }

  get #currentView(): 'list' | 'month' {
    const v = this.view ?? this.#hash.sel.view;
    return v === 'month' ? 'month' : 'list';
  }

  // ---- rendering ------------------------------------------------------------------------------------

  /** The interface language's table, or undefined while it loads (the calendar re-renders when it is there). */
  #texts(): CalendarMessages | undefined {
    return calendarTexts(this.ui, () => this.requestUpdate());
  }

  /** Interface text in the interface language (Dutch until another language's table has arrived). */
  get #m(): CalendarMessages {
    return this.#texts() ?? calendarTexts('nl', () => {})!;
  }

  protected override render() {
    const soon = this.feed.state.status === 'loading' && this.#texts() && this.#soon();
    // The first screen goes through the same template as the whole feed's, so its DOM (and focus) stays.
    const early: FeedState | undefined = soon
      ? { status: 'ready', data: { feed: soon.feed, problems: [], stale: false, fetchedAt: 0 } }
      : undefined;
    return this.renderFeed(({ feed }) => {
      if (!this.#texts()) return this.#preparing();
      const d = soon || this.#data(feed, true);
      if (d && d !== this.#soonData) this.#soonData = this.#soonFeed = undefined;
      const shown = d ?? this.#soonData;
      return shown ? this.#body(shown) : this.#preparing();
    }, early);
  }

  /**
   * A long feed's JSON has been read: check its soonest events (model.ts `soonest`) in a task of their own, ahead of
   * the whole feed's check, and draw the first screen from them.
   */
  #onRead = (url: string, json: unknown): void => {
    const src = this.feed.src;
    // A first screen it would not draw (with `past`, say) is not worth picking and checking (20–25 ms on a phone).
    if (!src || new URL(src, location.href).href !== url || !this.#soonFits()) return;
    // The pick, then the check in slices ahead of other tasks (the first events checked run while the code is cold:
    // 60 of them took 35–50 ms on a phone), each out of the task that read the JSON (itself 30–50 ms on a phone).
    void nextTask()
      .then(() => {
        const raw = soonest((json as Partial<Feed>)?.events, Date.now());
        return raw.length
          ? parseFeedInSlices(
              { ...(json as object), events: raw, stories: [], portraits: [], selfChecks: [] },
              { pause: nextTask },
            )
          : undefined;
      })
      .then((r) => {
        if (!r?.ok || this.feed.state.status !== 'loading') return;
        this.#soonFeed = r.feed;
        // Prepared here, drawn in a task of its own: together they ran over 50 ms on a phone.
        this.#soon();
        void nextTask().then(() => this.requestUpdate());
      });
  };

  /**
   * What the first screen is drawn from while the whole feed is checked: only when the soonest events fill the list's
   * first page (after the site's pre-filter), and not for a deep link, past events (whose sections would move the
   * list once they come), the month or a visitor's filters. Once drawn, it stays until the whole feed is there.
   */
  #soon(): CalendarData | undefined {
    const feed = this.#soonFeed;
    if (!feed || (!this.#soonData && !this.#soonFits())) return undefined;
    const deps = [feed, this.themes, this.audiences, this.levels, this.strands];
    // Drawn like a long list (its first events, then the rest of the page a task later): the toolbar and 20 events in
    // one task ran over 50 ms on a phone.
    const d = this.#memo.get('soon', deps, () => drain(this.#steps(feed, false, true)));
    return d.upcoming.length >= this.#pageSize ? (this.#soonData = d) : undefined;
  }

  #soonFits(): boolean {
    return !(this.#pendingEvent || this.past || this.#currentView !== 'list' || isFiltered(this.#hash.sel));
  }

  /** The loading placeholder, while a long feed is prepared (same space as before: no layout shift). */
  #preparing(): TemplateResult {
    return loadingView(coreText(this.ui, this).loading);
  }

  #body(d: CalendarData): TemplateResult {
    const feed = d.feed;
    const langs = this.langs;
    const ui = this.ui;
    const m = this.#m;
    const t = (text: Text | undefined) => resolveText(text, langs);
    const whens = this.#memo.get('when', [ui, d], () => new Map<FeedEvent, WhenText>());
    const days = wordDays(m.dates);
    if (details.mod) this.adopt(details.mod.styles);
    const n = Math.round(Number(this.headingLevel));
    this.#ctx = {
      m,
      ui,
      dates: m.dates,
      t,
      src: this.src,
      // 1 becomes 2 (the page's title is its only h1); at most 4, so activities stay within h6.
      level: n >= 1 ? Math.min(4, Math.max(2, n)) : 2,
      label: (k, id) => t(d.labels.get(`${k}:${id}`)) || id,
      terms: (k) => d.terms[k],
      when: (e) => whens.get(e) ?? whens.set(e, formatWhen(e, days, d.tz, m)).get(e)!,
      over: (e) => !d.upcoming.includes(e),
      isOpen: (id) => this.opened.has(id),
      details: details.mod?.details,
      networkId: feed.network.id,
      tz: d.tz,
    };
    const sel = offered(this.#hash.sel, d, this.noFilters);
    const key = JSON.stringify(sel);
    const search = this.#searcher(d, ui);
    const up = this.#memo.get('up', [d, key, ui], () => applySelection(d.upcoming, sel, search));
    const past = this.#memo.get('past', [d, key, ui], () => applySelection(d.past, sel, search));
    this.#lists = [up, past];
    const count = up.length + past.length;
    const total = d.upcoming.length + d.past.length;
    const view = this.#currentView;
    // Drawn from the soonest events only: the count, a filtered list and the month wait for the whole feed.
    const partial = d === this.#soonData;
    let content: unknown;
    if (partial && (isFiltered(sel) || view !== 'list')) {
      content = this.#preparing();
    } else if (!total) {
      const url = feed.network.url;
      content = html`<div class="empty" part="empty"><p>${m.empty}</p>${url ? html`<p><a href=${url}>${fill(m.network, { name: feed.network.name })}</a></p>` : nothing}</div>`;
    } else if (!count) {
      content = html`<div class="empty" part="empty"><p>${m.none}</p><button type="button" class="button secondary" @click=${this.#clear}>${m.clear}</button></div>`;
    } else {
      content = view === 'list' ? this.#listView(d, up, past) : this.#monthView(up, past);
    }
    const gone = this.gone && d.ended.includes(this.gone) && !d.past.includes(this.gone) ? this.gone : undefined;
    // One listener for the buttons inside (event titles, "show more"), which take the keyboard themselves.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`${total ? this.#toolbar(d, sel, partial ? undefined : count, view) : nothing}
      ${this.#live.view()}
      <div class="content ${this.#list.big ? 'long' : ''}" @click=${this.#onClick}>${
        gone
          ? html`<section aria-label=${m.over}><p><strong>${m.over}</strong></p>${eventList(this.#ctx, [gone], this.#ctx.level)}</section>`
          : nothing
      }${content}</div>${subscribeSlot(this, sel, this.feed.src, ui, this.#around)}`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  /** An event's folded search text, built once per event and language, only when someone searches. */
  #searcher(d: CalendarData, ui: string): (e: FeedEvent) => string {
    const texts = this.#memo.get('text', [ui, d], () => new Map<FeedEvent, string>());
    return (e) => {
      let s = texts.get(e);
      if (s === undefined) texts.set(e, (s = fold(searchText(e, this.#ctx.t, this.#ctx.label))));
      return s;
    };
  }

  /**
   * The visitor is in the search field: read every event's search text now, in slices, so the first letter filters
   * at once (1,000 events take 100 ms and more on a phone, a task that would hold up the next letter).
   */
  #warm(d: CalendarData): void {
    const text = this.#searcher(d, this.ui);
    const all = d.upcoming.concat(d.past);
    let i = 0;
    const slice = (): void => {
      const start = performance.now();
      while (i < all.length && performance.now() - start < SLICE_MS) text(all[i++]!);
      if (i < all.length) void nextTask().then(slice);
    };
    slice();
  }

  #toolbar(d: CalendarData, sel: Selection, count: number | undefined, view: string): TemplateResult {
    const m = this.#m;
    const facets = FACETS.filter((k) => d.options[k].length);
    const chosen = facets.filter((k) => sel[k]).length;
    return html`<div class="bar">
      ${
        this.noFilters
          ? nothing
          : html`<form class="filters" part="filters" role="search" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()} @input=${this.#onFilter}>
            <div class="field">
              <label for="q">${m.search}</label>
              <input id="q" type="search" name="q" autocomplete="off" .value=${sel.q ?? ''} @focus=${() => this.#warm(d)} />
            </div>
            ${
              facets.length
                ? html`<button type="button" class="button secondary more-filters" aria-expanded=${this.facetsOpen} aria-controls="facets" @click=${() => (this.facetsOpen = !this.facetsOpen)}>${m.filters}${chosen ? ` (${chosen})` : ''}</button>
                <div id="facets" class=${this.facetsOpen ? 'open' : ''}>${facets.map(
                  (k) => html`<div class="field">
                  <label for="f-${k}">${m[k]}</label>
                  <select id="f-${k}" name=${k}>
                    <option value="" ?selected=${!sel[k]}>${m.any}</option>
                    ${d.options[k].map((o) => html`<option value=${o.id} ?selected=${sel[k] === o.id}>${this.#ctx.label(k, o.id)}</option>`)}
                  </select>
                </div>`,
                )}</div>`
                : nothing
            }
          </form>`
      }
      <div class="tools">
        <p class="count">${count === undefined ? coreText(this.ui, this).loading : fill(m.count[pluralOf(this.ui, count)], { n: count })}</p>
        ${isFiltered(sel) ? html`<button type="button" class="button secondary" @click=${this.#clear}>${m.clear}</button>` : nothing}
        ${
          this.view
            ? nothing
            : html`<div class="switch" role="group" aria-label=${m.view}>
              ${(['list', 'month'] as const).map((v) => html`<button type="button" class="button secondary" aria-pressed=${v === view} @click=${() => this.#hash.select({ ...this.#hash.sel, view: v === 'list' ? undefined : v })}>${m[v]}</button>`)}
            </div>`
        }
      </div>
    </div>`;
  }

  /** Upcoming events by month, then (with `past`) the past ones, each list capped with "show more". */
  #listView(d: CalendarData, up: FeedEvent[], past: FeedEvent[]): TemplateResult {
    const m = this.#m;
    const size = this.#pageSize;
    const [shownUp, shownPast] = [Math.max(this.shown[0], size), Math.max(this.shown[1], size)];
    const [visibleUp = [], visiblePast = []] = this.#list.take([up, shownUp], [past, shownPast]);
    const section = (events: FeedEvent[], all: FeedEvent[], level: number, which: 0 | 1) =>
      html`${groupByMonth(events, d.tz).map((g, i) => {
        // While the list only grows, the events of a month drawn before stay as they are (no re-render of them).
        const kept = this.#list.kept(`${which}${i}${g.month}`, g.events.length);
        return kept === g.events.length
          ? KEEP
          : html`<div class="month-h" role="heading" aria-level=${level}>${monthName(this.#ctx.dates, g.month)}</div>${eventList(this.#ctx, g.events, level + 1, kept)}`;
      })}${
        all.length > (which ? shownPast : shownUp)
          ? html`<button type="button" class="button secondary more" data-more=${which}>${m.more}</button>`
          : nothing
      }`;
    const top = this.#ctx.level;
    if (!d.past.length) return section(visibleUp, up, top, 0);
    return html`<section aria-labelledby="h-up"><div id="h-up" class="sec" role="heading" aria-level=${top}>${m.upcoming}</div>${
      up.length ? section(visibleUp, up, top + 1, 0) : html`<p class="empty" part="empty">${m.empty}</p>`
    }</section>
      ${past.length ? html`<section aria-labelledby="h-past"><div id="h-past" class="sec" role="heading" aria-level=${top}>${m.past}</div>${section(visiblePast, past, top + 1, 1)}</section>` : nothing}`;
  }

  #monthView(up: FeedEvent[], past: FeedEvent[]): TemplateResult {
    const nav = this.#monthNav();
    if (!nav) {
      load(month).then(() => this.requestUpdate());
      return this.#preparing();
    }
    this.adopt(month.mod!.styles);
    return nav.view(this.#ctx, up, past);
  }

  #monthNav(): import('./month.js').MonthNav | undefined {
    return month.mod && (this.#nav ??= new month.mod.MonthNav(this, (text) => this.#live.afterUpdate(text)));
  }

  // ---- behaviour ------------------------------------------------------------------------------------

  #onFilter = (e: Event): void => {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    if (el.name === 'q' && this.#list.big) this.#typed = performance.now();
    this.#hash.select({ ...this.#hash.sel, [el.name]: el.value || undefined });
  };

  #clear = async (): Promise<void> => {
    this.#hash.select({ view: this.#hash.sel.view });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
  };

  /** Delegated clicks: event titles and "show more" (the grid handles its own days, month.ts). */
  #onClick = (e: Event): void => {
    const target = e.target as Element;
    const toggle = target.closest<HTMLElement>('[data-open]');
    if (toggle) return this.#toggle(toggle.dataset.open!);
    const more = target.closest<HTMLElement>('[data-more]');
    if (more) this.#showMore(+more.dataset.more! as 0 | 1);
  };

  #toggle(id: string, open = !this.opened.has(id)): void {
    const next = new Set(this.opened);
    if (open) {
      next.add(id);
      emit(this, 'som-event-select', { eventId: id });
      if (!details.mod) load(details).then(() => this.requestUpdate());
    } else {
      next.delete(id);
    }
    this.opened = next;
    this.#hash.open(id, open);
  }

  /** Reveal the next page of a list; focus goes to its first new event, which sits where the button was. */
  #showMore(which: 0 | 1): void {
    const from = Math.max(this.shown[which], this.#pageSize);
    const shown: [number, number] = [...this.shown];
    shown[which] = from + this.#pageSize;
    this.shown = shown;
    const before = which ? Math.min(this.#lists[0].length, Math.max(shown[0], this.#pageSize)) : 0;
    this.#list.grow(before + from + Math.min(this.#pageSize, CHUNK));
    this.#focusAfter = this.#lists[which][from]?.id;
  }

  /** Open a deep-linked event: make sure it is shown (clearing filters that hide it), in the list or its month. */
  #reveal(id: string, d: CalendarData): boolean {
    const event = d.upcoming.find((e) => e.id === id) ?? d.past.find((e) => e.id === id);
    if (!event) {
      // Over, and the calendar shows no past: open it on its own, above the list, saying it is over.
      this.gone = d.ended.find((e) => e.id === id);
      if (this.gone && !this.opened.has(id)) this.#toggle(id, true);
      return !!this.gone;
    }
    const search = this.#searcher(d, this.ui);
    if (applySelection([event], offered(this.#hash.sel, d, this.noFilters), search).length === 0)
      this.#hash.select({ view: this.#hash.sel.view }, false);
    if (this.#currentView === 'month') {
      const day = dayKey(event.start, d.tz);
      const show = () => this.#monthNav()!.show(day);
      // The month view's chunk is on its way (asked for on connect): the day is set as soon as it is there.
      if (month.mod) show();
      else load(month).then(show);
    } else {
      const which = d.upcoming.includes(event) ? 0 : 1;
      const index = applySelection(
        which ? d.past : d.upcoming,
        offered(this.#hash.sel, d, this.noFilters),
        search,
      ).indexOf(event);
      const shown: [number, number] = [...this.shown];
      shown[which] = Math.max(shown[which], index + 1);
      this.shown = shown;
      this.#list.grow(Math.max(shown[0], this.#pageSize) + index + 1);
    }
    if (!this.opened.has(id)) this.#toggle(id, true);
    return true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.feed.state;
    if (!this.#pendingEvent || state.status !== 'ready') return;
    const d = this.#data(state.data.feed, true);
    if (!d) return; // still preparing a long feed: try again on the next update
    const id = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (this.#reveal(id, d)) this.#linked = id;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot;
    if (!this.#prefetched && this.feed.state.status === 'ready') {
      // Most visitors open an event, many switch views: fetch that code once the page has settled.
      this.#prefetched = true;
      whenIdle(() => {
        load(details);
        if (!this.view) load(month);
      });
    }
    if (this.#linked) {
      const item = root.querySelector<HTMLElement>(`#event-${this.#linked}`);
      this.#linked = undefined;
      item?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
      // Once more after the details have arrived and the layout has settled.
      const scroll = () => item?.scrollIntoView({ block: 'start' });
      scroll();
      load(details)
        .then(() => this.updateComplete)
        .then(() => requestAnimationFrame(scroll));
    }
    if (this.#focusAfter) {
      // The new event sits where the button was: keep the page still, scrolling only if it is out of view.
      const button = root.querySelector<HTMLElement>(`#b-${this.#focusAfter}`);
      button?.focus({ preventScroll: true });
      button?.scrollIntoView({ block: 'nearest' });
      this.#focusAfter = undefined;
    }
  }
}
