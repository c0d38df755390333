/**
 * What a partner does with a result: name the partnership, print, download, share the link, paste a
 * partner's link, and (when the page opted in) send the anonymous scores. Its own element, because it
 * holds state (the copied link, the paste error, consent) that the rest of the result does not need.
 */
import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { baseStyles, formStyles } from '../core/styles.js';
import { define } from '../core/define.js';
import { summary, type Answers, type Result } from './scoring.js';
import { decode, encode, extractCode, shareLink, type ShareError } from './share.js';
import { exportData } from './export.js';
import { resultStyles } from './result-styles.js';
import { MAX_NAME, type Names } from './names.js';
import { levels, resultContext, type ResultSettings } from './result-context.js';

export type ResultAction =
  | { action: 'edit' | 'restart' | 'fill-in' | 'close-compare' | 'sent' }
  | { action: 'partner'; code: string }
  | { action: 'names'; names: Names };

/** Tell the questionnaire (app.ts): the event crosses the result's shadow root. */
export function act(from: HTMLElement, detail: ResultAction): void {
  from.dispatchEvent(new CustomEvent<ResultAction>('sc-action', { detail, bubbles: true, composed: true }));
}

/** The names fields, beside the markup they style. */
const namesStyles = css`
  .names-form {
    margin-block-start: 2em;
    border-block-start: 1px solid var(--_line);
  }
  .names-form .field + .field {
    margin-block-start: 0.75em;
  }
  .names-form input {
    max-width: 32em;
  }
`;

/**
 * The actions under a result (internal).
 * @internal
 */
export class SomSelfCheckActions extends LitElement {
  static override properties: PropertyDeclarations = {
    answers: { attribute: false },
    result: { attribute: false },
    sent: { attribute: false },
    copy: { state: true },
    link: { state: true },
    pasteError: { state: true },
    consent: { state: true },
    submit: { state: true },
  };

  static override styles = [baseStyles, formStyles, resultStyles, namesStyles];

  declare answers: Answers;
  declare result: Result;
  sent = false;

  private readonly settings = new ContextConsumer(this, { context: resultContext, subscribe: true });
  private copy: 'idle' | 'copied' | 'failed' = 'idle';
  private link = '';
  private pasteError: ShareError | null = null;
  private consent = false;
  private submit: 'idle' | 'need-consent' | 'sending' | 'failed' = 'idle';

