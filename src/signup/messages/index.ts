/**
 * Interface text of <som-signup>: short, plain (B1) sentences. Dutch, the default, is in the bundle;
 * French, German and English are separate chunks loaded on first use, so a page downloads one language.
 */
import { lazyMessages } from '../../core/i18n.js';
import nl from './nl.js';

export type SignupMessages = Record<keyof typeof nl, string>;

/** The table for a language, or undefined while it loads; `ready` is called once it is there. */
export const signupMessages = lazyMessages<SignupMessages>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});
