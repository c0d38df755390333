/**
 * Work put off until it is needed or the page is idle. No Lit and no imports: feed/ uses it too.
 */

/** `load()` on the first call, the same promise after; a failure is forgotten, so the next call tries again. */
export type Lazy<T> = () => Promise<T>;

/** A module (or what is built from it) fetched on first use, e.g. `lazy(() => import('./month.js'))`. */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    }));
}

/** Run `fn` when the page has nothing better to do: idle (within 2 s), or after 200 ms without requestIdleCallback (Safari). */
export const whenIdle = (fn: () => void): unknown =>
  'requestIdleCallback' in globalThis ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

/**
 * Let the browser answer input and paint, then go on: `scheduler.yield()` where there is one (the rest keeps
 * its place ahead of other tasks), else a new task.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ??
  new Promise((resolve) => setTimeout(resolve));

/** After the browser has painted its next frame: what the visitor just did shows before heavier work runs. */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * How long a slice of work in steps (a generator that yields to pause) may run before it pauses: measured, not
 * counted in items, because the first items run while the code is still cold and cost several times more. Short,
 * because a slice may also carry a garbage collection of what the feed's JSON left (20–25 ms on a desktop).
 */
export const SLICE_MS = 12;
