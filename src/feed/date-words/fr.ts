import type { DateWords } from '../dates.js';

/** French dates as Intl writes them for fr-BE. */
export default {
  W: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  w: 'lun. mar. mer. jeu. ven. sam. dim.',
  M: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  m: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
  short: '{w} {d} {m} {y}',
  long: '{W} {d} {M} {y}',
  dayMonth: '{W} {d} {M}',
  date: '{d} {M} {y}',
  at: '{d} {M} {y} à {t}',
} satisfies DateWords;
