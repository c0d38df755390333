/**
 * Interface text of the story widgets. `min`: reading time; `dur`: length of a video or podcast.
 * Dutch, the default, is in the bundle; French, German and English are small chunks loaded on first use.
 */
import { lazyMessages } from '../../core/i18n.js';
import nl from './nl.js';

export type StoryTexts = Record<keyof typeof nl, string>;

export const texts = lazyMessages<StoryTexts>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});
