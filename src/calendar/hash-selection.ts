/**
 * The visitor's selection kept in the URL hash (core/hash.ts), so a view can be shared and Back works: read
 * on connect and when the hash changes, written with replaceState a moment after the visitor stops changing
 * it. The open event is named there too (`#event-<id>`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readHash, writeEventHash, writeHash, type Selection } from './model.js';

export interface HashOptions {
  /** The calendar's part of the hash (one per calendar on a page). */
  key: () => string;
  /** What is written: without filters, only the view. */
  stored: (sel: Selection) => Selection;
  /** The selection changed: `filters` when more than the view did, `byVisitor` unless it came from the address. */
  changed: (filters: boolean, byVisitor: boolean) => void;
  /** A deep link asks for this event. */
  linked: (id: string) => void;
}

const same = (a: Selection, b: Selection): boolean => writeHash('', '-', a) === writeHash('', '-', b);

export class HashSelection implements ReactiveController {
  sel: Selection = {};
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: HashOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    addEventListener('hashchange', this.read);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.read);
    clearTimeout(this.timer);
  }

  /**
   * On load, and when the hash changes (Back, a pasted link). A hash without the calendar's part (the page's
   * own "#top" link) leaves the visitor's selection alone.
   */
  private read = (e?: Event): void => {
    const { selection, found, event } = readHash(location.hash, this.o.key());
    if ((found || !e) && !same(selection, this.sel)) this.select(selection, false);
    if (event) this.o.linked(event);
    this.host.requestUpdate();
  };

  select(sel: Selection, byVisitor = true): void {
    const filters = !same({ ...sel, view: '' }, { ...this.sel, view: '' });
    this.sel = sel;
    this.host.requestUpdate();
    this.o.changed(filters, byVisitor);
    if (!byVisitor) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.replace(writeHash(location.hash, this.o.key(), this.o.stored(this.sel))), 300);
  }

  /** Name the open event in the address, so a visitor can copy a link to it; closing it takes it out again. */
  open(id: string, open: boolean): void {
    if (open || readHash(location.hash, this.o.key()).event === id)
      this.replace(writeEventHash(location.hash, open ? id : undefined));
  }

  private replace(hash: string): void {
    if (hash !== location.hash && !(hash === '' && location.hash === '#')) {
      // replaceState: no history entry per keystroke, no scroll jump, no hashchange for other scripts.
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
  }
}
