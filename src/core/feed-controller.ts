/**
 * Gives an element its feed: from its own `src`, else from a surrounding `<som-feed>` (context).
 * Loads through `loadFeed`, so any number of widgets on a page share one request per URL.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed, type LoadedFeed, FeedError } from '../feed/load.js';
import { emit } from './events.js';

export type FeedState =
  | { status: 'loading' }
  | { status: 'ready'; data: LoadedFeed }
  | { status: 'error'; error: Error }
  | { status: 'no-source' };

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
}

const insideSomFeed = (el: Element): boolean => {
  for (let node: Node | null = el; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
    if ((node as Element).closest?.('som-feed')) return true;
    if (!(node.getRootNode() instanceof ShadowRoot)) break;
  }
  return false;
};

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private contextSrc: string | undefined;
  /** The src last acted on; null before the first update. */
  private current: string | undefined | null = null;
  private abort: AbortController | undefined;
  private joined = false;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.joined && insideSomFeed(this.host)) void this.joinSomFeed();
  }

  /**
   * `<som-feed>`, with both sides of the context (@lit/context), is fetched only by pages that use it:
   * a widget script stays smaller for the many pages that only set `src`. The consumer is added once
   * the provider exists, so its request is answered.
   */
  private async joinSomFeed(): Promise<void> {
    this.joined = true;
    const { consumeFeed } = await import('./som-feed.js');
    await customElements.whenDefined('som-feed');
    consumeFeed(this.host, (src) => {
      this.contextSrc = src;
      this.host.requestUpdate();
    });
  }

  /** The URL in use: the element's own `src` wins over the surrounding `<som-feed>`. */
  get src(): string | undefined {
    return this.host.src || this.contextSrc;
  }

  hostUpdate(): void {
    if (this.src !== this.current) this.load(false);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.current = null;
  }

  /** Try again, bypassing the shared cache (the retry button). */
  reload(): void {
    this.load(true);
    this.host.requestUpdate();
  }

  private load(fresh: boolean): void {
    const src = this.src;
    this.current = src;
    this.abort?.abort();
    if (!src) {
      // Inside a <som-feed> that is not ready yet: keep waiting instead of flashing an error.
      this.state = insideSomFeed(this.host) ? { status: 'loading' } : { status: 'no-source' };
      return;
    }
    const abort = (this.abort = new AbortController());
    // Only the element that owns the URL reports on it; widgets inside <som-feed> stay quiet.
    const report = !!this.host.src;
    this.state = { status: 'loading' };
    loadFeed(src, { signal: abort.signal, fresh }).then(
      (data) => {
        if (abort.signal.aborted) return;
        this.state = { status: 'ready', data };
        this.host.requestUpdate();
        if (report) reportLoaded(this.host, data);
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const err = error instanceof Error ? error : new Error(String(error));
        this.state = { status: 'error', error: err };
        this.host.requestUpdate();
        if (report)
          emit(this.host, 'som-feed-error', {
            message: err.message,
            status: err instanceof FeedError ? err.status : undefined,
          });
      },
    );
  }
}

export function reportLoaded(target: EventTarget, data: LoadedFeed): void {
  const { feed } = data;
  emit(target, 'som-feed-load', {
    itemCount: feed.events.length + feed.stories.length + feed.portraits.length,
    stale: data.stale,
  });
  if (data.problems.length) emit(target, 'som-feed-warning', { problems: data.problems });
}
