import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { define } from '../core/define.js';
import { fill } from '../core/i18n.js';
import { registerList } from '../feed/parse.js';
import { warmDates } from '../feed/dates.js';
import { nextTask } from '../core/lazy.js';
import { stories } from '../feed/contract.generated.js';
import type { Feed, Story, Term } from '../feed/schema.js';
import { Cards, cardStyles } from '../core/cards.js';
import { baseStyles } from '../core/styles.js';
import { passes } from '../core/select.js';
import { texts } from './messages/index.js';

registerList('stories', stories);

/** Line icons (24×24) for the placeholder of a story without a usable image, one per kind. */
const ICONS = {
  story: 'M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z',
  news: 'M4 4h13v16H6a2 2 0 0 1-2-2zM17 8h3v10a2 2 0 0 1-2 2M7 8h7M7 12h7M7 16h4',
  video: 'M3 5h18v14H3zM10 9v6l5-3z',
  podcast: 'M12 3a3 3 0 0 1 3 3v5a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM6 11a6 6 0 0 0 12 0M12 17v4M9 21h6',
  report: 'M4 20h16M7 16v-5M12 16V6M17 16V8',
};

const styles = css`
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-start: auto;
    font-size: 0.8125em;
  }
  .tags li {
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--_tint);
  }
  svg {
    width: 3em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
`;

abstract class StoryCards extends Cards<Story> {
  static override styles = [baseStyles, cardStyles, styles];
  protected readonly list = 'stories';

  protected texts() {
    return texts(this.ui, () => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Else the first card's date sets ICU up in the task that draws the cards: 70–90 ms on a phone. After it, the
    // cards are drawn in a task of their own, their date format made in a few ms.
    // Once: moved elsewhere in the page, the cards stay as they are.
    if (!this.hasUpdated)
      this.warming = warmDates(this.ui)
        .then(nextTask)
        .then(() => {
          this.warming = undefined;
          this.requestUpdate();
        });
  }

  protected card(s: Story, feed: Feed, compact: boolean) {
    const m = this.texts()!;
    const kind = s.kind ?? 'story';
    const label = (terms: Term[], id: string) => this.t(terms.find((t) => t.id === id)?.label) || id;
    const tags = [
      ...(s.strand ? [label(feed.taxonomies.strands, s.strand)] : []),
      ...(s.themes ?? []).map((id) => label(feed.taxonomies.themes, id)),
    ];
    const time =
      !compact && s.readingMinutes
        ? html`<span>${fill(kind === 'video' || kind === 'podcast' ? m.dur : m.min, { n: s.readingMinutes })}</span>`
        : nothing;
    return this.frame(
      compact,
      html`${this.heading(html`<a href=${s.url}>${this.t(s.title)}</a>`)}<p class="meta" part="meta">${compact ? nothing : html`<span class="badge" part="badge">${m[kind]}</span>`}${this.date(s.published, feed)}${time}</p>`,
      html`${s.teaser ? html`<p>${this.t(s.teaser)}</p>` : nothing}${tags.length ? html`<ul class="tags" part="tags">${tags.map((t) => html`<li>${t}</li>`)}</ul>` : nothing}`,
      this.media(s.image, html`<svg viewBox="0 0 24 24"><path d=${ICONS[kind]}></path></svg>`),
    );
  }
}

/**
 * One story of the network as a card: image, kind, title (the card's one link), teaser, date,
 * reading time, theme and strand labels.
 *
 * @tagname som-story-card
 * @summary One story from the feed as a card; the whole card links to the full story.
 * @slot - Fallback: shown before the element loads, when the feed fails and when the story is not found.
 * @fires som-feed-load - The feed was loaded (only when this element has its own `src`).
 * @fires som-feed-error - The feed could not be loaded.
 * @fires som-feed-warning - Some items in the feed were skipped.
 * @csspart card - The card (an `article`).
 * @csspart media - The image box, or the placeholder when there is no usable image.
 * @csspart body - Everything below the image.
 * @csspart title - The title heading (`h2`–`h6`, see `heading-level`); its link covers the card.
 * @csspart meta - The line with kind, date and reading time.
 * @csspart badge - The kind: story, news, video, podcast or report.
 * @csspart tags - The theme and strand labels.
 * @csspart loading - The placeholder while the feed loads.
 * @csspart error - The message when the feed fails or the story is not in it.
 * @csspart stale - The note that the feed may be out of date.
 * @cssprop --som-color-primary - Links, placeholder and accents (default #0a5c73).
 * @cssprop --som-color-muted - Secondary text such as the date (default #595959).
 * @cssprop --som-color-surface - Card background (default #ffffff).
 * @cssprop --som-color-border - Card border, used at half strength (default #767676).
 * @cssprop --som-radius - Corner radius (default 0.5em).
 * @cssprop --som-space - Padding and gaps (default 1em).
 * @cssprop --som-focus-color - Focus outline (default #1a56db).
 * @cssprop --som-font-family - Font (default: the page's).
 * @cssprop [--som-media-ratio=3 / 2] - Shape of the image box (width / height).
 */
export class SomStoryCard extends StoryCards {
  static override properties: PropertyDeclarations = { story: {} };
  /** Id of the story in the feed. */
  declare story?: string;

