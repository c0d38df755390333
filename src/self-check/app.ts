/**
 * The self-check itself, once its instrument and text are there: the state of the questionnaire, saving,
 * a partner's link, focus, and the views. Loaded by <som-self-check> as its own chunk, so the page's
 * entry script stays small; the result view is a further chunk, loaded when the review step is reached.
 */
import { LitElement, html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { define } from '../core/define.js';
import { fill, type UiLang } from '../core/i18n.js';
import { coreText } from '../core/messages/index.js';
import { emit } from '../core/events.js';
import { lazy } from '../core/lazy.js';
import { errorView, loadingView } from '../core/states.js';
import { baseStyles } from '../core/styles.js';
import { resolveText, type Text } from '../feed/text.js';
import type { Instrument } from './instrument.js';
import { emptyAnswers, score, summary, type Answer, type Answers } from './scoring.js';
import { decode, encode, readHash, type ShareError } from './share.js';
import { DISCARDED, browserStorage, forget, persist, restore } from './storage.js';
import { ContextProvider } from '@lit/context';
import { resultContext } from './result-context.js';
import type { Messages } from './messages/index.js';
import { linkNotice, review, step, type ViewHost } from './views.js';
import { introView } from './intro.js';
import type { IntroTexts } from './intro-texts/index.js';
import { commonStyles, selfCheckStyles } from './styles.js';
import { introStyles } from './intro.js';
import type { ResultAction } from './result-view.js';
import { cleanNames } from './names.js';

type View = 'intro' | 'step' | 'review' | 'result' | 'shared';

/** The result view is its own chunk: the questionnaire does not need it until the end. */
const loadResultView = lazy(() => import('./result-view.js'));

/**
 * The questionnaire and its state (internal: rendered by <som-self-check>).
 * @internal
 */
export class SomSelfCheckApp extends LitElement implements ViewHost {
  // Declared without decorators, like SomElement's: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    messages: { attribute: false },
    texts: { attribute: false },
    begin: { attribute: false },
    locale: { attribute: false },
    contentLang: { attribute: false },
    resolve: { attribute: false },
    endpoint: { attribute: false },
    view: { state: true },
    step: { state: true },
    answers: { state: true },
    fromReview: { state: true },
    done: { state: true },
    linkError: { state: true },
    partner: { state: true },
    sent: { state: true },
    resultReady: { state: true },
    resultFailed: { state: true },
  };

  static override styles = [baseStyles, commonStyles, introStyles, selfCheckStyles];

  declare instrument: Instrument;
  declare messages: Messages;
  declare texts: IntroTexts;
  /** The visitor pressed "start" on the entry's own intro: go straight to the first step. */
  begin = false;
  locale: UiLang = 'nl';
  /** Content language, when it differs from the interface language. */
  declare contentLang: string | undefined;
  resolve: (t: Text | undefined) => string = (t) => resolveText(t, [this.locale]);
  /** A checked submit URL, or ''. */
  endpoint = '';

  private view: View = 'intro';
  step = 0;
  answers: Answers = emptyAnswers();
  fromReview = false;
  done = false;
  linkError: ShareError | null = null;
  private partner: Answers | null = null;
  private sent = false;
  private resultReady = false;
  private resultFailed = false;

  /** Saved answers of an older version of the questions were put aside: the intro says so once. */
  discarded = false;
  /** The settings every part of the result reads (result-context.ts). */
  private readonly settings = new ContextProvider(this, { context: resultContext });
  private restoredFor: string | undefined;
  private readonly storage = browserStorage();
  private focusNext = false;
  private readonly onHash = () => this.readLink(true);

  get storageOk(): boolean {
    return this.storage !== null;
  }

  get hasPartner(): boolean {
    return this.partner !== null;
  }

  get optIn(): boolean {
    return !!this.endpoint;
  }

  t(text: Text | undefined): string {
    return this.resolve(text);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('instrument') && this.instrument && this.restoredFor !== this.instrument.id) this.restoreFor();
    const keys = ['instrument', 'messages', 'locale', 'contentLang', 'resolve', 'endpoint'] as const;
    if (keys.some((k) => changed.has(k)))
      this.settings.setValue({
        instrument: this.instrument,
        messages: this.messages,
        locale: this.locale,
        contentLang: this.contentLang,
        resolve: this.resolve,
        endpoint: this.endpoint,
      });
  }

  /** Continue where this browser stopped with this instrument, then look for a partner's link. */
  private restoreFor(): void {
    const inst = this.instrument;
    this.restoredFor = inst.id;
    const restored = restore(this.storage, inst);
    this.discarded = restored === DISCARDED;
    const saved = restored === DISCARDED ? null : restored;
    this.answers = saved?.answers ?? emptyAnswers();
    this.step = saved?.step ?? 0;
    this.done = saved?.done ?? false;
    this.sent = saved?.sent ?? false;
    this.view = saved?.view ?? 'intro';
    if (!saved && this.begin) {
      this.begin = false;
      this.focusNext = true;
      this.view = 'step';
    }
    const fromStore = saved?.partner ? decode(inst, saved.partner) : null;
    this.partner = fromStore?.ok ? fromStore.answers : null;
    this.linkError = null;
    this.readLink(false);
    if (this.view === 'result' || this.view === 'review') void this.ensureResultView();
  }

  /** A partner's code in the page address (an opened link, or one pasted into the address bar later). */
  private readLink(userAction: boolean): void {
    const code = readHash(location.hash);
    if (!this.instrument || code === null) return;
    const decoded = decode(this.instrument, code);
    if (!decoded.ok) {
      this.linkError = decoded.error;
      return;
    }
    this.linkError = null;
    this.partner = decoded.answers;
    this.save();
    if (this.done) {
      this.view = 'result';
      void this.ensureResultView().then(() => userAction && this.focusResult('[data-compare]'));
    }
  }

  private async ensureResultView(): Promise<void> {
    try {
      await loadResultView();
      this.resultReady = true;
    } catch {
      this.resultFailed = true;
    }
  }

  private save(): void {
    const view = this.view === 'shared' ? (this.done ? 'result' : 'intro') : this.view;
    const partner = this.partner && encode(this.instrument, this.partner);
    persist(this.storage, this.instrument.id, {
      answers: this.answers,
      view,
      step: this.step,
      done: this.done,
      partner,
      sent: this.sent,
    });
  }

  private go(view: View, stepIndex = this.step): void {
    // The notice about answers of an older version is shown until the visitor moves on.
    this.discarded = false;
    this.view = view;
    this.step = stepIndex;
    this.focusNext = true;
    this.save();
  }

  protected override updated(): void {
    if (!this.focusNext) return;
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
    const inner = this.renderRoot.querySelector('som-self-check-result');
    if (heading) heading.focus();
    else if (inner) void inner.focusHeading();
    else return;
    this.focusNext = false;
  }

  private focusResult(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('som-self-check-result')?.focusHeading(selector));
  }

  // ViewHost: what the views call.

  start(): void {
    if (this.done) return this.showResult();
    this.fromReview = false;
    this.go('step');
  }

  choose(key: string, answer: Answer): void {
    this.answers = { ...this.answers, answers: { ...this.answers.answers, [key]: answer } };
    this.save();
  }

  chooseDesired(dimension: string, index: number | null): void {
    const desired = { ...this.answers.desired };
    if (index === null) delete desired[dimension];
    else desired[dimension] = index;
    this.answers = { ...this.answers, desired };
    this.save();
    // The "clear" button disappears with the choice: keep focus in the group.
    if (index === null)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>(`input[name="desired/${dimension}"]`)?.focus(),
      );
  }

  chooseIntended(level: string | null): void {
    const { intended: _old, ...rest } = this.answers;
    this.answers = level === null ? rest : { ...rest, intended: level };
    this.save();
    if (level === null)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLInputElement>('input[name="intended"]')?.focus(),
      );
  }

  back(): void {
    if (this.view === 'review') this.go('step', this.instrument.dimensions.length - 1);
    else if (this.step > 0) this.go('step', this.step - 1);
    else this.go('intro');
  }

  next(): void {
    if (this.step < this.instrument.dimensions.length - 1) this.go('step', this.step + 1);
    else this.review();
  }

  review(): void {
    this.fromReview = false;
    void this.ensureResultView();
    this.go('review');
  }

  edit(stepIndex: number): void {
    this.fromReview = true;
    this.go('step', stepIndex);
  }

  /** Shows the result (a loading state while its chunk arrives) and tells the page. */
  showResult(): void {
    this.done = true;
    this.go('result');
    void this.ensureResultView();
    emit(this, 'som-selfcheck-complete', summary(score(this.instrument, this.answers)));
  }

  showPartner(): void {
    this.go('shared');
    void this.ensureResultView();
  }

  restart(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private confirmRestart(): void {
    this.renderRoot.querySelector('dialog')?.close();
    forget(this.storage, this.instrument.id);
    this.restoreFor();
    this.go('intro');
  }

  private onResultAction(e: CustomEvent<ResultAction>): void {
    const d = e.detail;
    switch (d.action) {
      case 'edit':
        return this.go('review');
      case 'restart':
        return this.restart();
      case 'fill-in':
        return this.start();
      case 'close-compare':
        this.partner = null;
        // Otherwise a reload would open the comparison again.
        if (readHash(location.hash) !== null) history.replaceState(history.state, '', location.href.split('#')[0]);
        this.save();
        return this.focusResult('[data-heading]');
      case 'sent':
        this.sent = true;
        return this.save();
      case 'names': {
        // Kept with the answers (this browser, the share link); an emptied pair removes the key.
        const { names: _old, ...rest } = this.answers;
        const names = cleanNames(d.names);
        this.answers = names ? { ...rest, names } : rest;
        return this.save();
      }
      case 'partner': {
        const decoded = decode(this.instrument, d.code);
        if (!decoded.ok) return;
        this.partner = decoded.answers;
        this.linkError = null;
        this.save();
        return this.focusResult('[data-compare]');
      }
    }
  }

  protected override render(): TemplateResult {
    const m = this.messages;
    return html`${this.renderView(m)}
      <dialog aria-labelledby="sc-confirm-title" aria-describedby="sc-confirm-text">
        <h2 id="sc-confirm-title">${m.confirmTitle}</h2>
        <p id="sc-confirm-text">${m.confirmText}</p>
        <div class="nav">
          <button type="button" class="button" @click=${() => this.confirmRestart()}>${m.confirmYes}</button>
          <button type="button" class="button secondary" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>${m.cancel}</button>
        </div>
      </dialog>`;
  }

  private renderView(m: Messages): TemplateResult | typeof nothing {
    const inst = this.instrument;
    switch (this.view) {
      case 'intro': {
        const started = Object.keys(this.answers.answers).length > 0 || Object.keys(this.answers.desired).length > 0;
        return introView(this, this.texts, inst, {
          notice: linkNotice(this, m),
          action: this.done ? m.toResult : started ? fill(m.resume, { step: this.step + 1 }) : undefined,
          restart: started ? { label: m.restart, run: () => this.restart() } : undefined,
        });
      }
      case 'step':
        return step(this, m, inst);
      case 'review':
        return review(this, m, inst);
      case 'result':
      case 'shared': {
        const c = coreText(this.locale, this);
        if (this.resultFailed) return errorView(c, c.errorHint);
        if (!this.resultReady) return loadingView(c.loading);
        const shared = this.view === 'shared' && this.partner !== null;
        return html`<som-self-check-result
          .answers=${shared ? this.partner! : this.answers}
          .partner=${shared ? null : this.partner}
          .shared=${shared}
          .sent=${this.sent}
          .linkError=${this.linkError}
          @sc-action=${this.onResultAction}
        ></som-self-check-result>`;
      }
    }
  }
}

define('som-self-check-app', SomSelfCheckApp);

declare global {
  interface HTMLElementTagNameMap {
    'som-self-check-app': SomSelfCheckApp;
  }
}
