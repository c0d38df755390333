/**
 * The self-check's questionnaire text, one module per language (Dutch's keys are the type below; the others
 * are checked against it at compile time). Loaded with a dynamic import: a visitor downloads one language,
 * and the entry stays inside its size budget.
 */
import type { UiLang } from '../../core/i18n.js';
import { lazy, type Lazy } from '../../core/lazy.js';

/** The shape every language follows: Dutch's. */
export type Messages = typeof import('./nl.js').default;

/** Each language loaded once per page; a failed chunk load may be retried. */
const loaders: Record<UiLang, Lazy<{ default: Messages }>> = {
  nl: lazy(() => import('./nl.js')),
  fr: lazy(() => import('./fr.js')),
  de: lazy(() => import('./de.js')),
  en: lazy(() => import('./en.js')),
};

export const loadMessages = (lang: UiLang): Promise<Messages> => loaders[lang]().then((m) => m.default);
