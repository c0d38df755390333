/**
 * Interface text of <som-calendar>. Dutch, the default, is built in; French, German and English are
 * chunks of their own (messages/*.ts, checked against this shape at compile time), fetched when a page
 * or a `lang` attribute asks for them, so most pages download one language.
 */
import { lazyMessages } from '../../core/i18n.js';
import nl from './nl.js';

export type CalendarMessages = typeof nl;

/** The table for a language, or undefined while it loads; `ready` is called once it is there. */
export const calendarTexts = lazyMessages<CalendarMessages>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});
