/**
 * The result, loaded only when a result is shown (so the questionnaire's entry stays small). The element
 * only puts the parts in order; each part is its own module: the level (result-level.ts), the scores
 * (result-scores.ts), the summary and advice (result-advice.ts), the plan (result-plan.ts), the actions
 * (result-actions.ts) and the comparison (result-compare.ts, a further chunk). Settings come through
 * `@lit/context` (result-context.ts).
 */
import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { baseStyles } from '../core/styles.js';
import { define } from '../core/define.js';
import { lazy } from '../core/lazy.js';
import { localeFor } from '../feed/dates.js';
import { score, type Answers } from './scoring.js';
import type { ShareError } from './share.js';
import { resultStyles } from './result-styles.js';
import { resultContext, type ResultSettings } from './result-context.js';
import { levelView } from './result-level.js';
import { scoresView } from './result-scores.js';
import { adviceView, summaryView } from './result-advice.js';
import { planView } from './result-plan.js';
import { act } from './result-actions.js';

export type { ResultAction } from './result-actions.js';

/** The comparison is opened by few: its own chunk. */
const loadCompare = lazy(() => import('./result-compare.js'));

/** The names on the result, beside the markup they style. */
const namesStyles = css`
  .names {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0.5em 0 0;
  }
  .names dt {
    font-weight: 600;
  }
  .names dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

/**
 * The result of <som-self-check> (internal: rendered by it, never used on its own).
 * @internal
 */
export class SomSelfCheckResult extends LitElement {
  static override properties: PropertyDeclarations = {
    answers: { attribute: false },
    partner: { attribute: false },
    shared: { attribute: false },
    sent: { attribute: false },
    linkError: { attribute: false },
  };

  static override styles = [baseStyles, resultStyles, namesStyles];

  /** The answers shown: your own, or (with `shared`) the partner's. */
  declare answers: Answers;
  partner: Answers | null = null;
  shared = false;
  sent = false;
  /** Why a partner's link in the page address was refused, if it was. */
  linkError: ShareError | null = null;

  private readonly settings = new ContextConsumer(this, { context: resultContext, subscribe: true });
  private compare?: typeof import('./result-compare.js');
  private compareFailed = false;

  /** Move focus to a heading (after a view change or opening the comparison). */
  async focusHeading(selector = '[data-heading]'): Promise<void> {
    if (selector === '[data-compare]') await this.ensureCompare();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async ensureCompare(): Promise<void> {
    if (this.compare) return;
    try {
      this.compare = await loadCompare();
    } catch {
      this.compareFailed = true;
    }
    this.requestUpdate();
  }

  protected override render(): TemplateResult | typeof nothing {
    const s = this.settings.value;
    if (!s) return nothing;
    const m = s.messages;
    const result = score(s.instrument, this.answers);
    const answered = result.overall !== null;
    return html`<article class="result" part="result" aria-labelledby="sc-result">
      <h2 id="sc-result" tabindex="-1" data-heading>${this.shared ? m.sharedTitle : m.resultTitle}</h2>
      <p class="print-only muted small">
        <span lang=${s.contentLang ?? nothing}>${s.resolve(s.instrument.title)}</span> ·
        ${new Intl.DateTimeFormat(localeFor(s.locale), { dateStyle: 'long' }).format(new Date())}
      </p>
      ${this.renderNames(s)}
      ${this.shared ? html`<p class="notice">${m.sharedNote}</p>` : nothing}
      ${this.linkError ? html`<div class="notice error-notice" role="alert"><p>${m.linkRefused} ${m.errors[this.linkError]}</p></div>` : nothing}
      ${
        answered
          ? html`${levelView(s, result, this.answers)} ${summaryView(s, result)} ${scoresView(s, result)}
            ${adviceView(s, result)} ${this.partner && !this.shared ? this.renderCompare(s, result) : nothing}
            ${this.shared ? nothing : planView(s, result)}`
          : html`<p class="notice">${m.notEnoughResult}</p>`
      }
      ${this.shared ? nothing : html`<som-self-check-actions .answers=${this.answers} .result=${result} .sent=${this.sent}></som-self-check-actions>`}
      <div class="nav no-print">
        ${
          this.shared
            ? html`<button type="button" class="button" @click=${() => act(this, { action: 'fill-in' })}>${m.fillIn}</button>`
            : html`<button type="button" class="button secondary" @click=${() => act(this, { action: 'edit' })}>${m.editAnswers}</button>
              <button type="button" class="button secondary" @click=${() => act(this, { action: 'restart' })}>${m.restart}</button>`
        }
      </div>
    </article>`;
  }

  private renderCompare(s: ResultSettings, mine: ReturnType<typeof score>): TemplateResult {
    const view = this.compare;
    if (!view) {
      void this.ensureCompare();
      // aria-busy while the chunk loads: assistive technology (and the tests) wait for it.
      return html`<p class="muted" role="status" aria-busy=${this.compareFailed ? 'false' : 'true'}>
        ${this.compareFailed ? s.messages.compareFailed : ''}
      </p>`;
    }
    return view.compareView(
      s,
      { answers: this.answers, result: mine },
      { answers: this.partner!, result: score(s.instrument, this.partner!) },
      () => act(this, { action: 'close-compare' }),
    );
  }

  /** Which partnership the result is about, on screen and on paper (the answers' own names: a partner's in the shared view). */
  private renderNames(s: ResultSettings): TemplateResult | typeof nothing {
    const n = this.answers.names;
    if (!n) return nothing;
    return html`<dl class="names">
      ${n.own ? html`<dt>${s.messages.filledInBy}</dt><dd dir="auto">${n.own}</dd>` : nothing}
      ${n.partner ? html`<dt>${s.messages.partnershipWith}</dt><dd dir="auto">${n.partner}</dd>` : nothing}
    </dl>`;
  }
}

define('som-self-check-result', SomSelfCheckResult);

declare global {
  interface HTMLElementTagNameMap {
    'som-self-check-result': SomSelfCheckResult;
  }
}
