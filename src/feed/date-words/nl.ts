import type { DateWords } from '../dates.js';

/** Dutch dates as Intl writes them for nl-BE. */
export default {
  W: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
  w: 'ma di wo do vr za zo',
  M: 'januari februari maart april mei juni juli augustus september oktober november december',
  m: 'jan feb mrt apr mei jun jul aug sep okt nov dec',
  short: '{w} {d} {m} {y}',
  long: '{W} {d} {M} {y}',
  dayMonth: '{W} {d} {M}',
  date: '{d} {M} {y}',
  at: '{d} {M} {y} om {t}',
} satisfies DateWords;
