/**
 * The self-check's interface text, one module per language (messages/nl.ts defines the shape; the others
 * are checked against it at compile time). Loaded with a dynamic import: a visitor downloads one language,
 * and the entry stays inside its size budget.
 */
import type { UiLang } from '../core/i18n.js';
import { lazy, type Lazy } from '../core/lazy.js';
import type { Messages } from './messages/nl.js';

export type { Messages };

/** Each language loaded once per page; a failed chunk load may be retried. */
const loaders: Record<UiLang, Lazy<{ default: Messages }>> = {
  nl: lazy(() => import('./messages/nl.js')),
  fr: lazy(() => import('./messages/fr.js')),
  de: lazy(() => import('./messages/de.js')),
  en: lazy(() => import('./messages/en.js')),
};

export const loadMessages = (lang: UiLang): Promise<Messages> => loaders[lang]().then((m) => m.default);
