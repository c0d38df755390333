/**
 * Comparing with a partner (its own chunk: most visitors never open it). Built to open a conversation:
 * the two descriptions each partner chose, side by side; both desired states and both levels; differences
 * in neutral colours (a difference is not an error, Frey et al. 2006); a one-sided "weet niet" raised; the
 * equity signal asked as a question; the three largest differences as conversation starters.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import { answerKey, desiredOptions, type Dimension } from './instrument.js';
import { compare, oneSidedUnknown, widestQuestion } from './compare.js';
import type { Answers, Result } from './scoring.js';
import { dimensionLabel, levels, type ResultSettings } from './result-context.js';
import { legend, radar } from './result-scores.js';

export function compareView(
  s: ResultSettings,
  mine: { answers: Answers; result: Result },
  theirs: { answers: Answers; result: Result },
  close: () => void,
): TemplateResult {
  const m = s.messages;
  const cl = s.contentLang;
  const c = compare(mine.result, theirs.result);
  const unknown = oneSidedUnknown(s.instrument, mine.answers, theirs.answers);
  const dims = s.instrument.dimensions;
  const dim = (id: string) => dims.find((d) => d.id === id)!;
  const levelLabel = (r: Result) => levels(s).find((l) => l.id === r.level)?.label ?? m.noLevel;
  const chosen = (d: Dimension, q: number, a: Answers): string => {
    const question = d.questions[q]!;
    const v = a.answers[answerKey(d, question)];
    return v === undefined
      ? m.noAnswer
      : v === 'dk'
        ? m.notKnown
        : v === 'na'
          ? m.notApplicable
          : s.resolve(question.options[v]?.label);
  };
  const wanted = (d: Dimension, a: Answers): string => {
    const v = a.desired[d.id];
    return v === undefined ? m.noAnswer : s.resolve(desiredOptions(d, m.generic)[v]?.label);
  };
  const pair = (
    you: string,
    partner: string,
  ) => html`<dd><span class="who">${m.you}:</span> <span lang=${cl ?? nothing}>${you}</span></dd>
    <dd><span class="who">${m.partner}:</span> <span lang=${cl ?? nothing}>${partner}</span></dd>`;
  return html`<section class="compare" aria-labelledby="sc-compare">
    <h3 id="sc-compare" tabindex="-1" data-compare>${m.compareHeading}</h3>
    <p>${m.differenceNote}</p>
    <p>${fill(m.levelsBoth, { a: levelLabel(mine.result), b: levelLabel(theirs.result) })}</p>
    ${
      c.equity.length
        ? html`<div class="flag">
          <h4>${m.equityTitle}</h4>
          ${c.equity.map((e) => html`<p>${fill(e.higher === 'a' ? m.equityYou : m.equityPartner, { dimension: dimensionLabel(s, e.id) })}</p>`)}
          <p>${m.equityWhy}</p>
        </div>`
        : nothing
    }
    <h4>${m.starters}</h4>
    ${
      c.starters.length
        ? html`<ol class="starters">
          ${c.starters.map((r) => {
            const d = dim(r.id);
            const q = widestQuestion(s.instrument, r.id, mine.answers, theirs.answers);
            const reflection = s.resolve(d.reflection);
            return html`<li>
              <p>${fill(m.starter, { dimension: dimensionLabel(s, r.id) })}</p>
              <dl class="pair">
                <dt lang=${cl ?? nothing}>${s.resolve(d.questions[q]!.text)}</dt>
                ${pair(chosen(d, q, mine.answers), chosen(d, q, theirs.answers))}
              </dl>
              ${reflection ? html`<p class="reflection" lang=${cl ?? nothing}>${reflection}</p>` : nothing}
            </li>`;
          })}
        </ol>`
        : html`<p>${m.noStarters}</p>`
    }
    ${
      unknown.length
        ? html`<h4>${m.unknownTitle}</h4>
          <ul>
            ${unknown.map((u) => html`<li>${fill(u.side === 'a' ? m.unknownYou : m.unknownPartner, { question: s.resolve(dim(u.id).questions[u.question]!.text) })}</li>`)}
          </ul>`
        : nothing
    }
    <figure>
      ${radar(
        s,
        [
          { values: mine.result.dimensions.map((d) => d.score), kind: 'now' },
          { values: theirs.result.dimensions.map((d) => d.score), kind: 'partner' },
        ],
        'sc-compare-alt',
      )}
      <p id="sc-compare-alt" class="visually-hidden">${m.chartAltCompare}</p>
      <figcaption>${legend([
        ['now', m.you],
        ['partner', m.partner],
      ])}</figcaption>
    </figure>
    <h4>${m.gapCaption}</h4>
    <ol class="side-by-side">
      ${c.rows.map((r) => {
        const d = dim(r.id);
        const i = dims.indexOf(d);
        return html`<li class=${r.flag ? `flagged ${r.flag}-row` : ''}>
          <h5><span class="num">${i + 1}.</span> <span lang=${cl ?? nothing}>${dimensionLabel(s, r.id)}</span>
            ${r.flag ? html`<span class="status ${r.flag}">${m[r.flag]}</span>` : nothing}</h5>
          <dl class="pair">
            ${d.questions.map((q, k) => html`<dt lang=${cl ?? nothing}>${s.resolve(q.text)}</dt>${pair(chosen(d, k, mine.answers), chosen(d, k, theirs.answers))}`)}
            ${
              mine.answers.desired[d.id] !== undefined || theirs.answers.desired[d.id] !== undefined
                ? html`<dt>${m.desiredShort}</dt>${pair(wanted(d, mine.answers), wanted(d, theirs.answers))}`
                : nothing
            }
          </dl>
        </li>`;
      })}
    </ol>
    <div class="nav no-print">
      <button type="button" class="button secondary" @click=${close}>${m.closeCompare}</button>
    </div>
  </section>`;
}
