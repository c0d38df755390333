/**
 * Interface text of the portrait widgets ("Zij maken onderwijs").
 * Dutch, the default, is in the bundle; French, German and English are small chunks loaded on first use.
 */
import { lazyMessages } from '../../core/i18n.js';
import nl from './nl.js';

export type PortraitTexts = Record<keyof typeof nl, string>;

export const texts = lazyMessages<PortraitTexts>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});
