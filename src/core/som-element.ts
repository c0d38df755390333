/**
 * The base every widget extends: `src`, language resolution, and the shared states (loading with
 * reserved space, error with the light-DOM fallback, stale note). Widgets only describe their content.
 */
import { LitElement, html, nothing, type CSSResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedController } from './feed-controller.js';
import type { LoadedFeed } from '../feed/load.js';
import { FeedError } from '../feed/load.js';
import { languagePrefs, resolveText, type Text } from '../feed/text.js';
import { fill, uiLang, type UiLang } from './i18n.js';
import { coreText } from './messages/index.js';
import { dateFormat } from '../feed/dates.js';
import { baseStyles } from './styles.js';
import { errorView, loadingView } from './states.js';
import { nextTask } from './lazy.js';

/**
 * What every widget has: `src`, `lang`, the shared states and the theme's custom properties.
 *
 * @attr {string} lang - Language of the widget (a BCP 47 tag): its interface is in `nl` (default), `fr`, `de` or `en` (`nl-BE` counts as `nl`), and feed text is shown in that language where the feed has it. Without it, the nearest `lang` around the widget, then the page's.
 * @csspart loading - The placeholder while the feed loads.
 * @csspart error - The message when the feed cannot be loaded, above the fallback content.
 * @csspart stale - The note under a possibly outdated copy of the feed.
 * @cssprop [--som-color-primary=#0a5c73] - Links, buttons and accents.
 * @cssprop [--som-color-on-primary=#ffffff] - Text on the primary colour, as in buttons.
 * @cssprop [--som-color-text=currentColor] - Text (default: the page's text colour).
 * @cssprop [--som-color-muted=#595959] - Secondary text.
 * @cssprop [--som-color-surface=#ffffff] - Backgrounds of cards, secondary buttons and controls.
 * @cssprop [--som-color-border=#767676] - Borders.
 * @cssprop [--som-color-danger=#b3261e] - Errors and cancellations.
 * @cssprop [--som-color-success=#1e6b34] - Confirmations.
 * @cssprop [--som-font-family=inherit] - Font (default: the page's font).
 * @cssprop [--som-radius=0.5em] - Corner radius.
 * @cssprop [--som-space=1em] - Base spacing.
 * @cssprop [--som-focus-color=#1a56db] - Focus outline.
 * @cssprop [--som-min-height=12em] - Space reserved while the feed loads.
 */
export abstract class SomElement extends LitElement {
  static override styles = [baseStyles];

  // Declared without decorators: the decorator helpers would cost every widget ~0.4 KB.
  static override properties: PropertyDeclarations = { src: {} };
  /** URL of the feed; may be left out inside a `<som-feed>`. */
  declare src?: string;

  protected readonly feed = new FeedController(this);

  /**
   * The first update out of the page's script that added the element, and in two tasks: the feed's request, then
   * the placeholder (its first drawing runs Lit's code for the first time). In one task they ran up to 90 ms on a
   * phone (bench/phone.mjs). The request is made by the same call as in an update, which then finds it made.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) {
      await nextTask();
      if (this.isConnected) this.feed.hostUpdate();
      await nextTask();
    }
    return super.scheduleUpdate();
  }

  /** `lang` stays the native attribute (so `closest('[lang]')` sees it); changes re-render. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Content language preferences (FEED.md order), including the feed's own languages. */
  protected get langs(): string[] {
    const state = this.feed.state;
    return languagePrefs(this, state.status === 'ready' ? state.data.feed.network.languages : []);
  }

  /** Interface language. */
  protected get ui(): UiLang {
    return uiLang(this.langs);
  }

  /** Localised feed text as a plain string. */
  protected t(text: Text | undefined | null): string {
    return resolveText(text, this.langs);
  }

  /** Add a lazily loaded module's styles to this shadow root, once (constructed sheets: fine under a strict CSP). */
  protected adopt(styles: CSSResult): void {
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet!; // every supported browser has constructed sheets
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Render the shared states around the widget's own content (`state`: the calendar's first screen, drawn early). */
  protected renderFeed(ready: (data: LoadedFeed) => unknown, state = this.feed.state): TemplateResult | typeof nothing {
    const m = coreText(this.ui, this);
    switch (state.status) {
      case 'loading':
        return loadingView(m.loading);
      case 'no-source':
      case 'error': {
        const newer = state.status === 'error' && state.error instanceof FeedError && state.error.kind === 'version';
        const detail = newer ? m.newerVersion : state.status === 'no-source' ? m.noSource : m.errorHint;
        return errorView(m, detail, state.status === 'error' && !newer ? () => this.feed.reload() : undefined);
      }
      case 'ready':
        return html`${ready(state.data)}${state.data.stale ? this.renderStale(state.data.fetchedAt) : nothing}`;
    }
  }

  private renderStale(fetchedAt: number): TemplateResult {
    const date = dateFormat(this.ui, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(fetchedAt));
    return html`<p class="stale" part="stale">${fill(coreText(this.ui, this).stale, { date })}</p>`;
  }
}
