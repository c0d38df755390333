import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { define } from '../core/define.js';
import { fill } from '../core/i18n.js';
import { baseStyles } from '../core/styles.js';
import { registerList } from '../feed/parse.js';
import { portraits } from '../feed/contract.generated.js';
import { paragraphs } from '../feed/text.js';
import type { Feed, Portrait } from '../feed/schema.js';
import { Cards, cardStyles } from '../core/cards.js';
import { initials, passes } from '../core/select.js';
import { texts } from './messages/index.js';

registerList('portraits', portraits);

const styles = css`
  :host {
    --_ratio: var(--som-media-ratio, 1);
    --_skeleton: 15em;
  }
  /* Each card its own height: an opened bio must not stretch the others in its row. */
  .grid {
    align-items: start;
  }
  figure {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_primary);
    font-size: 1.125em;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  .initials {
    font-size: 3em;
    font-weight: 700;
  }
  .toggle,
  .bio {
    position: relative;
    z-index: 2;
  }
  .toggle {
    align-self: start;
  }
  .toggle::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
    translate: 0 -25%;
  }
  [aria-expanded='true']::after {
    rotate: -135deg;
    translate: 0 25%;
  }
  .bio p + p {
    margin-block-start: 0.5em;
  }
`;

abstract class PortraitCards extends Cards<Portrait> {
  static override styles = [baseStyles, cardStyles, styles];
  protected readonly list = 'portraits';
  /** Portraits whose bio is open. */
  private open = new Set<string>();

  protected texts() {
    return texts(this.ui, () => this.requestUpdate());
  }

  private toggle(id: string): void {
    if (!this.open.delete(id)) this.open.add(id);
    this.requestUpdate();
  }

  protected card(p: Portrait, _: Feed, compact: boolean) {
    const role = [this.t(p.role), p.organisation?.name].filter(Boolean).join(', ');
    const who = html`${this.heading(p.url ? html`<a href=${p.url}>${p.name}</a>` : p.name)}${role ? html`<p class="meta" part="meta">${role}</p>` : nothing}`;
    const quote = this.t(p.quote);
    const bio = this.t(p.bio);
    const open = this.open.has(p.id);
    return this.frame(
      compact,
      // The person captions the quote; the name comes first so heading navigation lands on it before the quote.
      quote && !compact
        ? html`<figure part="quote"><figcaption>${who}</figcaption><blockquote><p>${quote}</p></blockquote></figure>`
        : who,
      bio
        ? html`<button type="button" class="button secondary toggle" part="toggle" aria-expanded=${open} aria-controls="bio-${p.id}" @click=${() => this.toggle(p.id)}>${fill(this.texts()!.about, { name: p.name })}</button><div class="bio" part="bio" id="bio-${p.id}" ?hidden=${!open}>${paragraphs(bio).map((t) => html`<p>${t}</p>`)}</div>`
        : nothing,
      this.media(p.photo, html`<span class="initials">${initials(p.name)}</span>`),
    );
  }
}

/**
 * One "Zij maken onderwijs" portrait: photo (or initials), name (the card's one link, to the longer
 * portrait), role and organisation, the quote, and the bio behind a "more about" button.
 *
 * @tagname som-portrait-card
 * @summary One portrait from the feed: photo, name, role, quote and a short bio to open.
 * @slot - Fallback: shown before the element loads, when the feed fails and when the portrait is not found.
 * @fires som-feed-load - The feed was loaded (only when this element has its own `src`).
 * @fires som-feed-error - The feed could not be loaded.
 * @fires som-feed-warning - Some items in the feed were skipped.
 * @csspart card - The card (an `article`).
 * @csspart media - The photo box, or the initials when there is no usable photo.
 * @csspart body - Everything below the photo.
 * @csspart title - The name heading (`h2`–`h6`, see `heading-level`); its link covers the card.
 * @csspart meta - Role and organisation.
 * @csspart quote - The quote (`figure` with the person as caption and a `blockquote`).
 * @csspart toggle - The button that opens and closes the bio.
 * @csspart bio - The bio.
 * @csspart loading - The placeholder while the feed loads.
 * @csspart error - The message when the feed fails or the portrait is not in it.
 * @csspart stale - The note that the feed may be out of date.
 * @cssprop --som-color-primary - Links, quote line, initials and accents (default #0a5c73).
 * @cssprop --som-color-muted - Role and organisation (default #595959).
 * @cssprop --som-color-surface - Card background (default #ffffff).
 * @cssprop --som-color-border - Card border, used at half strength (default #767676).
 * @cssprop --som-radius - Corner radius (default 0.5em).
 * @cssprop --som-space - Padding and gaps (default 1em).
 * @cssprop --som-focus-color - Focus outline (default #1a56db).
 * @cssprop --som-font-family - Font (default: the page's).
 * @cssprop [--som-media-ratio=1] - Shape of the photo box (width / height; 1 is a square).
 */
