import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { feedContext } from './context.js';
import { define } from './define.js';
import { loadFeed } from '../feed/load.js';
import { reportLoaded } from './feed-controller.js';
import { emit } from './events.js';

/**
 * Shares one feed with every widget inside it, so a page states the feed URL once.
 *
 * @tagname som-feed
 * @summary Optional provider: descendants share one loaded feed.
 * @slot - The widgets (and any other content) that use this feed.
 * @fires som-feed-load - The feed was loaded: `{ itemCount, stale }`.
 * @fires som-feed-error - The feed could not be loaded: `{ message, status? }`.
 * @fires som-feed-warning - Some items were skipped or fields dropped: `{ problems }`.
 */
export class SomFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = { src: {} };
  /** URL of the feed (FEED.md). */
  declare src: string;

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: undefined });
  private loadedSrc: string | undefined;

  protected override updated(): void {
    if (this.src === this.loadedSrc) return;
    this.loadedSrc = this.src;
    const src = this.src ? new URL(this.src, document.baseURI).href : '';
    this.provider.setValue(src ? { src } : undefined);
    if (!src) return;
    // The widgets share this request (loadFeed dedupes); this element reports on it once.
    loadFeed(src).then(
      (data) => reportLoaded(this, data),
      (e: Error & { status?: number }) => emit(this, 'som-feed-error', { message: e.message, status: e.status }),
    );
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

define('som-feed', SomFeed);

/** A widget's side of the context: `callback` gets the surrounding `<som-feed>`'s URL, now and on change. */
export function consumeFeed(
  host: ReactiveControllerHost & HTMLElement,
  callback: (src: string | undefined) => void,
): void {
  new ContextConsumer(host, { context: feedContext, subscribe: true, callback: (value) => callback(value?.src) });
}

declare global {
  interface HTMLElementTagNameMap {
    'som-feed': SomFeed;
  }
}
