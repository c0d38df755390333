import { html, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SomElement } from '../core/som-element.js';
import { coreText } from '../core/messages/index.js';
import { lazy, whenIdle } from '../core/lazy.js';
import { errorView, loadingView } from '../core/states.js';
import { safeUrl } from '../feed/url.js';
import type { Text } from '../feed/text.js';
import {
  BUILTIN_ID,
  DIMENSION_IDS,
  contentLang,
  loadBuiltin,
  type ContentLang,
  type Instrument,
} from './instrument.js';
import { loadMessages, type Messages } from './messages/index.js';
import { introTexts } from './intro-texts/index.js';
import { introStyles, introView, type IntroHost } from './intro.js';
import { commonStyles } from './styles-common.js';
import { browserStorage, readHash, storageKey } from './first-visit.js';

/** What the intro counts of the built-in instrument: eleven dimensions of two questions (InstrumentText's shape). */
const BUILTIN_SHAPE = DIMENSION_IDS.map(() => ({ questions: [1, 2] }));

/** The questionnaire is its own chunk, loaded with the visitor's language (see app.ts). */
const loadApp = lazy(() => import('./app.js'));

/**
 * The one loader of everything the questionnaire needs in a language: its texts, the built-in instrument (not
 * for a feed's own) and its chunk. Each part is fetched once per page; after a failure, again on the next call.
 */
const loadQuestionnaire = (ui: Parameters<typeof loadMessages>[0], builtin: boolean) =>
  Promise.all([loadMessages(ui), builtin ? loadBuiltin(contentLang(ui)) : undefined, loadApp()]);

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
 * @cssprop [--som-selfcheck-second-color=#9c4200] - Colour of the desired state and of the partner in the radar.
 */
export class SomSelfCheck extends SomElement {
  // Declared without decorators, like SomElement's: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    instrument: {},
    submitEndpoint: { attribute: 'submit-endpoint' },
    failed: { state: true },
  };

  static override styles = [...SomElement.styles, commonStyles, introStyles];

  /** Id of an instrument in the feed's `selfChecks`. Without it, the built-in instrument runs and no feed is needed. */
  declare instrument?: string;

  /** Where to POST the anonymous scores when the visitor opts in. Without it, nothing is ever sent. */
  declare submitEndpoint?: string;

  private failed = false;
  private messages?: { lang: string; m: Messages };
  private builtin?: { lang: ContentLang; instrument: Instrument };
  private appReady = false;
  /**
   * The questionnaire is needed: the visitor pressed "start", has answers saved, or opened a partner's
   * link. Until then a first-time visitor sees the intro drawn by this element alone, and the
   * questionnaire's chunks are fetched while the page is idle.
   */
  private wantApp = false;
  /** Pressed "start" on that intro: the questionnaire opens at its first step. */
  private begin = false;
  private prefetched = false;
  /** The language being loaded, so that updates meanwhile do not ask again. */
  private loading?: string;
  private readonly onHash = () => {
    if (!this.wantApp && readHash(location.hash) !== null) this.requestUpdate();
  };

  private get fromFeed(): boolean {
    return !!this.instrument && this.instrument !== BUILTIN_ID;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const id = this.fromFeed ? this.instrument! : BUILTIN_ID;
    this.wantApp ||= readHash(location.hash) !== null || !!browserStorage()?.getItem(storageKey(id));
    // A feed without the instrument asked for: the message saying so is in the questionnaire's texts.
    const s = this.feed.state;
    const missing = this.fromFeed && s.status === 'ready' && !s.data.feed.selfChecks.some((i) => i.id === id);
    if (this.wantApp || missing) this.load();
  }

  /** Fetch what the questionnaire needs in the visitor's language (once; again after a failure). */
  private load(): void {
    const ui = this.ui;
    const lang = contentLang(ui);
    const ready = this.messages?.lang === ui && (this.fromFeed || this.builtin?.lang === lang) && this.appReady;
    if (ready || this.loading === ui) return;
    this.loading = ui;
    loadQuestionnaire(ui, !this.fromFeed).then(
      ([m, instrument]) => {
        this.loading = undefined;
        this.messages = { lang: ui, m };
        if (instrument) this.builtin = { lang, instrument };
        this.appReady = true;
        this.requestUpdate();
      },
      () => {
        this.loading = undefined;
        this.failed = true;
      },
    );
  }

  /** While the visitor reads the intro: fetch the questionnaire, so "start" answers at once. */
  private prefetch(): void {
    if (this.prefetched) return;
    this.prefetched = true;
    const ui = this.ui;
    // Failures are ignored here: "start" asks again, and says so if it still fails.
    whenIdle(() => loadQuestionnaire(ui, !this.fromFeed).catch(() => {}));
  }

  private start(): void {
    this.wantApp = true;
    this.begin = true;
    this.requestUpdate();
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
    if (!this.fromFeed)
      return this.renderWith(this.builtin?.lang === contentLang(this.ui) ? this.builtin.instrument : undefined);
    return this.renderFeed(({ feed }) => {
      const inst = feed.selfChecks.find((i) => i.id === this.instrument);
      return inst ? this.renderWith(inst) : this.renderProblem(this.messages?.m.notFound ?? '', false);
    });
  }

  private renderProblem(message: string, retry: boolean): TemplateResult {
    const c = coreText(this.ui, this);
    return errorView(c, message || c.errorHint, retry ? () => this.retry() : undefined);
  }

  private renderWith(inst: Instrument | undefined): TemplateResult {
    if (this.failed) return this.renderProblem('', true);
    const texts = introTexts(this.ui, () => this.requestUpdate());
    const cl = contentLang(this.ui);
    if (texts && !this.wantApp) {
      this.prefetch();
      const host: IntroHost = {
        storageOk: !!browserStorage(),
        optIn: !!this.endpoint(),
        contentLang: !this.fromFeed && cl !== this.ui ? cl : undefined,
        t: (t) => this.t(t),
        start: () => this.start(),
      };
      return introView(host, texts, this.fromFeed ? inst! : { ...texts.builtin, dimensions: BUILTIN_SHAPE });
    }
    const m = this.messages?.lang === this.ui ? this.messages.m : undefined;
    if (!m || !inst || !this.appReady || !texts) {
      return loadingView(coreText(this.ui, this).loading);
    }
    return html`<som-self-check-app
      .instrument=${inst}
      .messages=${m}
      .texts=${texts}
      .begin=${this.begin}
      .locale=${this.ui}
      .contentLang=${!this.fromFeed && cl !== this.ui ? cl : undefined}
      .resolve=${(t: Text | undefined) => this.t(t)}
      .endpoint=${this.endpoint()}
    ></som-self-check-app>`;
  }
}
