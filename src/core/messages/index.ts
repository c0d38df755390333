/** The shared state texts (loading, error, stale), used by every widget through SomElement and core/states.ts. */
import { lazyMessages, type UiLang } from '../i18n.js';
import nl from './nl.js';

export type CoreMessages = typeof nl;

const tables = lazyMessages<CoreMessages>(nl, {
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

/**
 * The shared state texts in `lang`. Only Dutch is in every bundle; another language arrives with the
 * widget's own texts and `host` re-renders then (Dutch meanwhile, and offline).
 */
export const coreText = (lang: UiLang, host: { requestUpdate(): void }): CoreMessages =>
  tables(lang, () => host.requestUpdate()) ?? nl;
