/**
 * Work put off until it is needed or the page is idle. No Lit and no imports: feed/ uses it too.
 */

/** `load()` on first call, the same promise after; a failure is forgotten, so the next call tries again. */
export interface Lazy<T> {
  (): Promise<T>;
  /** The value once it has arrived (for code that renders synchronously). */
  mod?: T;
}

/** A module (or what is built from it) fetched on first use, e.g. `lazy(() => import('./month.js'))`. */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  const get: Lazy<T> = () =>
    (pending ??= load().then(
      (mod) => (get.mod = mod),
      (e: unknown) => {
        pending = undefined;
        throw e;
      },
    ));
  return get;
}

/** Run `fn` when the page has nothing better to do: idle (within 2 s), or after 200 ms without requestIdleCallback (Safari). */
export const whenIdle = (fn: () => void): void =>
  void ('requestIdleCallback' in globalThis ? requestIdleCallback(() => fn(), { timeout: 2000 }) : setTimeout(fn, 200));
