/**
 * Interface text of the story widgets. `min`: reading time; `dur`: length of a video or podcast.
 * Dutch, the default, is in the bundle; French, German and English are small chunks loaded on first use.
 */
import { lazyMessages } from '../core/i18n.js';

export const nl = {
  story: 'Verhaal', news: 'Nieuws', video: 'Video', podcast: 'Podcast', report: 'Verslag',
  min: '{n} min lezen', dur: '{n} min',
  more: 'Meer verhalen tonen',
  none: 'Er zijn nog geen verhalen.',
  noMatch: 'Er zijn nog geen verhalen die hierbij passen.',
  notFound: 'Dit verhaal is niet (meer) beschikbaar.',
  visit: 'Ga naar {name}',
};
export type StoryTexts = Record<keyof typeof nl, string>;

export const texts = lazyMessages<StoryTexts>(nl, { fr: () => import('./messages-fr.js'), de: () => import('./messages-de.js'), en: () => import('./messages-en.js') });