export class SomPortraitCard extends PortraitCards {
  static override properties: PropertyDeclarations = { portrait: {} };
  /** Id of the portrait in the feed. */
  declare portrait?: string;

  protected override render() {
    return this.one(this.portrait);
  }
}

/**
 * "Zij maken onderwijs": the network's portraits, newest first, as a grid of cards, a list with the
 * photo beside the text, or a compact list of names for a sidebar.
 *
 * @tagname som-portrait-list
 * @summary The network's portraits, newest first, pre-filtered by theme or level.
 * @slot heading - Optional heading above the list: names the list, and the names go one level below it.
 * @slot - Fallback: shown before the element loads and when the feed fails.
 * @fires som-feed-load - The feed was loaded (only when this element has its own `src`).
 * @fires som-feed-error - The feed could not be loaded.
 * @fires som-feed-warning - Some items in the feed were skipped.
 * @csspart list - The list of cards (`ul`).
 * @csspart card - Each card (an `article`).
 * @csspart media - The photo box, or the initials when there is no usable photo.
 * @csspart body - Everything below (or beside) the photo.
 * @csspart title - Each name heading; its link covers the card.
 * @csspart meta - Role and organisation.
 * @csspart quote - The quote (`figure` with the person as caption and a `blockquote`).
 * @csspart toggle - The button that opens and closes a bio.
 * @csspart bio - A bio.
 * @csspart more - The "show more" button.
 * @csspart empty - The message when no portrait matches.
 * @csspart loading - The placeholder while the feed loads.
 * @csspart error - The message when the feed fails.
 * @csspart stale - The note that the feed may be out of date.
 * @cssprop --som-color-primary - Links, quote line, initials and accents (default #0a5c73).
 * @cssprop --som-color-muted - Role and organisation (default #595959).
 * @cssprop --som-color-surface - Card background (default #ffffff).
 * @cssprop --som-color-border - Card border, used at half strength (default #767676).
 * @cssprop --som-radius - Corner radius (default 0.5em).
 * @cssprop --som-space - Padding and gaps (default 1em).
 * @cssprop --som-focus-color - Focus outline (default #1a56db).
 * @cssprop --som-font-family - Font (default: the page's).
 * @cssprop [--som-media-ratio=1] - Shape of the photo boxes (width / height; 1 is a square).
 */
export class SomPortraitList extends PortraitCards {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    layout: { reflect: true },
    themes: {},
    levels: {},
  };
  /** How many portraits to show at first, and how many more per press of "show more"; all when absent. */
  declare limit?: number;
  /** `grid` (default), `list` (photo beside text) or `compact` (names and roles). */
  layout: 'grid' | 'list' | 'compact' = 'grid';
  /** Only portraits with one of these theme ids (space-separated). */
  declare themes?: string;
  /** Only portraits of people in one of these levels (space-separated ids, e.g. `kleuter lager`). */
  declare levels?: string;

  protected override render() {
    return this.many((p) => passes(this.themes, p.themes) && passes(this.levels, p.levels), this.limit, this.layout);
  }
}

define('som-portrait-card', SomPortraitCard);
define('som-portrait-list', SomPortraitList);

declare global {
  interface HTMLElementTagNameMap {
    'som-portrait-card': SomPortraitCard;
    'som-portrait-list': SomPortraitList;
  }
}
