/**
 * Feeds for the calendar's tests, dated relative to now (never a fixed "today"): next year's January and
 * July, so the Brussels offset is known (+1 in winter, +2 in summer) and the events are always upcoming.
 */
import { addDays, dayKey } from '../../src/feed/dates.js';
import { emptyFeed } from '../../storybook/helpers.js';

export const NEXT = new Date().getUTCFullYear() + 1;
export const LAST = NEXT - 2;
export const today = (): string => dayKey(new Date(), 'Europe/Brussels');
/** An all-day date n days from today (Brussels). */
export const inDays = (n: number): string => addDays(today(), n);

/** Every level of education the network knows: a long list, for "all levels but …". */
export const ALL_LEVELS = [
  'kleuter',
  'lager',
  'secundair-1',
  'secundair-2',
  'secundair-3',
  'buitengewoon',
  'hoger',
  'volwassenen',
  'dko',
];

export const taxonomies = {
  themes: [
    { id: 'welbevinden', label: { nl: 'Welbevinden', fr: 'Bien-être', de: 'Wohlbefinden', en: 'Well-being' } },
    {
      id: 'meertaligheid',
      label: { nl: 'Meertaligheid', fr: 'Multilinguisme', de: 'Mehrsprachigkeit', en: 'Multilingualism' },
    },
  ],
  audiences: [
    { id: 'leraren', label: { nl: 'Leraren', fr: 'Enseignants', en: 'Teachers' } },
    { id: 'ouders', label: { nl: 'Ouders', fr: 'Parents', en: 'Parents' } },
  ],
  levels: [
    { id: 'lager', label: { nl: 'Lager onderwijs', en: 'Primary' } },
    { id: 'secundair-1', label: { nl: 'Secundair, eerste graad', en: 'Secondary, first stage' } },
    { id: 'secundair-2', label: { nl: 'Secundair, tweede graad', en: 'Secondary, second stage' } },
  ],
  strands: [
    { id: 'labo', label: 'Labo' },
    { id: 'community', label: 'Community' },
  ],
};

/** Four upcoming events in January and July next year, and one past event. */
export const events = (): Record<string, unknown>[] => [
  {
    id: 'zomerlabo',
    title: { nl: 'Zomerlabo welbevinden', en: 'Summer lab on well-being' },
    summary: { nl: 'Samen werken aan welbevinden.', en: 'Working on well-being together.' },
    description: 'Eerste alinea over het labo.\n\nTweede alinea: <b>geen opmaak</b>.',
    start: `${NEXT}-07-15T13:00:00Z`,
    end: `${NEXT}-07-15T16:30:00Z`,
    location: { name: 'HAL 5', address: 'Gineste Dumortierstraat 5, 3010 Leuven', url: 'https://hal5.example' },
    organizer: { name: 'SOM-team', url: 'https://som.example/team', email: 'mailto:som@som.example' },
    partners: [{ name: 'UCLL', url: 'https://ucll.example' }, { name: 'Stad Leuven' }],
    cost: { nl: 'Gratis', en: 'Free' },
    languages: ['nl', 'en'],
    accessibility: { nl: 'Rolstoeltoegankelijk' },
    themes: ['welbevinden'],
    audiences: ['leraren'],
    levels: ['secundair-1', 'secundair-2'],
    strand: 'labo',
    url: 'https://som.example/kalender/zomerlabo',
    registration: {
      type: 'external',
      url: 'https://partner.example/inschrijven',
      label: { nl: 'Inschrijven bij UCLL' },
    },
  },
  {
    id: 'taalcafe',
    title: 'Taalcafé voor ouders',
    start: `${NEXT}-01-20T13:00:00Z`,
    end: `${NEXT}-01-20T14:30:00Z`,
    online: { url: 'https://meet.example/taalcafe' },
    themes: ['meertaligheid'],
    audiences: ['ouders'],
    levels: ['lager'],
    strand: 'community',
    status: 'cancelled',
    statusReason: { nl: 'De spreker is ziek.', en: 'The speaker is ill.' },
    url: 'https://som.example/kalender/taalcafe',
  },
  {
    id: 'studiedag',
    title: 'Pedagogische studiedag',
    start: `${NEXT}-01-25`,
    themes: ['welbevinden', 'onbekend-thema'],
    audiences: ['leraren'],
    levels: ['lager', 'secundair-1'],
    strand: 'community',
    status: 'full',
    url: 'https://som.example/kalender/studiedag',
    registration: {
      type: 'form',
      endpoint: 'https://som.example/api/events/studiedag/registrations',
      privacyUrl: 'https://som.example/privacy',
    },
  },
  {
    id: 'weekend',
    title: 'Speak-up weekend',
    start: `${NEXT}-07-02`,
    end: `${NEXT}-07-04`,
    location: { name: 'Jeugdherberg' },
    themes: ['meertaligheid'],
    audiences: ['leraren', 'ouders'],
    levels: ['secundair-2'],
    strand: 'labo',
    status: 'postponed',
    registration: { type: 'none' },
  },
  {
    id: 'oud-forum',
    title: 'Forum van vorig jaar',
    start: `${LAST}-10-01T17:00:00Z`,
    themes: ['welbevinden'],
    audiences: ['leraren'],
    levels: ['lager'],
    strand: 'community',
  },
];

export const testFeed = (over: Record<string, unknown> = {}): Record<string, unknown> =>
  emptyFeed({ taxonomies, events: events(), ...over });
