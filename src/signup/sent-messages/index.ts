/**
 * What <som-signup> says once a person presses the button: field problems, the answer, the confirmation.
 * Part of the submission chunk (sent.ts), so a page that only shows the form does not carry it. Dutch is
 * built in; French, German and English are chunks of their own.
 */
import { lazyMessages, type UiLang } from '../../core/i18n.js';
import { whenLoaded } from '../../core/when-loaded.js';
import nl from './nl.js';

export type SentMessages = Record<keyof typeof nl, string>;

/** The table for a language, or undefined while it loads; `ready` is called once it is there. */
export const sentTexts = lazyMessages<SentMessages>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

/** The table for a language, once it is there (Dutch stands in when its chunk cannot be loaded). */
export const sentMessages = (lang: UiLang): Promise<SentMessages> => whenLoaded(sentTexts, lang);
