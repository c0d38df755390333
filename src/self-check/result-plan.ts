/**
 * From result to action: the seeds' three planning questions and a "who does what by when" table to fill
 * in together, with the points to work on already in it. Printed with the result (on paper it is the part
 * people write on).
 */
import { html, type TemplateResult } from 'lit';
import type { Result } from './scoring.js';
import { dimensionLabel, type ResultSettings } from './result-context.js';

export function planView(s: ResultSettings, result: Result): TemplateResult {
  const m = s.messages;
  // Always three rows to write in; the points to work on fill the first ones.
  const rows = [...result.priorities.map((id) => dimensionLabel(s, id)), '', '', ''].slice(
    0,
    Math.max(3, result.priorities.length),
  );
  return html`<section class="plan" aria-labelledby="sc-plan">
    <h3 id="sc-plan">${m.planTitle}</h3>
    <p>${m.planLead}</p>
    <ol class="plan-questions">
      ${m.planQuestions.map((q) => html`<li>${q}</li>`)}
    </ol>
    <table class="plan-table">
      <caption>${m.planWho}</caption>
      <thead>
        <tr>
          <th scope="col">${m.colWhat}</th>
          <th scope="col">${m.colWho}</th>
          <th scope="col">${m.colWhen}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((what) => html`<tr><td>${what}</td><td></td><td></td></tr>`)}
      </tbody>
    </table>
  </section>`;
}
