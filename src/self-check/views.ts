/**
 * The questionnaire's views: one step per dimension, and the review (the intro is intro.ts). Templates
 * only; the element (app.ts) holds the state and passes itself as `host`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import { DEFAULT_LEVELS, answerKey, desiredOptions, type Dimension, type Instrument } from './instrument.js';
import type { Answer, Answers } from './scoring.js';
import type { ShareError } from './share.js';
import type { Messages } from './messages/index.js';
import type { IntroHost } from './intro.js';
import type { IntroTexts } from './intro-texts/index.js';

export interface ViewHost extends IntroHost {
  /** The first screen's texts (the step view shares one). */
  readonly texts: IntroTexts;
  readonly answers: Answers;
  readonly step: number;
  readonly fromReview: boolean;
  readonly done: boolean;
  readonly hasPartner: boolean;
  readonly linkError: ShareError | null;
  choose(key: string, answer: Answer): void;
  chooseDesired(dimension: string, index: number | null): void;
  chooseIntended(level: string | null): void;
  /** Saved answers of an older version of the questions were put aside (storage.ts). */
  readonly discarded: boolean;
  back(): void;
  next(): void;
  edit(step: number): void;
  review(): void;
  showResult(): void;
  showPartner(): void;
  restart(): void;
}

/** Notices about a partner's link, shown above the intro and the steps. */
export function linkNotice(host: ViewHost, m: Messages): TemplateResult | typeof nothing {
  const old = host.discarded ? html`<div class="notice" role="status"><p>${m.oldAnswers}</p></div>` : nothing;
  if (host.linkError)
    return html`${old}<div class="notice error-notice" role="alert"><p>${m.linkRefused} ${m.errors[host.linkError]}</p></div>`;
  if (host.hasPartner && !host.done)
    return html`${old}<div class="notice">
      <p>${m.partnerWaiting}</p>
      <button type="button" class="button secondary" @click=${() => host.showPartner()}>${m.viewPartner}</button>
    </div>`;
  return old;
}

const heading = (id: string, text: string, lang?: string) =>
  html`<h2 id=${id} tabindex="-1" data-heading lang=${lang ?? nothing}>${text}</h2>`;

