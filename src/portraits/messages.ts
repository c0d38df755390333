/**
 * Interface text of the portrait widgets ("Zij maken onderwijs").
 * Dutch, the default, is in the bundle; French, German and English are small chunks loaded on first use.
 */
import { lazyMessages } from '../core/i18n.js';

export const nl = {
  about: 'Meer over {name}',
  more: 'Meer portretten tonen',
  none: 'Er zijn nog geen portretten.',
  noMatch: 'Er zijn nog geen portretten die hierbij passen.',
  notFound: 'Dit portret is niet (meer) beschikbaar.',
  visit: 'Ga naar {name}',
};
export type PortraitTexts = Record<keyof typeof nl, string>;

export const texts = lazyMessages<PortraitTexts>(nl, { fr: () => import('./messages-fr.js'), de: () => import('./messages-de.js'), en: () => import('./messages-en.js') });
