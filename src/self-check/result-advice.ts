/**
 * The summary and the advice. Both are written from the dimensions' verdicts, exactly as the table is, so
 * no sentence can contradict a label: a dimension is in one list at most, and advice is graded by where it
 * stands (low, mid, high), not by the list it is in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import { GOOD, TO_WORK, type DimensionResult, type Result } from './scoring.js';
import { dimensionLabel, list, num, type ResultSettings } from './result-context.js';
import { verdictLabel } from './result-scores.js';

export function summaryView(s: ResultSettings, result: Result): TemplateResult {
  const m = s.messages;
  const c = result.counts;
  const good = GOOD.reduce((n, v) => n + c[v], 0);
  const work = TO_WORK.reduce((n, v) => n + c[v], 0);
  const ids = (pick: (d: DimensionResult) => boolean) =>
    list(
      s,
      result.dimensions.filter(pick).map((d) => dimensionLabel(s, d.id)),
    );
  return html`<section class="summary" aria-labelledby="sc-summary">
    <h3 id="sc-summary">${m.summaryTitle}</h3>
    <ul>
      <li>${fill(m.summaryGood, { count: good, answered: result.answeredDimensions })}</li>
      <li>${work ? fill(m.summaryWork, { count: work }) : m.summaryNoWork}</li>
      ${result.less.length ? html`<li>${fill(m.summaryLess, { dimensions: ids((d) => d.verdict === 'minder') })}</li>` : nothing}
      ${c.onbeantwoord ? html`<li>${fill(m.summaryUnanswered, { dimensions: ids((d) => d.verdict === 'onbeantwoord') })}</li>` : nothing}
    </ul>
  </section>`;
}

export function adviceView(s: ResultSettings, result: Result): TemplateResult {
  const m = s.messages;
  const work = TO_WORK.reduce((n, v) => n + result.counts[v], 0);
  return html`<div class="tops">
    ${top(s, result, 'high', m.strengths, result.strengths, m.noStrengths)}
    ${top(s, result, 'low', m.priorities, result.priorities, m.noPriorities, work > result.priorities.length ? fill(m.morePriorities, { count: work - result.priorities.length }) : '')}
  </div>`;
}

function top(
  s: ResultSettings,
  result: Result,
  kind: 'high' | 'low',
  title: string,
  ids: string[],
  none: string,
  more = '',
): TemplateResult {
  const m = s.messages;
  const cl = s.contentLang;
  const byId = new Map(result.dimensions.map((d) => [d.id, d]));
  return html`<section class="top ${kind}" aria-labelledby=${`sc-top-${kind}`}>
    <h3 id=${`sc-top-${kind}`}>${title}</h3>
    ${
      ids.length
        ? html`<ul class="cards">
          ${ids.map((id) => {
            const dim = s.instrument.dimensions.find((d) => d.id === id)!;
            const r = byId.get(id)!;
            // Where the partners are where they want to be below "high", the advice would push them on: say it fits.
            const advice =
              r.verdict === 'past' && r.band !== 'high'
                ? ''
                : s.resolve(dim.advice?.[r.band!] ?? (r.band === 'mid' ? dim.advice?.[kind] : undefined));
            const reflection = s.resolve(dim.reflection);
            return html`<li class="card">
              <h4><span lang=${cl ?? nothing}>${s.resolve(dim.label)}</span> ${verdictLabel(s, r.verdict)}</h4>
              <p class="muted small">
                ${r.desired !== null ? fill(m.nowDesired, { now: num(s, r.score), desired: num(s, r.desired) }) : fill(m.nowOnly, { now: num(s, r.score) })}
              </p>
              ${r.verdict === 'past' && !advice ? html`<p>${m.pastNote}</p>` : nothing}
              ${advice ? html`<p><strong>${m.advice}</strong> <span lang=${cl ?? nothing}>${advice}</span></p>` : nothing}
              ${reflection ? html`<p class="reflection"><strong>${m.reflection}</strong> <span lang=${cl ?? nothing}>${reflection}</span></p>` : nothing}
            </li>`;
          })}
        </ul>`
        : html`<p>${none}</p>`
    }
    ${more ? html`<p class="muted small">${more}</p>` : nothing}
  </section>`;
}
