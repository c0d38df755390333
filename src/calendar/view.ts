/**
 * Templates for events, shared by the list and the month view. No listeners here: the element handles
 * clicks by delegation (one listener, not one per event), so a long list stays cheap to render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fill } from '../core/i18n.js';
import type { FeedEvent } from '../feed/schema.js';
import type { Text } from '../feed/text.js';
import { dayText, type DateWords, type WhenText } from '../feed/dates.js';
import type { CalendarMessages } from './messages/index.js';
import { brief, compactLabels, type FacetKey } from './model.js';
import { KEEP } from './progressive.js';

export interface ViewContext {
  m: CalendarMessages;
  /** Heading level of the calendar's top headings (`heading-level`, 2–4). */
  level: number;
  /** Interface language. */
  ui: string;
  /** The interface language's words for dates. */
  dates: DateWords;
  t(text: Text | undefined): string;
  label(key: FacetKey, id: string): string;
  /** The taxonomy's ids for a facet, in its order. */
  terms(key: FacetKey): readonly string[];
  when(e: FeedEvent): WhenText;
  /** Over already: no sign-up, no "add to my calendar". */
  over(e: FeedEvent): boolean;
  isOpen(id: string): boolean;
  /** The details template, loaded on first use (details.ts); undefined until then. */
  details: ((c: ViewContext, e: FeedEvent) => TemplateResult) | undefined;
  /** For the .ics UID. */
  networkId: string;
  /** The network's time zone. */
  tz: string;
  /** The calendar's own feed URL, passed to an inline <som-signup>. */
  src: string | undefined;
}

const names = (c: ViewContext, key: FacetKey, ids: readonly string[]) =>
  compactLabels(ids.map((id) => c.label(key, id)));

/** "Name, Name" for a facet's ids, or briefly "all levels" / "all levels except Name" / "everyone". */
function labels(c: ViewContext, key: 'audience' | 'level', ids: readonly string[] | undefined): string {
  const b = brief(ids ?? [], c.terms(key), key === 'level');
  const { m } = c;
  if ('all' in b) return key === 'level' ? m.allLevels : m.allAudiences;
  return 'except' in b ? fill(m.allLevelsBut, { list: names(c, key, b.except) }) : names(c, key, b.only);
}

/** Events as list items; `level` is the heading level of their titles; the first `kept` stay as drawn before. */
export const eventList = (c: ViewContext, events: readonly FeedEvent[], level: number, kept = 0): TemplateResult =>
  html`<ul class="events" data-n=${events.length}>${events.map((e, i) => (i < kept ? KEEP : eventItem(c, e, level)))}</ul>`;

function eventItem(c: ViewContext, e: FeedEvent, level: number): TemplateResult {
  const { m } = c;
  const open = c.isOpen(e.id);
  const status = e.status && e.status !== 'scheduled' ? e.status : '';
  const when = c.when(e);
  // The status is the badge beside the title; the feed's reason is shown as given, without a second label.
  const reason = status === 'cancelled' || status === 'postponed' ? c.t(e.statusReason) : '';
  const place = [c.t(e.location?.name) || e.location?.address, e.online && m.online].filter(Boolean).join(' · ');
  const forWhom = [labels(c, 'audience', e.audiences), labels(c, 'level', e.levels)].filter(Boolean).join(' · ');
  return html`<li class="ev ${status}" id="event-${e.id}" part="event">
    <div class="title" role="heading" aria-level=${level}>
      <button type="button" id="b-${e.id}" data-open=${e.id} aria-expanded=${open} aria-controls=${open ? `d-${e.id}` : nothing}>
        <span><span class="t">${c.t(e.title)}</span>${status ? html` <span class="badge st">${m[status as 'full']}</span>` : nothing}</span>
      </button>
    </div>
    <p class="when"><span aria-hidden="true">${when.text}</span><span class="visually-hidden">${when.label}</span></p>
    ${reason ? html`<p class="reason">${reason}</p>` : nothing}
    ${e.summary ? html`<p class="sum">${c.t(e.summary)}</p>` : nothing}
    ${place ? html`<p class="place muted">${place}</p>` : nothing}
    ${
      e.themes?.length || e.strand || forWhom
        ? html`<p class="tags">${(e.strand ? [c.label('strand', e.strand)] : []).concat((e.themes ?? []).map((id) => c.label('theme', id))).map((l) => html`<span class="badge">${l}</span> `)}${
            forWhom ? html`<span class="muted">${m.for}: ${forWhom}</span>` : nothing
          }</p>`
        : nothing
    }
    ${
      open
        ? html`<div class="details" id="d-${e.id}" role="region" aria-labelledby="b-${e.id}" aria-busy=${c.details ? nothing : 'true'}>${c.details?.(c, e)}</div>`
        : nothing
    }
  </li>`;
}

/** "november 2026" for a "YYYY-MM" key, in the interface language. */
export const monthName = (dates: DateWords, month: string): string => dayText(dates, 'month', `${month}-01`);