  protected override render() {
    return this.one(this.story);
  }
}

/**
 * The network's stories, newest first: a grid of cards, a list with the image beside the text, or a
 * compact list of titles and dates for a sidebar.
 *
 * @tagname som-story-list
 * @summary The network's stories, newest first, pre-filtered, in a grid, a list or a compact list.
 * @slot heading - Optional heading above the list: names the list, and the cards' titles go one level below it.
 * @slot - Fallback: shown before the element loads and when the feed fails.
 * @fires som-feed-load - The feed was loaded (only when this element has its own `src`).
 * @fires som-feed-error - The feed could not be loaded.
 * @fires som-feed-warning - Some items in the feed were skipped.
 * @csspart list - The list of cards (`ul`).
 * @csspart card - Each card (an `article`).
 * @csspart media - The image box, or the placeholder when there is no usable image.
 * @csspart body - Everything below (or beside) the image.
 * @csspart title - Each title heading; its link covers the card.
 * @csspart meta - The line with kind, date and reading time.
 * @csspart badge - The kind: story, news, video, podcast or report.
 * @csspart tags - The theme and strand labels.
 * @csspart more - The "show more" button.
 * @csspart empty - The message when no story matches.
 * @csspart loading - The placeholder while the feed loads.
 * @csspart error - The message when the feed fails.
 * @csspart stale - The note that the feed may be out of date.
 * @cssprop --som-color-primary - Links, placeholder and accents (default #0a5c73).
 * @cssprop --som-color-muted - Secondary text such as the date (default #595959).
 * @cssprop --som-color-surface - Card background (default #ffffff).
 * @cssprop --som-color-border - Card border, used at half strength (default #767676).
 * @cssprop --som-radius - Corner radius (default 0.5em).
 * @cssprop --som-space - Padding and gaps (default 1em).
 * @cssprop --som-focus-color - Focus outline (default #1a56db).
 * @cssprop --som-font-family - Font (default: the page's).
 * @cssprop [--som-media-ratio=3 / 2] - Shape of the image boxes (width / height).
 */
export class SomStoryList extends StoryCards {
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    layout: { reflect: true },
    themes: {},
    strands: {},
    kinds: {},
  };
  /** How many stories to show at first, and how many more per press of "show more"; all when absent. */
  declare limit?: number;
  /** `grid` (default), `list` (image beside text) or `compact` (titles and dates). */
  layout: 'grid' | 'list' | 'compact' = 'grid';
  /** Only stories with one of these theme ids (space-separated). */
  declare themes?: string;
  /** Only stories in one of these strands (space-separated ids). */
  declare strands?: string;
  /** Only these kinds (space-separated): `story`, `news`, `video`, `podcast`, `report`. */
  declare kinds?: string;

  protected override render() {
    return this.many(
      (s) =>
        passes(this.themes, s.themes) && passes(this.strands, [s.strand]) && passes(this.kinds, [s.kind ?? 'story']),
      this.limit,
      this.layout,
    );
  }
}

define('som-story-card', SomStoryCard);
define('som-story-list', SomStoryList);

declare global {
  interface HTMLElementTagNameMap {
    'som-story-card': SomStoryCard;
    'som-story-list': SomStoryList;
  }
}
