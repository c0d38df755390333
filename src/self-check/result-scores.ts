/**
 * The radar and the same numbers in a table, with one verdict per dimension (the chart alone is not
 * accessible). The radar is also drawn by the comparison.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import type { DimensionResult, Result, Verdict } from './scoring.js';
import { labelPlace, polygon, ring, spokes, vertices, wrapLabel, type RadarGeometry } from './radar.js';
import { dimensionLabel, num, type ResultSettings } from './result-context.js';

export type Series = { values: (number | null)[]; kind: 'now' | 'desired' | 'partner' };

const WIDE: RadarGeometry = { cx: 320, cy: 200, r: 155, max: 5 };
const NARROW: RadarGeometry = { cx: 150, cy: 150, r: 112, max: 5 };

export function radar(s: ResultSettings, series: Series[], altId: string): TemplateResult {
  const labels = s.instrument.dimensions.map((d) => s.resolve(d.label));
  return html`${radarSvg(series, labels, altId, true)}${radarSvg(series, labels, altId, false)}`;
}

function radarSvg(series: Series[], labels: string[], altId: string, wide: boolean): TemplateResult {
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

export function legend(items: [Series['kind'], string][]): TemplateResult {
  return html`<ul class="legend">
    ${items.map(
      ([kind, text]) => html`<li>
        <svg class="key" viewBox="0 0 36 12" aria-hidden="true"><line class="series ${kind}" x1="2" y1="6" x2="34" y2="6"></line></svg>${text}
      </li>`,
    )}
  </ul>`;
}

/** The verdict as a label; its colour says how urgent it is (only a work point is red). */
export const verdictLabel = (s: ResultSettings, v: Verdict, extra = ''): TemplateResult =>
  html`<span class="status ${v} ${extra}">${s.messages.verdicts[v]}</span>`;

export function scoresView(s: ResultSettings, result: Result): TemplateResult {
  const m = s.messages;
  const dims = result.dimensions;
  const hasDesired = dims.some((d) => d.desired !== null);
  const answered = dims.filter((d) => d.score !== null);
  const high = answered.reduce<DimensionResult | null>((a, d) => (!a || d.score! > a.score! ? d : a), null);
  const low = answered.reduce<DimensionResult | null>((a, d) => (!a || d.score! < a.score! ? d : a), null);
  const alt = [
    m.chartAlt,
    hasDesired ? m.chartAltDesired : '',
    high ? fill(m.chartAltHigh, { dimension: dimensionLabel(s, high.id), score: num(s, high.score) }) : '',
    low && low !== high ? fill(m.chartAltLow, { dimension: dimensionLabel(s, low.id), score: num(s, low.score) }) : '',
    m.chartAltTable,
  ]
    .filter(Boolean)
    .join(' ');
  const series: Series[] = [{ values: dims.map((d) => d.score), kind: 'now' }];
  if (hasDesired) series.push({ values: dims.map((d) => d.desired), kind: 'desired' });
  const cl = s.contentLang;
  return html`<section class="scores" aria-labelledby="sc-scores">
    <h3 id="sc-scores">${m.chartTitle}</h3>
    <figure>
      ${radar(s, series, 'sc-radar-alt')}
      <p id="sc-radar-alt" class="visually-hidden">${alt}</p>
      <figcaption>${legend(
        hasDesired
          ? [
              ['now', m.legendNow],
              ['desired', m.legendDesired],
            ]
          : [['now', m.legendNow]],
      )}</figcaption>
    </figure>
    ${hasDesired ? html`<p class="muted small">${m.verdictNote}</p>` : html`<p class="muted small">${m.noDesiredNote}</p>`}
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
              <span class="num">${i + 1}.</span> <span lang=${cl ?? nothing}>${dimensionLabel(s, d.id)}</span>
              ${verdictLabel(s, d.verdict, 'in-label')}
            </th>
            <td class="value">
              ${num(s, d.score)}
              ${
                d.score === null
                  ? nothing
                  : html`<svg class="bar" viewBox="0 0 50 8" aria-hidden="true"><rect class="track" width="50" height="8"></rect><rect class="fill" width=${d.score * 10} height="8"></rect></svg>`
              }
            </td>
            ${hasDesired ? html`<td class="value">${num(s, d.desired)}</td>` : nothing}
            <td class="wide-col">${verdictLabel(s, d.verdict)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
