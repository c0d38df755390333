/**
 * What <som-signup> shows once a person pressed the button: the error summary and the confirmation.
 * Part of the submission chunk (sent.ts), like the texts they speak.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import type { RegisterResult } from './availability.js';
import type { FeedField } from '../feed/schema.js';
import type { Text } from '../feed/text.js';
import { answerKey, type FieldProblem } from './form.js';
import type { SentMessages } from './sent-messages/index.js';

/** Styles of what these views draw, adopted by the element when this chunk arrives (off the first screen). */
export const styles = css`
  .bad {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  .bad > * {
    border-color: var(--_danger);
  }
  .err,
  .summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  /* Both are boxed as a .note (som-signup.ts); a confirmation's box is green. */
  .done {
    border-color: var(--_success);
  }
  ul {
    padding-inline-start: 1.25em;
  }
`;

/** The confirmation: signed up or on the waiting list, with the calendar file and the cancel link. */
export function successView(m: SentMessages, r: Extract<RegisterResult, { kind: 'ok' }>): TemplateResult {
  const wl = r.status === 'waitlisted';
  return html`<div class="note done" part="success" tabindex="-1">
<h3>${wl ? m.waitlisted + (r.position ? fill(m.position, { n: r.position }) : '') : m.confirmed}</h3>
${r.duplicate ? html`<p>${m.duplicate}</p>` : nothing}
${r.resentTo ? html`<p>${fill(m.resent, { a: r.resentTo })}</p>` : nothing}
${wl ? html`<p>${m.promote}</p>` : nothing}
${r.icsUrl ? html`<p><a href=${r.icsUrl}>${wl ? m.icsWait : m.ics}</a></p>` : nothing}
${r.cancelUrl ? html`<p>${m.cancelHint} <a href=${r.cancelUrl}>${m.cancel}</a></p>` : nothing}
</div>`;
}

/** A field problem in words: the server's own, or ours about the field with this label. */
export const say = (m: SentMessages, p: FieldProblem, label: string): string =>
  p.text ?? fill(m[p.code!], { f: label, n: p.n ?? 0 });

/**
 * The error summary (GOV.UK style): it takes focus, and each problem of a field on the form links to it.
 * A fragment link cannot reach into a shadow root, so the link moves focus itself.
 */
export function summaryView(
  m: SentMessages,
  problems: readonly FieldProblem[],
  fields: readonly FeedField[],
  t: (text: Text | undefined) => string,
  names: { name: string; email: string; consent: string },
  root: ParentNode,
): TemplateResult {
  const field = (key: string) => fields.find((x) => answerKey(x) === key);
  // A problem the server found with something that is not on the form has no field to go to.
  const onForm = (key: string) => key in names || !!field(key);
  const label = (key: string) => (key in names ? names[key as 'name'] : t(field(key)?.label));
  const jump = (e: Event) => {
    e.preventDefault();
    const el = root.querySelector<HTMLElement>(`[id="${(e.currentTarget as HTMLAnchorElement).hash.slice(1)}"]`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  return html`<div class="note summary" role="alert" tabindex="-1">
<h3>${m.problem}</h3>
<ul>${problems.map((p) => html`<li>${onForm(p.field) ? html`<a href="#f-${p.field}" @click=${jump}>${say(m, p, label(p.field))}</a>` : say(m, p, label(p.field))}</li>`)}</ul>
</div>`;
}
