/**
 * A long list filled progressively: FIRST items at once, then chunks sized to take about SLICE ms each,
 * measured as they go (a slow phone gets smaller chunks), each in a task of its own, so the page never
 * freezes and input is answered between two chunks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const FIRST = 10;
/** Items per chunk before anything is measured; also what "show more" adds at once. */
export const CHUNK = 100;
const SLICE = 30;
/**
 * Lit's `noChange` (lit-html defines it as this registered symbol): a part given it keeps its DOM. Named here
 * so that the shared lit.js, which every widget loads, need not export one more name.
 */
export const KEEP: unknown = Symbol.for('lit-noChange');

export class ProgressiveList implements ReactiveController {
  /** True for a list long enough to be filled in chunks. */
  big = false;
  /** How many items may be in the DOM now (grows task by task). */
  private budget = Infinity;
  private truncated = false;
  private chunk = CHUNK;
  /** For measuring a chunk: when the update began, and how many items it and the one before showed. */
  private start = 0;
  private rendered = 0;
  private before = 0;
  private timer?: ReturnType<typeof setTimeout>;
  /** True in an update that only lets more items in; the parts drawn in the last update and in this one, with how
   * many items each. */
  private growing = false;
  private drawn = new Map<string, number>();
  private drawing = new Map<string, number>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Start over: a long list shows its first items only, a short one everything. */
  reset(big = this.big): void {
    this.growing = false;
    this.big = big;
    this.budget = big ? FIRST : Infinity;
  }

  /**
   * The next update leaves the list's parts drawn last time as they are: only what is around the list changed (the
   * code of another part arrived). On a phone, drawing 1,000 events again for it was a task of 50–70 ms.
   */
  keep(): void {
    this.growing = true;
  }

  /** Let at least `n` items in at once (a deep link, "show more"). */
  grow(n: number): void {
    this.budget = Math.max(this.budget, n);
  }

  /** The part of each list that fits the budget, in order: `[events, how many are wanted]`. */
  take<T>(...lists: [T[], number][]): T[][] {
    let left = this.budget;
    let shown = 0;
    const parts = lists.map(([items, wanted]) => {
      const part = items.slice(0, Math.max(0, Math.min(wanted, left)));
      if (part.length < Math.min(wanted, items.length)) this.truncated = true;
      left -= part.length;
      shown += part.length;
      return part;
    });
    this.before = this.rendered;
    this.rendered = shown;
    return parts;
  }

  /**
   * How many of the first items of the part named `key` (its position and content), now `n` long, were drawn in the
   * last update, when this update only lets more items in: the host leaves those as they are (`KEEP`) and draws
   * only the rest. A month cut by a chunk's end is not drawn again whole with the next chunk.
   */
  kept(key: string, n: number): number {
    this.drawing.set(key, n);
    return this.growing ? Math.min(n, this.drawn.get(key) ?? 0) : 0;
  }

  hostUpdate(): void {
    this.start = performance.now();
    // Only an update that draws the list (take) keeps it growing: not the month view, not "nothing matches".
    this.truncated = false;
  }

  hostUpdated(): void {
    this.growing = false;
    this.drawn = this.drawing;
    this.drawing = new Map();
    if (!this.truncated) return;
    const added = this.rendered - this.before;
    if (added > 0) {
      const cost = (performance.now() - this.start) / added;
      // At most twice the last chunk: a chunk that happened to be cheap (items already drawn, a quiet moment) would
      // otherwise make the next one several times too big (333 items in 71 ms on a phone after 20 in 2 ms).
      this.chunk = Math.min(500, Math.max(20, Math.min(2 * added, Math.floor(SLICE / Math.max(cost, 0.01)))));
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.budget += this.chunk;
      this.growing = true;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