  private get s(): ResultSettings {
    return this.settings.value!;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.settings.value) return nothing;
    const m = this.s.messages;
    const status = this.copy === 'copied' ? m.copied : this.copy === 'failed' ? m.copyFailed : '';
    return html`${this.renderNameFields()}
      <section class="actions no-print" aria-labelledby="sc-actions">
        <h3 id="sc-actions">${m.actions}</h3>
        <div class="buttons">
          <button type="button" class="button secondary" @click=${() => window.print()}>${m.print}</button>
          <button type="button" class="button secondary" ?disabled=${this.result.overall === null} @click=${() => this.download()}>${m.download}</button>
          <button type="button" class="button secondary" @click=${() => this.copyLink()}>${m.share}</button>
        </div>
        <p class="status-text" role="status">${status}</p>
        ${
          this.link
            ? html`<div class="field">
              <label for="sc-link">${m.shareLabel}</label>
              <input id="sc-link" type="text" readonly .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            </div>`
            : nothing
        }
        <p class="muted small">${m.shareNote}</p>
      </section>
      <section class="compare-form no-print" aria-labelledby="sc-compare-form">
        <h3 id="sc-compare-form">${m.compareTitle}</h3>
        <p>${m.compareLead}</p>
        <form @submit=${this.onPaste} novalidate>
          <label for="sc-paste">${m.pasteLabel}</label>
          <div class="row">
            <input
              id="sc-paste"
              name="paste"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${this.pasteError ? 'true' : 'false'}
              aria-describedby="sc-paste-error"
            />
            <button type="submit" class="button secondary">${m.compare}</button>
          </div>
          <p id="sc-paste-error" class="field-error" role="alert">${this.pasteError ? m.errors[this.pasteError] : ''}</p>
        </form>
      </section>
      ${this.s.endpoint ? this.renderSubmit() : nothing}`;
  }

  /** The two optional name fields; a change goes to the questionnaire, which keeps it with the answers. */
  private renderNameFields(): TemplateResult {
    const m = this.s.messages;
    const n = this.answers.names;
    const field = (id: string, label: string, value: string, autocomplete: string) => html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" dir="auto" maxlength=${MAX_NAME} autocomplete=${autocomplete} aria-describedby="sc-names-lead" .value=${value} @change=${this.onNames} />
    </div>`;
    return html`<section class="names-form no-print" aria-labelledby="sc-names">
      <h3 id="sc-names">${m.namesTitle}</h3>
      <p id="sc-names-lead">${m.namesLead}</p>
      ${field('sc-name-own', m.nameOwn, n?.own ?? '', 'organization')} ${field('sc-name-partner', m.namePartner, n?.partner ?? '', 'off')}
    </section>`;
  }

  private onNames(): void {
    const value = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    // A link copied before now would carry the old names: copy again.
    this.link = '';
    this.copy = 'idle';
    act(this, { action: 'names', names: { own: value('sc-name-own'), partner: value('sc-name-partner') } });
  }

  private renderSubmit(): TemplateResult {
    const m = this.s.messages;
    const status = this.sent
      ? m.submitDone
      : { idle: '', 'need-consent': m.submitNeedConsent, sending: m.submitSending, failed: m.submitFailed }[
          this.submit
        ];
    return html`<section class="submit no-print" aria-labelledby="sc-submit">
      <h3 id="sc-submit">${m.submitTitle}</h3>
      <p>${m.submitLead}</p>
      ${
        this.sent
          ? nothing
          : html`<div class="check">
              <input id="sc-consent" type="checkbox" .checked=${this.consent} @change=${(e: Event) => this.onConsent(e)} />
              <label for="sc-consent">${m.submitConsent}</label>
            </div>
            <button type="button" class="button secondary" ?disabled=${this.submit === 'sending'} @click=${() => this.send()}>${m.submit}</button>`
      }
      <p class="status-text ${this.sent ? 'success' : this.submit === 'failed' || this.submit === 'need-consent' ? 'failure' : ''}" role="status">${status}</p>
    </section>`;
  }

  private onConsent(e: Event): void {
    this.consent = (e.target as HTMLInputElement).checked;
    if (this.consent && this.submit === 'need-consent') this.submit = 'idle';
  }

  private onPaste(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('paste') as HTMLInputElement;
    const value = input.value;
    const decoded = decode(this.s.instrument, value);
    const extracted = extractCode(value);
    if (!decoded.ok || !extracted.ok) {
      this.pasteError = decoded.ok ? 'format' : decoded.error;
      input.focus();
      return;
    }
    this.pasteError = null;
    input.value = '';
    act(this, { action: 'partner', code: extracted.code });
  }

  private async copyLink(): Promise<void> {
    this.link = shareLink(location.href, encode(this.s.instrument, this.answers));
    try {
      await navigator.clipboard.writeText(this.link);
      this.copy = 'copied';
    } catch {
      this.copy = 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#sc-link')?.focus();
    }
  }

  private download(): void {
    const s = this.s;
    const level = levels(s).find((l) => l.id === this.result.level);
    const data = exportData(s.instrument, this.answers, this.result, {
      resolve: s.resolve,
      generic: s.messages.generic,
      language: s.locale,
      levelLabel: level?.label ?? null,
      date: new Date(),
    });
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${s.messages.fileName}-${new Date().toISOString().slice(0, 10)}.json`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async send(): Promise<void> {
    if (!this.consent) {
      this.submit = 'need-consent';
      this.renderRoot.querySelector<HTMLInputElement>('#sc-consent')?.focus();
      return;
    }
    this.submit = 'sending';
    try {
      const response = await fetch(this.s.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(summary(this.result)),
        credentials: 'omit',
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.submit = 'idle';
      act(this, { action: 'sent' });
    } catch {
      this.submit = 'failed';
    }
  }
}

define('som-self-check-actions', SomSelfCheckActions);

declare global {
  interface HTMLElementTagNameMap {
    'som-self-check-actions': SomSelfCheckActions;
  }
}
