/**
 * The self-check's interface text, one module per language (messages/nl.ts defines the shape; the others
 * are checked against it at compile time). Loaded with a dynamic import: a visitor downloads one language,
 * and the entry stays inside its size budget.
 */
import type { UiLang } from '../core/i18n.js';
import type { Messages } from './messages/nl.js';

export type { Messages };

const loaders: Record<UiLang, () => Promise<{ default: Messages }>> = {
  nl: () => import('./messages/nl.js'),
  fr: () => import('./messages/fr.js'),
  de: () => import('./messages/de.js'),
  en: () => import('./messages/en.js'),
};
const cache = new Map<UiLang, Promise<Messages>>();

export function loadMessages(lang: UiLang): Promise<Messages> {
  let p = cache.get(lang);
  if (!p) {
    p = loaders[lang]().then((m) => m.default);
    p.catch(() => cache.delete(lang)); // a failed chunk load may be retried
    cache.set(lang, p);
  }
  return p;
}
