/**
 * The result and the comparison, loaded only when a result is shown (so the questionnaire's entry stays
 * small): the level on the spectrum, the radar and the same numbers in a table, strengths and work points,
 * print, JSON export, the share link, comparing with a partner and the opt-in submission.
 */
import { LitElement, css, html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { baseStyles, formStyles } from '../core/styles.js';
import { define } from '../core/define.js';
import { fill } from '../core/i18n.js';
import { resolveText, type Text } from '../feed/text.js';
import { localeFor } from '../feed/dates.js';
import { DEFAULT_LEVELS, type Instrument } from './instrument.js';
import { score, summary, type Answers, type DimensionResult, type Result } from './scoring.js';
import { compare } from './compare.js';
import { decode, encode, extractCode, shareLink, type ShareError } from './share.js';
import { labelPlace, polygon, ring, spokes, vertices, wrapLabel, type RadarGeometry } from './radar.js';
import { exportData } from './export.js';
import type { Messages } from './messages/index.js';
import { resultStyles } from './result-styles.js';
import { MAX_NAME, type Names } from './names.js';

export type ResultAction =
  | { action: 'edit' | 'restart' | 'fill-in' | 'close-compare' | 'sent' }
  | { action: 'partner'; code: string }
  | { action: 'names'; names: Names };

type Series = { values: (number | null)[]; kind: 'now' | 'desired' | 'partner' };

const WIDE: RadarGeometry = { cx: 320, cy: 200, r: 155, max: 5 };
const NARROW: RadarGeometry = { cx: 150, cy: 150, r: 112, max: 5 };

/** The names on the result and their fields, beside the markup they style. */
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
 * The result of <som-self-check> (internal: rendered by it, never used on its own).
 * @internal
 */
export class SomSelfCheckResult extends LitElement {
  // Declared without decorators, like SomElement's: no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    instrument: { attribute: false },
    messages: { attribute: false },
    answers: { attribute: false },
    partner: { attribute: false },
    shared: { attribute: false },
    endpoint: { attribute: false },
    sent: { attribute: false },
    linkError: { attribute: false },
    locale: { attribute: false },
    contentLang: { attribute: false },
    resolve: { attribute: false },
    copy: { state: true },
    link: { state: true },
    pasteError: { state: true },
    consent: { state: true },
    submit: { state: true },
  };

  static override styles = [baseStyles, formStyles, resultStyles, namesStyles];

  declare instrument: Instrument;
  declare messages: Messages;
  /** The answers shown: your own, or (with `shared`) the partner's. */
  declare answers: Answers;
  partner: Answers | null = null;
  shared = false;
  /** A checked submit URL, or '' when the page did not opt in. */
  endpoint = '';
  sent = false;
  /** Why a partner's link in the page address was refused, if it was. */
  linkError: ShareError | null = null;
  locale = 'nl';
  declare contentLang: string | undefined;
  resolve: (t: Text | undefined) => string = (t) => resolveText(t, [this.locale]);

  private copy: 'idle' | 'copied' | 'failed' = 'idle';
  private link = '';
  private pasteError: ShareError | null = null;
  private consent = false;
  private submit: 'idle' | 'need-consent' | 'sending' | 'failed' = 'idle';

  private act(detail: ResultAction): void {
    this.dispatchEvent(new CustomEvent<ResultAction>('sc-action', { detail }));
  }

  /** Move focus to a heading (after a view change or opening the comparison). */
  async focusHeading(selector = '[data-heading]'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private get m(): Messages {
    return this.messages;
  }

  private num(x: number | null): string {
    return x === null ? '–' : new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(x);
  }

  private levels(): { id: string; min: number; label: string; description: string }[] {
    const own = this.instrument.levels?.length ? [...this.instrument.levels].sort((a, b) => a.min - b.min) : null;
    if (own)
      return own.map((l) => ({
        id: l.id,
        min: l.min,
        label: this.resolve(l.label),
        description: this.resolve(l.description),
      }));
    const table = this.m.levels as Record<string, { label: string; description: string }>;
    return DEFAULT_LEVELS.map((l) => ({
      id: l.id,
      min: l.min,
      label: table[l.id]?.label ?? l.id,
      description: table[l.id]?.description ?? '',
    }));
  }

  private label(id: string): string {
    return this.resolve(this.instrument.dimensions.find((d) => d.id === id)?.label);
  }

  protected override render() {
    const m = this.m;
    const result = score(this.instrument, this.answers);
    const cl = this.contentLang;
    return html`<article class="result" part="result" aria-labelledby="sc-result">
      <h2 id="sc-result" tabindex="-1" data-heading>${this.shared ? m.sharedTitle : m.resultTitle}</h2>
      <p class="print-only muted small">
        <span lang=${cl ?? nothing}>${this.resolve(this.instrument.title)}</span> ·
        ${new Intl.DateTimeFormat(localeFor(this.locale), { dateStyle: 'long' }).format(new Date())}
      </p>
      ${this.renderNames()}
      ${this.shared ? html`<p class="notice">${m.sharedNote}</p>` : nothing}
      ${this.linkError ? html`<div class="notice error-notice" role="alert"><p>${m.linkRefused} ${m.errors[this.linkError]}</p></div>` : nothing}
      ${
        result.overall === null
          ? html`<p class="notice">${m.notEnoughResult}</p>`
          : html`${this.renderLevel(result)} ${this.renderScores(result)}
            <div class="tops">
              ${this.renderTop(m.strengths, result.strengths, result, 'high')} ${this.renderTop(m.priorities, result.priorities, result, 'low')}
            </div>
            ${this.partner && !this.shared ? this.renderCompare(result, score(this.instrument, this.partner)) : nothing}`
      }
      ${this.shared ? nothing : this.renderActions(result)}
      <div class="nav no-print">
        ${
          this.shared
            ? html`<button type="button" class="button" @click=${() => this.act({ action: 'fill-in' })}>${m.fillIn}</button>`
            : html`<button type="button" class="button secondary" @click=${() => this.act({ action: 'edit' })}>${m.editAnswers}</button>
              <button type="button" class="button secondary" @click=${() => this.act({ action: 'restart' })}>${m.restart}</button>`
        }
      </div>
    </article>`;
  }

  private renderLevel(result: Result): TemplateResult {
    const m = this.m;
    const levels = this.levels();
    const current = levels.find((l) => l.id === result.level);
    const blocked = result.blocked && levels.find((l) => l.id === result.blocked!.level);
    return html`<section class="level" aria-labelledby="sc-level">
      <p>${m.levelIntro}</p>
      <p class="level-name" id="sc-level">${current?.label ?? result.level}</p>
      ${current?.description ? html`<p>${current.description}</p>` : nothing}
      <p class="overall">${fill(m.overall, { score: this.num(result.overall) })}</p>
      <h3 class="spectrum-title">${m.spectrum}</h3>
      <ol class="spectrum">
        ${levels.map(
          (
            l,
          ) => html`<li class=${l.id === result.level ? 'current' : ''} aria-current=${l.id === result.level ? 'step' : nothing}>
            <span class="level-label">${l.label}</span>
            ${l.id === result.level ? html`<span class="here">${m.youAreHere}</span>` : nothing}
          </li>`,
        )}
      </ol>
      <p class="note">${m.higherNotBetter}</p>
      ${
        blocked
          ? html`<p class="note">
            ${fill(m.blocked, { level: blocked.label, current: current?.label ?? '', dimensions: result.blocked!.dimensions.map((id) => this.label(id)).join(', ') })}
          </p>`
          : nothing
      }
      ${
        result.answeredDimensions < result.dimensions.length
          ? html`<p class="notice">${fill(m.partial, { count: result.answeredDimensions, total: result.dimensions.length })}</p>`
          : nothing
      }
    </section>`;
  }

  private radar(series: Series[], altId: string): TemplateResult {
    const labels = this.instrument.dimensions.map((d) => this.resolve(d.label));
    return html`${this.radarSvg(series, labels, altId, true)}${this.radarSvg(series, labels, altId, false)}`;
  }

  private radarSvg(series: Series[], labels: string[], altId: string, wide: boolean): TemplateResult {
    const g = wide ? WIDE : NARROW;
    const n = labels.length;
    return html`<svg class="radar ${wide ? 'wide' : 'narrow'}" viewBox=${wide ? '0 0 640 405' : '0 0 300 300'} role="img" aria-labelledby=${altId}>
      ${[1, 2, 3, 4, 5].map((v) => svg`<polygon class="ring" points=${ring(v, n, g)}></polygon>`)}
      ${spokes(n, g).map((p) => svg`<line class="spoke" x1=${g.cx} y1=${g.cy} x2=${p.x} y2=${p.y}></line>`)}
      ${[1, 2, 3, 4, 5].map((v) => svg`<text class="tick" x=${g.cx + 4} y=${g.cy - (g.r * v) / g.max + 4}>${v}</text>`)}
      ${series.map(
        (s) => svg`<polygon class="series ${s.kind}" points=${polygon(s.values, g)}></polygon>
          ${vertices(s.values, g).map((p) =>
            s.kind === 'now'
              ? svg`<circle class="dot ${s.kind}" cx=${p.x} cy=${p.y} r="4.5"></circle>`
              : svg`<rect class="dot ${s.kind}" x=${p.x - 4} y=${p.y - 4} width="8" height="8"></rect>`,
          )}`,
      )}
      ${labels.map((label, i) => {
        const p = labelPlace(i, n, g, wide ? 12 : 10);
        const lines = wide ? wrapLabel(`${i + 1}. ${label}`, 18) : [String(i + 1)];
        const first = p.up ? -(lines.length - 1) * 1.15 : p.y > g.cy + 20 ? 0.8 : 0.35 - (lines.length - 1) * 0.575;
        return svg`<text class="label" x=${p.x} y=${p.y} text-anchor=${p.anchor}>${lines.map(
          (l, k) => svg`<tspan x=${p.x} dy=${`${k ? 1.15 : first}em`}>${l}</tspan>`,
        )}</text>`;
      })}
    </svg>`;
  }

  private legend(items: [Series['kind'], string][]): TemplateResult {
    return html`<ul class="legend">
      ${items.map(
        ([kind, text]) => html`<li>
          <svg class="key" viewBox="0 0 36 12" aria-hidden="true"><line class="series ${kind}" x1="2" y1="6" x2="34" y2="6"></line></svg>${text}
        </li>`,
      )}
    </ul>`;
  }

  private renderScores(result: Result): TemplateResult {
    const m = this.m;
    const dims = result.dimensions;
    const hasDesired = dims.some((d) => d.desired !== null);
    const answered = dims.filter((d) => d.score !== null);
    const high = answered.reduce<DimensionResult | null>((a, d) => (!a || d.score! > a.score! ? d : a), null);
    const low = answered.reduce<DimensionResult | null>((a, d) => (!a || d.score! < a.score! ? d : a), null);
    const alt = [
      m.chartAlt,
      hasDesired ? m.chartAltDesired : '',
      high ? fill(m.chartAltHigh, { dimension: this.label(high.id), score: this.num(high.score) }) : '',
      low && low !== high ? fill(m.chartAltLow, { dimension: this.label(low.id), score: this.num(low.score) }) : '',
      m.chartAltTable,
    ]
      .filter(Boolean)
      .join(' ');
    const series: Series[] = [{ values: dims.map((d) => d.score), kind: 'now' }];
    if (hasDesired) series.push({ values: dims.map((d) => d.desired), kind: 'desired' });
    return html`<section class="scores" aria-labelledby="sc-scores">
      <h3 id="sc-scores">${m.chartTitle}</h3>
      <figure>
        ${this.radar(series, 'sc-radar-alt')}
        <p id="sc-radar-alt" class="visually-hidden">${alt}</p>
        <figcaption>${this.legend(
          hasDesired
            ? [
                ['now', m.legendNow],
                ['desired', m.legendDesired],
              ]
            : [['now', m.legendNow]],
        )}</figcaption>
      </figure>
      <table>
        <caption class="visually-hidden">${m.chartTitle}</caption>
        <thead>
          <tr>
            <th scope="col">${m.colDimension}</th>
            <th scope="col">${m.colNow}</th>
            ${hasDesired ? html`<th scope="col">${m.colDesired}</th>` : nothing}
            <th scope="col" class="wide-col">${m.colStatus}</th>
          </tr>
        </thead>
        <tbody>
          ${dims.map(
            (d, i) => html`<tr>
              <th scope="row">
                <span class="num">${i + 1}.</span> <span lang=${this.contentLang ?? nothing}>${this.label(d.id)}</span>
                <span class="status in-label ${d.status ?? 'none'}">${d.status ? m[d.status] : m.notEnough}</span>
              </th>
              <td class="value">
                ${this.num(d.score)}
                ${
                  d.score === null
                    ? nothing
                    : html`<svg class="bar" viewBox="0 0 50 8" aria-hidden="true"><rect class="track" width="50" height="8"></rect><rect class="fill" width=${d.score * 10} height="8"></rect></svg>`
                }
              </td>
              ${hasDesired ? html`<td class="value">${this.num(d.desired)}</td>` : nothing}
              <td class="wide-col"><span class="status ${d.status ?? 'none'}">${d.status ? m[d.status] : m.notEnough}</span></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderTop(title: string, ids: string[], result: Result, kind: 'high' | 'low'): TemplateResult {
    const m = this.m;
    const cl = this.contentLang;
    const byId = new Map(result.dimensions.map((d) => [d.id, d]));
    const byGap = kind === 'low' && ids.some((id) => byId.get(id)!.gap !== null);
    return html`<section class="top ${kind}" aria-labelledby=${`sc-top-${kind}`}>
      <h3 id=${`sc-top-${kind}`}>${title}</h3>
      ${byGap ? html`<p class="muted small">${m.prioritiesByGap}</p>` : nothing}
      ${
        ids.length
          ? html`<ul class="cards">
            ${ids.map((id) => {
              const dim = this.instrument.dimensions.find((d) => d.id === id)!;
              const r = byId.get(id)!;
              const advice = this.resolve(kind === 'high' ? dim.advice?.high : dim.advice?.low);
              const reflection = this.resolve(dim.reflection);
              return html`<li class="card">
                <h4><span lang=${cl ?? nothing}>${this.resolve(dim.label)}</span> <span class="status ${r.status}">${this.num(r.score)} · ${m[r.status!]}</span></h4>
                ${r.desired !== null ? html`<p class="muted small">${fill(m.nowDesired, { now: this.num(r.score), desired: this.num(r.desired) })}</p>` : nothing}
                ${advice ? html`<p><strong>${m.advice}</strong> <span lang=${cl ?? nothing}>${advice}</span></p>` : nothing}
                ${reflection ? html`<p class="reflection"><strong>${m.reflection}</strong> <span lang=${cl ?? nothing}>${reflection}</span></p>` : nothing}
              </li>`;
            })}
          </ul>`
          : html`<p>${kind === 'high' ? m.noStrengths : m.noPriorities}</p>`
      }
    </section>`;
  }

  private renderCompare(mine: Result, theirs: Result): TemplateResult {
    const m = this.m;
    const cl = this.contentLang;
    const c = compare(mine, theirs);
    const dims = this.instrument.dimensions;
    const vals = (r: Result) => r.dimensions.map((d) => d.score);
    return html`<section class="compare" aria-labelledby="sc-compare">
      <h3 id="sc-compare" tabindex="-1" data-compare>${m.compareHeading}</h3>
      <p>${m.differenceNote}</p>
      ${
        c.equity.length
          ? html`<div class="flag">
            <h4>${m.equityTitle}</h4>
            ${c.equity.map((e) => html`<p>${fill(e.higher === 'a' ? m.equityYou : m.equityPartner, { dimension: this.label(e.id), a: this.num(e.a), b: this.num(e.b) })}</p>`)}
            <p>${m.equityWhy}</p>
          </div>`
          : nothing
      }
      <figure>
        ${this.radar(
          [
            { values: vals(mine), kind: 'now' },
            { values: vals(theirs), kind: 'partner' },
          ],
          'sc-compare-alt',
        )}
        <p id="sc-compare-alt" class="visually-hidden">${m.chartAltCompare}</p>
        <figcaption>${this.legend([
          ['now', m.you],
          ['partner', m.partner],
        ])}</figcaption>
      </figure>
      <table>
        <caption>${m.gapCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${m.colDimension}</th>
            <th scope="col">${m.colYou}</th>
            <th scope="col">${m.colPartner}</th>
            <th scope="col" class="wide-col">${m.colGap}</th>
          </tr>
        </thead>
        <tbody>
          ${c.rows.map((r) => {
            const i = dims.findIndex((d) => d.id === r.id);
            return html`<tr class=${r.flag ? `flagged ${r.flag}-row` : ''}>
              <th scope="row">
                <span class="num">${i + 1}.</span> <span lang=${cl ?? nothing}>${this.label(r.id)}</span>
                <span class="in-label muted small">${fill(m.gapNote, { gap: this.num(r.size) })}</span>
                ${r.flag ? html`<span class="status ${r.flag}">${m[r.flag]}</span>` : nothing}
              </th>
              <td class="value">${this.num(r.a)}</td>
              <td class="value">${this.num(r.b)}</td>
              <td class="value wide-col">${this.num(r.size)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <h4>${m.starters}</h4>
      ${
        c.starters.length
          ? html`<ol class="starters">
            ${c.starters.map((r) => {
              const reflection = this.resolve(dims.find((d) => d.id === r.id)?.reflection);
              return html`<li>
                <p>${fill(m.starter, { dimension: this.label(r.id), a: this.num(r.a), b: this.num(r.b) })}</p>
                ${reflection ? html`<p class="reflection" lang=${cl ?? nothing}>${reflection}</p>` : nothing}
              </li>`;
            })}
          </ol>`
          : html`<p>${m.noStarters}</p>`
      }
      <div class="nav no-print">
        <button type="button" class="button secondary" @click=${() => this.act({ action: 'close-compare' })}>${m.closeCompare}</button>
      </div>
    </section>`;
  }

  /** Which partnership the result is about, on screen and on paper (the answers' own names: a partner's in the shared view). */
  private renderNames(): TemplateResult | typeof nothing {
    const n = this.answers.names;
    if (!n) return nothing;
    return html`<dl class="names">
      ${n.own ? html`<dt>${this.m.filledInBy}</dt><dd dir="auto">${n.own}</dd>` : nothing}
      ${n.partner ? html`<dt>${this.m.partnershipWith}</dt><dd dir="auto">${n.partner}</dd>` : nothing}
    </dl>`;
  }

  /** The two optional name fields; a change goes to the questionnaire, which keeps it with the answers. */
  private renderNameFields(): TemplateResult {
    const m = this.m;
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
    this.act({ action: 'names', names: { own: value('sc-name-own'), partner: value('sc-name-partner') } });
  }

  private renderActions(result: Result): TemplateResult {
    const m = this.m;
    const status = this.copy === 'copied' ? m.copied : this.copy === 'failed' ? m.copyFailed : '';
    return html`${this.renderNameFields()}
      <section class="actions no-print" aria-labelledby="sc-actions">
        <h3 id="sc-actions">${m.actions}</h3>
        <div class="buttons">
          <button type="button" class="button secondary" @click=${() => window.print()}>${m.print}</button>
          <button type="button" class="button secondary" ?disabled=${result.overall === null} @click=${() => this.download(result)}>${m.download}</button>
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
      ${this.endpoint ? this.renderSubmit(result) : nothing}`;
  }

  private renderSubmit(result: Result): TemplateResult {
    const m = this.m;
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
            <button type="button" class="button secondary" ?disabled=${this.submit === 'sending'} @click=${() => this.send(result)}>${m.submit}</button>`
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
    const decoded = decode(this.instrument, value);
    const extracted = extractCode(value);
    if (!decoded.ok || !extracted.ok) {
      this.pasteError = decoded.ok ? 'format' : decoded.error;
      input.focus();
      return;
    }
    this.pasteError = null;
    input.value = '';
    this.act({ action: 'partner', code: extracted.code });
  }

  private async copyLink(): Promise<void> {
    this.link = shareLink(location.href, encode(this.instrument, this.answers));
    try {
      await navigator.clipboard.writeText(this.link);
      this.copy = 'copied';
    } catch {
      this.copy = 'failed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#sc-link')?.focus();
    }
  }

  private download(result: Result): void {
    const level = this.levels().find((l) => l.id === result.level);
    const data = exportData(this.instrument, this.answers, result, {
      resolve: this.resolve,
      generic: this.m.generic,
      language: this.locale,
      levelLabel: level?.label ?? null,
      date: new Date(),
    });
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.m.fileName}-${new Date().toISOString().slice(0, 10)}.json`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async send(result: Result): Promise<void> {
    if (!this.consent) {
      this.submit = 'need-consent';
      this.renderRoot.querySelector<HTMLInputElement>('#sc-consent')?.focus();
      return;
    }
    this.submit = 'sending';
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(summary(result)),
        credentials: 'omit',
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.submit = 'idle';
      this.act({ action: 'sent' });
    } catch {
      this.submit = 'failed';
    }
  }
}

define('som-self-check-result', SomSelfCheckResult);

declare global {
  interface HTMLElementTagNameMap {
    'som-self-check-result': SomSelfCheckResult;
  }
}
