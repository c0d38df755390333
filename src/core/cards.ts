/**
 * What story and portrait widgets share: the card frame (one stretched title link, reserved media space,
 * a placeholder when an image is missing or fails), the list (filter, newest first, limit and
 * "show more"), the states, and the styles. Each widget adds only its card's content.
 */
import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SomElement } from './som-element.js';
import { baseStyles } from './styles.js';
import { fill } from './i18n.js';
import { coreText } from './messages/index.js';
import { dateFormat, dayKeyToDate } from '../feed/dates.js';
import type { Feed, FeedImage } from '../feed/schema.js';
import { headingLevel, newestFirst, visibleCount } from './select.js';

/** The texts each widget gives its lists and cards. */
export interface ListTexts {
  more: string;
  none: string;
  noMatch: string;
  notFound: string;
  visit: string;
}

export const cardStyles = css`
  :host {
    --_ratio: var(--som-media-ratio, 3 / 2);
    --_tint: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  ul {
    list-style: none;
    padding: 0;
  }
  .grid,
  .list {
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 28em) {
    .grid {
      grid-template-columns: 1fr 1fr;
    }
    .list .card {
      display: grid;
      grid-template-columns: 1fr 2fr;
    }
    .list .media {
      aspect-ratio: auto;
      min-height: 8em;
    }
  }
  @container (min-width: 40em) {
    .grid {
      grid-template-columns: 1fr 1fr 1fr;
    }
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    border: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .card:has(.title a:hover) {
    box-shadow: 0 0.2em 0.8em #0003;
  }
  .body {
    display: flex;
    flex-direction: column;
    flex: 1;
    gap: 0.5em;
    padding: var(--_space);
  }
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .title a:focus-visible {
    outline: 0;
  }
  .title a:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    border-radius: var(--_radius);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .media {
    position: relative;
    order: -1;
    aspect-ratio: var(--_ratio);
    display: grid;
    place-items: center;
    background: var(--_tint);
    color: var(--_primary);
  }
  .media img {
    /* Out of the flow: the box's size never depends on the image (or on its arrival). */
    position: absolute;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .ph {
    background: radial-gradient(color-mix(in srgb, var(--_primary) 30%, transparent) 1px, #0000 2px) 0 0 / 1em 1em, var(--_tint);
  }
  .compact .card {
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  .compact .body {
    padding: 0.5em 0;
    gap: 0;
  }
  .more {
    margin-block-start: var(--_space);
  }
  /* Skeleton cards about as tall as real ones: the page does not jump when the feed arrives. */
  .loading .body {
    min-height: var(--_skeleton, 13em);
  }
  .loading .compact .body {
    min-height: 3.5em;
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;

/**
 * Base of `<som-story-*>` and `<som-portrait-*>`: the subclass names its list and draws one card.
 * @internal
 */
export abstract class Cards<T extends { id: string; published: string }> extends SomElement {
  static override styles = [baseStyles, cardStyles];
  // Declared without decorators: TypeScript would inline its decorator helper in every module (~0.3 KB gzipped).
  static override properties: PropertyDeclarations = { headingLevel: { attribute: 'heading-level', type: Number } };

  /**
   * Level of each card's title, 2 to 6, so cards fit the page outline. Default: one below a heading
   * in the `heading` slot, else 3 (cards in a section with an `h2`).
   * @attr heading-level
   * @type {2 | 3 | 4 | 5 | 6}
   */
  declare headingLevel?: number;
  /** Presses of "show more" so far. */
  private pages = 1;
  /** The heading in the `heading` slot: names the list and sets the default title level. */
  private named?: { label: string; level: number } | undefined;
  /** Image URLs that failed to load: their cards show the placeholder, never a broken image. */
  private broken = new Set<string>();
  /** ICU setting up the dates the cards write (warmDates): the placeholder stays until it is done. */
  protected warming?: Promise<void> | undefined;

  protected abstract readonly list: 'stories' | 'portraits';
  /** The widget's texts in the interface language; undefined while they load. */
  protected abstract texts(): ListTexts | undefined;
  protected abstract card(item: T, feed: Feed, compact: boolean): TemplateResult;

  private items(feed: Feed): T[] {
    return feed[this.list] as unknown as T[];
  }

  /**
   * While the feed loads: grey cards in the layout the content will have, so the page does not jump
   * when it arrives (the shared loading state reserves a fixed height instead).
   */
  private skeleton(layout: string, count: number) {
    const compact = layout === 'compact';
    const card = html`<li><article class="card"><div class="body"><p class="bar"></p><p class="bar"></p>${compact ? nothing : html`<p class="bar"></p><p class="bar"></p>`}</div>${compact ? nothing : html`<div class="media"></div>`}</article></li>`;
    return html`<div class="loading" part="loading" role="status" aria-busy="true"><span class="visually-hidden">${coreText(this.ui, this).loading}</span><ul class=${layout} aria-hidden="true">${Array.from({ length: count }, () => card)}</ul></div>`;
  }

  /** A single card by id, or "not found" with the light-DOM fallback. */
  protected one(id: string | undefined) {
    const m = this.texts();
    if (this.feed.state.status === 'loading' || !m || this.warming) return this.skeleton('list', 1);
    return this.renderFeed(({ feed }) => {
      const item = this.items(feed).find((i) => i.id === id);
      // Laid out like a list of one: the image goes beside the text when the card is wide.
      return item
        ? html`<div class="list">${this.card(item, feed, false)}</div>`
        : html`<p class="error" part="error">${m.notFound}</p><slot></slot>`;
    });
  }

  /** The list: pre-filtered, newest first, `limit` at a time. */
  protected many(keep: (item: T) => boolean, limit: number | undefined, layout: string) {
    const lay = layout === 'list' || layout === 'compact' ? layout : 'grid';
    const m = this.texts();
    return html`<slot name="heading" @slotchange=${this.onHeading}></slot>${
      this.feed.state.status === 'loading' || !m || this.warming
        ? this.skeleton(lay, Math.min(limit! > 0 ? limit! : 3, 6))
        : this.renderFeed(({ feed }) => {
            const all = this.items(feed);
            const items = newestFirst(all.filter(keep));
            const n = visibleCount(items.length, limit, this.pages);
            if (!n) {
              const url = feed.network.url;
              return html`<div class="empty" part="empty"><p>${all.length ? m.noMatch : m.none}</p>${url ? html`<a href=${url}>${fill(m.visit, { name: feed.network.name })}</a>` : nothing}</div>`;
            }
            // role="list": Safari drops the list role of a list without bullets.
            // eslint-disable-next-line lit-a11y/no-redundant-role
            return html`<ul class=${lay} part="list" role="list" aria-label=${this.named?.label || nothing}>${items.slice(0, n).map((i) => html`<li>${this.card(i, feed, lay === 'compact')}</li>`)}</ul>${n < items.length ? html`<button type="button" class="button secondary more" part="more" @click=${() => this.more(n)}>${m.more}</button>` : nothing}`;
          })
    }`;
  }

  /** Show the next `limit` cards and move focus to the first new one, so keyboard users continue there. */
  private async more(shown: number): Promise<void> {
    this.pages++;
    this.requestUpdate();
    await this.updateComplete;
    const title = this.renderRoot.querySelector('ul')?.children[shown]?.querySelector<HTMLElement>('.title');
    const link = title?.querySelector('a');
    if (title && !link) title.tabIndex = -1;
    (link ?? title)?.focus();
  }

  private onHeading(e: Event): void {
    const h = (e.target as HTMLSlotElement).assignedElements()[0];
    this.named = h && { label: h.textContent!.trim(), level: +(/^H([1-6])$/.exec(h.tagName)?.[1] ?? 2) };
    this.requestUpdate();
  }

  /** The card frame: body first (title, then the rest), media shown above it by CSS. */
  protected frame(compact: boolean, head: unknown, rest: unknown, media: TemplateResult): TemplateResult {
    return html`<article class="card" part="card"><div class="body" part="body">${head}${compact ? nothing : rest}</div>${compact ? nothing : media}</article>`;
  }

  /** The title at the level that fits the page (native h2–h6, so it is in the page's outline). */
  protected heading(content: unknown): TemplateResult {
    switch (headingLevel(this.headingLevel ?? (this.named && this.named.level + 1))) {
      case 2:
        return html`<h2 class="title" part="title">${content}</h2>`;
      case 4:
        return html`<h4 class="title" part="title">${content}</h4>`;
      case 5:
        return html`<h5 class="title" part="title">${content}</h5>`;
      case 6:
        return html`<h6 class="title" part="title">${content}</h6>`;
      default:
        return html`<h3 class="title" part="title">${content}</h3>`;
    }
  }

  /** A publication date in the interface language; a date alone is that calendar day anywhere. */
  protected date(value: string, feed: Feed): TemplateResult {
    const day = value.length === 10;
    const text = dateFormat(this.ui, { dateStyle: 'long', timeZone: day ? 'UTC' : feed.network.timeZone }).format(
      day ? dayKeyToDate(value) : new Date(value),
    );
    return html`<time datetime=${value}>${text}</time>`;
  }

  /** The image in its reserved box, or the placeholder when there is none or it fails to load. */
  protected media(img: FeedImage | undefined, placeholder: unknown): TemplateResult {
    return img && !this.broken.has(img.src)
      ? html`<div class="media" part="media"><img src=${img.src} alt=${img.alt} width=${img.width ?? nothing} height=${img.height ?? nothing} loading="lazy" decoding="async" @error=${() => (this.broken.add(img.src), this.requestUpdate())}></div>`
      : html`<div class="media ph" part="media" aria-hidden="true">${placeholder}</div>`;
  }
}
