/**
 * Interface text of <som-calendar>. Dutch, the default, is built in; French, German and English are
 * chunks of their own (messages/*.ts, checked against this shape at compile time), fetched when a page
 * or a `lang` attribute asks for them, so most pages download one language.
 */
import type { UiLang } from '../core/i18n.js';

const nl = {
  to: 'tot',
  allDay: 'hele dag',
  online: 'Online',
  cancelled: 'Geannuleerd',
  postponed: 'Uitgesteld',
  full: 'Volzet',
  search: 'Zoeken',
  filters: 'Activiteiten filteren',
  theme: 'Thema',
  audience: 'Voor wie',
  level: 'Onderwijsniveau',
  strand: 'Soort activiteit',
  any: 'Alle',
  clear: 'Filters wissen',
  count: { one: '{n} activiteit', other: '{n} activiteiten' },
  found: { one: '{n} activiteit gevonden', other: '{n} activiteiten gevonden' },
  none: 'Geen activiteiten gevonden voor deze filters.',
  empty: 'Er zijn nu geen activiteiten gepland.',
  network: 'Bekijk de website van {name}',
  more: 'Toon meer activiteiten',
  upcoming: 'Komende activiteiten',
  past: 'Afgelopen activiteiten',
  view: 'Weergave',
  list: 'Lijst',
  month: 'Maand',
  prev: 'Vorige maand',
  next: 'Volgende maand',
  inMonth: 'Activiteiten in {month}',
  onDay: 'Activiteiten op {day}',
  noneMonth: 'Geen activiteiten in {month}.',
  noneDay: 'Geen activiteiten op deze dag.',
  wholeMonth: 'Toon de hele maand',
  nextEvent: 'Naar de volgende activiteit',
  where: 'Waar',
  map: 'Toon op de kaart',
  website: 'Website',
  join: 'Online deelnemen',
  organizer: 'Organisator',
  partners: 'Partners',
  cost: 'Prijs',
  languages: 'Taal',
  access: 'Toegankelijkheid',
  info: 'Meer informatie',
  addTo: 'Zet in je agenda',
  ics: 'Agendabestand (.ics)',
  register: 'Inschrijven',
  registerAt: 'Inschrijven bij de organisator',
  for: 'Voor',
  allLevels: 'alle niveaus',
  allLevelsBut: 'alle niveaus behalve {list}',
  allAudiences: 'iedereen',
  over: 'Deze activiteit is voorbij',
  registerWaitlist: 'Inschrijven op de wachtlijst',
  regClosed: 'De inschrijvingen zijn gesloten.',
  regFull: 'Volzet: er is geen wachtlijst.',
  regOpens: 'Inschrijven kan vanaf {d}.',
};

export type CalendarMessages = typeof nl;

const tables: Partial<Record<UiLang, CalendarMessages>> = { nl };
const loaders: Record<Exclude<UiLang, 'nl'>, () => Promise<{ default: CalendarMessages }>> = {
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
};
const pending = new Map<UiLang, Promise<unknown>>();

/** The table for a language, once loaded. */
export const messagesFor = (lang: UiLang): CalendarMessages | undefined => tables[lang];

/** Fetch a language's table (at most once; a failed load may be retried). */
export function loadMessages(lang: UiLang): Promise<unknown> {
  let p = pending.get(lang);
  if (!p && lang !== 'nl') {
    p = loaders[lang]().then(
      (mod) => void (tables[lang] = mod.default),
      () => void pending.delete(lang),
    );
    pending.set(lang, p);
  }
  return p ?? Promise.resolve();
}