function question(host: ViewHost, m: Messages, d: Dimension, q: Dimension['questions'][number]): TemplateResult {
  const key = answerKey(d, q);
  const current = host.answers.answers[key];
  const cl = host.contentLang;
  const help = host.t(q.help);
  const helpId = `help-${key}`;
  return html`<fieldset class="question" aria-describedby=${help ? helpId : nothing}>
    <legend lang=${cl ?? nothing}>${host.t(q.text)}</legend>
    ${help ? html`<p class="help muted" id=${helpId} lang=${cl ?? nothing}>${help}</p>` : nothing}
    <div class="options">
      ${q.options.map(
        (o, i) => html`<label class="option ${current === i ? 'chosen' : ''}">
          <input type="radio" name=${key} .checked=${current === i} @change=${() => host.choose(key, i)} />
          <span lang=${cl ?? nothing}>${host.t(o.label)}</span>
        </label>`,
      )}
      ${(['dk', 'na'] as const).map(
        (v) => html`<label class="option na ${current === v ? 'chosen' : ''}">
          <input type="radio" name=${key} .checked=${current === v} @change=${() => host.choose(key, v)} />
          <span>${v === 'dk' ? m.notKnown : m.notApplicable}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

/** The level the partnership aims for, asked up front (before the first question), optional. */
function aim(host: ViewHost, m: Messages, inst: Instrument): TemplateResult {
  const table = m.levels as Record<string, { label: string; description: string }>;
  const levels = inst.levels?.length
    ? [...inst.levels]
        .sort((a, b) => a.min - b.min)
        .map((l) => ({ id: l.id, label: host.t(l.label), description: host.t(l.description) }))
    : DEFAULT_LEVELS.map((l) => ({
        id: l.id,
        label: table[l.id]?.label ?? l.id,
        description: table[l.id]?.description ?? '',
      }));
  const current = host.answers.intended;
  return html`<fieldset class="question aim">
    <legend>${m.aimLegend} <span class="muted">${m.optional}</span></legend>
    <p class="muted small">${m.aimHelp}</p>
    <div class="options">
      ${levels.map(
        (l) => html`<label class="option ${current === l.id ? 'chosen' : ''}">
          <input type="radio" name="intended" .checked=${current === l.id} @change=${() => host.chooseIntended(l.id)} />
          <span><strong>${l.label}</strong>${l.description ? html` – ${l.description}` : nothing}</span>
        </label>`,
      )}
    </div>
    ${current !== undefined ? html`<button type="button" class="link" @click=${() => host.chooseIntended(null)}>${m.clearDesired}</button>` : nothing}
  </fieldset>`;
}

export function step(host: ViewHost, m: Messages, inst: Instrument): TemplateResult {
  const i = host.step;
  const d = inst.dimensions[i]!;
  const total = inst.dimensions.length;
  const cl = host.contentLang;
  const desired = host.answers.desired[d.id];
  const last = i === total - 1;
  return html`<section class="view step" part="step" aria-labelledby="sc-step">
    <p class="progress-text" id="sc-progress">${fill(m.stepOf, { step: i + 1, total })}</p>
    <progress max=${total} value=${i + 1} aria-labelledby="sc-progress"></progress>
    ${heading('sc-step', host.t(d.label), cl)}
    ${d.description ? html`<p class="lead" lang=${cl ?? nothing}>${host.t(d.description)}</p>` : nothing} ${linkNotice(host, m)}
    ${i === 0 ? aim(host, m, inst) : nothing} ${d.questions.map((q) => question(host, m, d, q))}
    <fieldset class="question desired">
      <legend>${m.desiredLegend} <span class="muted">${m.optional}</span></legend>
      <div class="options scale">
        ${desiredOptions(d, m.generic).map(
          (o, k) => html`<label class="option ${desired === k ? 'chosen' : ''}">
            <input type="radio" name=${`desired/${d.id}`} .checked=${desired === k} @change=${() => host.chooseDesired(d.id, k)} />
            <span lang=${d.desired && cl ? cl : nothing}>${host.t(o.label)}</span>
          </label>`,
        )}
      </div>
      ${
        desired !== undefined
          ? html`<button type="button" class="link" @click=${() => host.chooseDesired(d.id, null)}>${m.clearDesired}</button>`
          : nothing
      }
    </fieldset>
    <p class="muted small">${host.storageOk ? m.saved : host.texts.noStorage}</p>
    <div class="nav">
      <button type="button" class="button secondary" @click=${() => host.back()}>${m.back}</button>
      <button type="button" class="button" @click=${() => host.next()}>${last ? m.toReview : m.next}</button>
      ${host.fromReview && !last ? html`<button type="button" class="button secondary" @click=${() => host.review()}>${m.backToReview}</button>` : nothing}
    </div>
  </section>`;
}

export function review(host: ViewHost, m: Messages, inst: Instrument): TemplateResult {
  const cl = host.contentLang;
  const total = inst.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const missing = inst.dimensions.reduce(
    (n, d) => n + d.questions.filter((q) => host.answers.answers[answerKey(d, q)] === undefined).length,
    0,
  );
  const answerText = (d: Dimension, q: Dimension['questions'][number]) => {
    const a = host.answers.answers[answerKey(d, q)];
    if (a === undefined) return html`<span class="muted">${m.noAnswer}</span>`;
    if (a === 'dk') return m.notKnown;
    if (a === 'na') return m.notApplicable;
    return html`<span lang=${cl ?? nothing}>${host.t(q.options[a]?.label)}</span>`;
  };
  return html`<section class="view review" part="review" aria-labelledby="sc-review">
    ${heading('sc-review', m.reviewTitle)}
    <p>${m.reviewLead}</p>
    ${missing ? html`<p class="notice">${fill(m.unanswered, { count: missing, total })}</p>` : nothing}
    <ol class="review-list">
      ${inst.dimensions.map((d, i) => {
        const desired = host.answers.desired[d.id];
        return html`<li>
          <div class="review-head">
            <h3 lang=${cl ?? nothing}>${host.t(d.label)}</h3>
            <button type="button" class="link" aria-label=${fill(m.editLabel, { dimension: host.t(d.label) })} @click=${() => host.edit(i)}>${m.edit}</button>
          </div>
          <dl>
            ${d.questions.map((q) => html`<dt lang=${cl ?? nothing}>${host.t(q.text)}</dt><dd>${answerText(d, q)}</dd>`)}
            ${i === 0 && host.answers.intended ? html`<dt>${m.aimShort}</dt><dd>${inst.levels?.length ? host.t(inst.levels.find((l) => l.id === host.answers.intended)?.label) : (m.levels as Record<string, { label: string }>)[host.answers.intended]?.label}</dd>` : nothing}
            ${
              desired !== undefined
                ? html`<dt>${m.desiredShort}</dt><dd lang=${d.desired && cl ? cl : nothing}>${host.t(desiredOptions(d, m.generic)[desired]?.label)}</dd>`
                : nothing
            }
          </dl>
        </li>`;
      })}
    </ol>
    <div class="nav">
      <button type="button" class="button secondary" @click=${() => host.back()}>${m.back}</button>
      <button type="button" class="button" @click=${() => host.showResult()}>${m.showResult}</button>
    </div>
  </section>`;
}
