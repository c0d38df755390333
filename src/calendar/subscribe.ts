/**
 * "Subscribe to this calendar" (#15): the visitor's current selection as a subscription feed of the
 * reference server (/calendar.ics beside the feed), for calendar apps, Google Calendar and Outlook.
 * A chunk of its own (subscribe-slot.ts loads it when the page is idle): most visitors never open it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { define } from '../core/define.js';
import { baseStyles } from '../core/styles.js';
import { idList } from '../core/select.js';
import { filterToQuery, FACETS, type PreFilter, type Selection } from '../feed/filter.js';

const TEXTS = {
  nl: {
    title: 'Abonneer op deze agenda',
    what: 'Met een abonnement toont je agenda-app de activiteiten die je hier nu ziet (met je keuzes), en houdt ze zelf bij: nieuwe, verplaatste en afgelaste activiteiten komen er vanzelf in.',
    app: 'In je agenda-app (Apple Agenda, Outlook, Thunderbird)',
    google: 'Google Agenda',
    outlook: 'Outlook.com',
    address: 'Of kopieer dit adres in je agenda-app',
    tab: '(opent in een nieuw tabblad)',
  },
  fr: {
    title: "S'abonner à cet agenda",
    what: 'Avec un abonnement, votre application d’agenda affiche les activités que vous voyez ici (avec vos choix) et les tient à jour : les activités nouvelles, déplacées ou annulées y arrivent d’elles-mêmes.',
    app: 'Dans votre application d’agenda (Apple Calendrier, Outlook, Thunderbird)',
    google: 'Google Agenda',
    outlook: 'Outlook.com',
    address: 'Ou copiez cette adresse dans votre application d’agenda',
    tab: '(s’ouvre dans un nouvel onglet)',
  },
  de: {
    title: 'Diesen Kalender abonnieren',
    what: 'Mit einem Abonnement zeigt Ihre Kalender-App die Aktivitäten, die Sie hier jetzt sehen (mit Ihrer Auswahl), und hält sie aktuell: neue, verschobene und abgesagte Aktivitäten kommen von selbst hinzu.',
    app: 'In Ihrer Kalender-App (Apple Kalender, Outlook, Thunderbird)',
    google: 'Google Kalender',
    outlook: 'Outlook.com',
    address: 'Oder kopieren Sie diese Adresse in Ihre Kalender-App',
    tab: '(öffnet in einem neuen Tab)',
  },
  en: {
    title: 'Subscribe to this calendar',
    what: 'With a subscription your calendar app shows the activities you see here now (with your choices) and keeps them up to date: new, moved and cancelled activities arrive by themselves.',
    app: 'In your calendar app (Apple Calendar, Outlook, Thunderbird)',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    address: 'Or copy this address into your calendar app',
    tab: '(opens in a new tab)',
  },
};

/** The calendar's attributes the subscription needs: its site pre-filter. */
export interface PreFiltered {
  themes?: string | undefined;
  audiences?: string | undefined;
  levels?: string | undefined;
  strands?: string | undefined;
}

/**
 * The subscription's https address: /calendar.ics beside the feed, with the pre-filter, the visitor's
 * selection (feed/filter.ts names, as the server reads them) and the language. Undefined for a feed
 * that is not on an http(s) server (a file or blob: preview has no calendar feed next to it).
 */
export function subscriptionUrl(feedUrl: string, pre: PreFilter, sel: Selection, lang: string): string | undefined {
  let url: URL;
  try {
    url = new URL('calendar.ics', new URL(feedUrl, document.baseURI));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const query = filterToQuery({ pre, sel });
  query.set('lang', lang);
  url.search = query.toString();
  return url.href;
}

/** The pre-filter as the calendar's attributes give it. */
export const preOf = (el: PreFiltered): PreFilter => Object.fromEntries(FACETS.map((k) => [k, idList(el[`${k}s`])]));

/**
 * The panel, only ever rendered inside `<som-calendar>`'s shadow root (subscribe-slot.ts).
 * @internal */
export class SomCalendarSubscribe extends LitElement {
  static override properties = {
    calendar: { attribute: false },
    sel: { attribute: false },
    feedUrl: { attribute: false },
    lang: {},
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        margin-block-start: 1.5em;
      }
      summary {
        cursor: pointer;
        color: var(--_primary);
        font-weight: 600;
        padding-block: 0.25em;
      }
      summary:focus-visible,
      a:focus-visible,
      input:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      ul {
        padding-inline-start: 1.25em;
      }
      li {
        margin-block: 0.35em;
      }
      a {
        color: var(--_primary);
      }
      label {
        display: block;
        margin-block-start: 0.5em;
      }
      input {
        font: inherit;
        width: 100%;
        padding: 0.35em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
    `,
  ];
  declare calendar?: PreFiltered;
  declare sel?: Selection;
  declare feedUrl?: string;
  declare lang: string;

  protected override render() {
    const lang = (this.lang || 'nl').slice(0, 2) as keyof typeof TEXTS;
    const m = TEXTS[lang] ?? TEXTS.nl;
    const https = this.feedUrl && subscriptionUrl(this.feedUrl, preOf(this.calendar ?? {}), this.sel ?? {}, lang);
    // Something to show even without a server beside the feed, so the element counts as drawn.
    if (!https) return html`<span hidden></span>`;
    const webcal = https.replace(/^https?:/, 'webcal:');
    const google = `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`;
    const outlook = `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}`;
    return html`<details part="subscribe">
      <summary>${m.title}</summary>
      <p>${m.what}</p>
      <ul>
        <li><a href=${webcal} data-subscribe="webcal">${m.app}</a></li>
        <li><a href=${google} target="_blank" rel="noopener" data-subscribe="google">${m.google} <span class="visually-hidden">${m.tab}</span></a></li>
        <li><a href=${outlook} target="_blank" rel="noopener" data-subscribe="outlook">${m.outlook} <span class="visually-hidden">${m.tab}</span></a></li>
      </ul>
      <label for="address">${m.address}</label>
      <input id="address" readonly .value=${https} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    </details>`;
  }
}

define('som-calendar-subscribe', SomCalendarSubscribe);

/** The panel for a calendar (subscribe-slot.ts calls this once the chunk is here); none without a feed address. */
export const view = (calendar: PreFiltered, sel: Selection, feedUrl: string | undefined, lang: string) =>
  feedUrl
    ? html`<som-calendar-subscribe .calendar=${calendar} .sel=${sel} .feedUrl=${feedUrl} lang=${lang}></som-calendar-subscribe>`
    : nothing;

declare global {
  interface HTMLElementTagNameMap {
    'som-calendar-subscribe': SomCalendarSubscribe;
  }
}
