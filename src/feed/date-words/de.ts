import type { DateWords } from '../dates.js';

/** German dates as Intl writes them for de-BE (a short weekday alone has no full stop, in a date it has). */
export default {
  W: 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag',
  w: 'Mo Di Mi Do Fr Sa So',
  M: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
  m: 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.',
  short: '{w}., {d}. {m} {y}',
  long: '{W}, {d}. {M} {y}',
  dayMonth: '{W}, {d}. {M}',
  date: '{d}. {M} {y}',
  at: '{d}. {M} {y} um {t}',
} satisfies DateWords;
