import type { DateWords } from '../dates.js';

/** English dates as Intl writes them for en-GB (a weekday before the day has a comma only with the year). */
export default {
  W: 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
  w: 'Mon Tue Wed Thu Fri Sat Sun',
  M: 'January February March April May June July August September October November December',
  m: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec',
  short: '{w}, {d} {m} {y}',
  long: '{W}, {d} {M} {y}',
  dayMonth: '{W} {d} {M}',
  date: '{d} {M} {y}',
  at: '{d} {M} {y} at {t}',
} satisfies DateWords;
