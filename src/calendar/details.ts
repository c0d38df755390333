/**
 * An event's details: description, place, organiser, practical notes, sign-up and "add to my calendar".
 * Loaded on first use (and prefetched when the page is idle), so the calendar's first paint does not
 * carry the .ics writer and these templates.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FeedEvent } from '../feed/schema.js';
import { paragraphs } from '../feed/text.js';
import { availabilityState, canSignUp, formOf } from '../feed/availability.js';
import { dateTimeText } from '../feed/dates.js';
import { fill } from '../core/i18n.js';
import { eventToIcs, googleCalendarUrl, icsFileName, outlookUrl } from '../feed/ics.js';
import type { ViewContext } from './view.js';

const link = (href: string | undefined, text: string) => (href ? html`<a href=${href}>${text}</a>` : text);
const row = (term: string, value: unknown) => (value ? html`<dt>${term}</dt><dd>${value}</dd>` : nothing);

let languageNames: Intl.DisplayNames | undefined;
function languageName(ui: string, tag: string): string {
  try {
    if (languageNames?.resolvedOptions().locale !== ui)
      languageNames = new Intl.DisplayNames([ui], { type: 'language' });
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag; // not a valid language tag: show it as the feed wrote it
  }
}

export function details(c: ViewContext, e: FeedEvent): TemplateResult {
  const { m, t } = c;
  const loc = e.location;
  const address = loc?.address;
  const where = loc
    ? html`${t(loc.name)}${loc.name && address ? html`<br />` : nothing}${address ?? ''}${
        address
          ? html`<br /><a href="https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}">${m.map}</a>`
          : nothing
      }${loc.url ? html`<br />${link(loc.url, m.website)}` : nothing}`
    : '';
  const org = e.organizer;
  const active = !c.over(e) && e.status !== 'cancelled';
  return html`
    ${paragraphs(t(e.description)).map((p) => html`<p>${p}</p>`)}
    <dl>
      ${row(m.where, where)}
      ${row(m.online, e.online && link(e.online.url, m.join))}
      ${row(m.organizer, org && html`${link(org.url, org.name)}${org.email ? html`, <a href=${org.email}>${org.email.slice(7)}</a>` : nothing}`)}
      ${row(m.partners, e.partners?.length && e.partners.map((p, i) => html`${i ? ', ' : ''}${link(p.url, p.name)}`))}
      ${row(m.cost, t(e.cost))}
      ${row(m.languages, e.languages?.map((l) => languageName(c.ui, l)).join(', '))}
      ${row(m.access, t(e.accessibility))}
    </dl>
    ${e.url ? html`<p><a href=${e.url}>${m.info}</a></p>` : nothing}
    ${active ? registration(c, e) : nothing}
    ${
      active
        ? html`<div class="add" role="group" aria-labelledby="a-${e.id}">
          <span id="a-${e.id}">${m.addTo}:</span>
          <a class="button secondary" href=${icsHref(e, c.networkId, c.ui, c.tz)} download=${icsFileName(e)}>${m.ics}</a>
          <a class="button secondary" href=${googleCalendarUrl(e, c.ui, c.tz)}>Google</a>
          <a class="button secondary" href=${outlookUrl(e, c.ui, c.tz)}>Outlook</a>
        </div>`
        : nothing
    }`;
}

function registration(c: ViewContext, e: FeedEvent): unknown {
  const { m } = c;
  const r = e.registration;
  if (r?.type === 'external') return html`<p><a class="button" href=${r.url}>${c.t(r.label) || m.registerAt}</a></p>`;
  const form = formOf(e);
  if (!form) return nothing;
  // The sign-up widget is a separate script: use it when the page loaded it (it shows the live state),
  // else link to the event page, but only while a person can still sign up (the rule <som-signup> uses).
  if (customElements.get('som-signup')) return html`<som-signup event=${e.id} src=${c.src ?? nothing}></som-signup>`;
  const state = availabilityState(e, Date.now(), c.tz);
  if (canSignUp(state))
    return e.url
      ? html`<p><a class="button" href=${e.url}>${state === 'waitlist' ? m.registerWaitlist : m.register}</a></p>`
      : nothing;
  const opens = form.opens && dateTimeText(c.dates, form.opens, c.tz);
  return html`<p class="reg">${state === 'full' ? m.regFull : state === 'not-yet-open' && opens ? fill(m.regOpens, { d: opens }) : m.regClosed}</p>`;
}

/**
 * A Blob URL for the event's calendar file, made when its details first open (not for every event in
 * a long list). Kept for the page's life: a few KB per opened event, and the link keeps working.
 */
const files = new Map<string, string>();
function icsHref(e: FeedEvent, networkId: string, lang: string, timeZone: string): string {
  const key = `${networkId}|${e.id}|${lang}|${timeZone}`;
  let url = files.get(key);
  if (!url)
    files.set(
      key,
      (url = URL.createObjectURL(new Blob([eventToIcs(e, { networkId, lang, timeZone })], { type: 'text/calendar' }))),
    );
  return url;
}

/** Adopted by the element when this module arrives (constructed stylesheets: fine under a strict CSP). */
export const styles = css`
  .details {
    display: grid;
    gap: 0.75em;
    margin-block-start: 0.5em;
    padding: 0.75em 0 0.25em 1em;
    border-inline-start: 3px solid var(--_primary);
  }
  dl {
    display: grid;
    gap: 0.25em 1em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5em;
  }
  @container (min-width: 36em) {
    dl {
      grid-template-columns: max-content 1fr;
    }
    dd {
      margin: 0;
    }
  }
  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .add span {
    font-weight: 600;
    flex-basis: 100%;
  }
`;
