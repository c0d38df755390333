import { html, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SomElement } from '../core/som-element.js';
import { coreText } from '../core/i18n.js';
import { safeUrl } from '../feed/url.js';
import type { Text } from '../feed/text.js';
import { BUILTIN_ID, contentLang, loadBuiltin, type ContentLang, type Instrument } from './instrument.js';
import { loadMessages, type Messages } from './messages.js';

/** The questionnaire is its own chunk, loaded with the visitor's language (see app.ts). */
let app: Promise<unknown> | undefined;
const loadApp = () =>
  (app ??= import('./app.js').catch((e: unknown) => {
    app = undefined;
    throw e;
  }));

/**
 * A partner organisation's self-check of its partnership (SELF-CHECK.md): an intro, one step per
 * dimension, a review, and the result — the level on the collaboration spectrum, a radar with the same
 * numbers in a table, strengths and work points — with print, JSON export, a share link that carries the
 * answers in the URL fragment, and a comparison with a partner's link. Answers stay in the browser
 * (localStorage); only with `submit-endpoint` and the visitor's explicit consent are anonymous scores sent.
 *
 * @tagname som-self-check
 * @summary The partner self-check: where a partnership stands, from co-existing to collective impact.
 * @slot - Fallback content, shown until the element is defined and when a feed instrument cannot be loaded.
 * @fires som-selfcheck-complete - The visitor asked for the result: `{ instrumentId, overall, level, dimensions }` (scores only).
 * @fires som-feed-load - With `src` and `instrument`: the feed was loaded.
 * @fires som-feed-error - With `src` and `instrument`: the feed could not be loaded.
 * @csspart loading - The placeholder while the questionnaire loads.
 * @csspart error - The message when it cannot be loaded.
 * @cssprop --som-selfcheck-second-color - Colour of the desired state and of the partner in the radar (default #9c4200).
 */
export class SomSelfCheck extends SomElement {
  // Declared without decorators, like SomElement's: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    instrument: {},
    submitEndpoint: { attribute: 'submit-endpoint' },
    failed: { state: true },
  };

  /** Id of an instrument in the feed's `selfChecks`. Without it, the built-in instrument runs and no feed is needed. */
  declare instrument?: string;

  /** Where to POST the anonymous scores when the visitor opts in. Without it, nothing is ever sent. */
  declare submitEndpoint?: string;

  private failed = false;
  private messages?: { lang: string; m: Messages };
  private builtin?: { lang: ContentLang; instrument: Instrument };
  private appReady = false;

  private get fromFeed(): boolean {
    return !!this.instrument && this.instrument !== BUILTIN_ID;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ui = this.ui;
    const fail = () => (this.failed = true);
    if (this.messages?.lang !== ui) {
      loadMessages(ui).then((m) => {
        this.messages = { lang: ui, m };
        this.requestUpdate();
      }, fail);
    }
    const lang = contentLang(ui);
    if (!this.fromFeed && this.builtin?.lang !== lang) {
      loadBuiltin(lang).then((instrument) => {
        this.builtin = { lang, instrument };
        this.requestUpdate();
      }, fail);
    }
    if (!this.appReady) {
      loadApp().then(() => {
        this.appReady = true;
        this.requestUpdate();
      }, fail);
    }
  }

  /** The submit URL, resolved against the page and held to the URL rule (https, or http on localhost). */
  private endpoint(): string {
    try {
      return (this.submitEndpoint && safeUrl(new URL(this.submitEndpoint, document.baseURI).href)) || '';
    } catch {
      return '';
    }
  }

  /** Try the chunks again after a failed load (the retry button). */
  private retry(): void {
    this.failed = false;
    this.messages = undefined;
    this.builtin = undefined;
    this.requestUpdate();
  }

  protected override render() {
    if (!this.fromFeed) return this.renderWith(this.builtin?.lang === contentLang(this.ui) ? this.builtin.instrument : undefined);
    return this.renderFeed(({ feed }) => {
      const inst = feed.selfChecks.find((i) => i.id === this.instrument);
      return inst ? this.renderWith(inst) : this.renderProblem(this.messages?.m.notFound ?? '', false);
    });
  }

  private renderProblem(message: string, retry: boolean): TemplateResult {
    const c = coreText(this.ui, this);
    return html`<div class="error" part="error">
        <p><strong>${c.errorTitle}</strong> ${message || c.errorHint}</p>
        ${retry ? html`<button type="button" class="button secondary" @click=${() => this.retry()}>${c.retry}</button>` : ''}
      </div>
      <slot></slot>`;
  }

  private renderWith(inst: Instrument | undefined): TemplateResult {
    if (this.failed) return this.renderProblem('', true);
    const m = this.messages?.lang === this.ui ? this.messages.m : undefined;
    if (!m || !inst || !this.appReady) {
      return html`<div class="state loading" part="loading" role="status" aria-busy="true">
        <span class="visually-hidden">${coreText(this.ui, this).loading}</span>
        <div class="bar" aria-hidden="true"></div><div class="bar" aria-hidden="true"></div>
        <div class="bar" aria-hidden="true"></div><div class="bar" aria-hidden="true"></div>
      </div>`;
    }
    const cl = contentLang(this.ui);
    return html`<som-self-check-app
      .instrument=${inst}
      .messages=${m}
      .locale=${this.ui}
      .contentLang=${!this.fromFeed && cl !== this.ui ? cl : undefined}
      .resolve=${(t: Text | undefined) => this.t(t)}
      .endpoint=${this.endpoint()}
    ></som-self-check-app>`;
  }
}
