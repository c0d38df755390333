/**
 * Interface language: Dutch by default, with French, German and English. Each widget keeps its own
 * message table (so a page with only the calendar does not download the self-check's texts) built
 * with `messages()`, which checks at compile time that every language has every key.
 */
import { baseLang } from '../feed/text.js';

export const UI_LANGS = ['nl', 'fr', 'de', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The first supported language in the preference list, else Dutch. */
export function uiLang(prefs: readonly string[]): UiLang {
  for (const p of prefs) {
    const base = baseLang(p) as UiLang;
    if (UI_LANGS.includes(base)) return base;
  }
  return 'nl';
}

export type MessageTable<T> = Record<UiLang, T>;

/** Declare a message table: Dutch defines the shape, the others must match it. */
export const messages = <T>(table: { nl: T; fr: T; de: T; en: T }): MessageTable<T> => table;

/** Replace {name} placeholders. Values are text; the result is rendered as text, never markup. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

const coreNl = {
  loading: 'Bezig met laden…',
  errorTitle: 'Deze inhoud kan nu niet geladen worden.',
  errorHint: 'Probeer het later opnieuw.',
  retry: 'Opnieuw proberen',
  stale: 'Mogelijk niet actueel: laatst bijgewerkt op {date}.',
  newerVersion: 'Deze widget is te oud voor de feed. De beheerder van de website moet hem bijwerken.',
  noSource: 'Er is geen bron (src) opgegeven.',
};
export type CoreMessages = typeof coreNl;

/**
 * A widget's message table with Dutch in the bundle and the other languages as chunks loaded on first use,
 * so a page downloads one language. Returns the table, or undefined while it loads (`ready` is called once
 * it is there); Dutch stands in when a chunk cannot be loaded, so the widget stays usable offline.
 */
export function lazyMessages<T>(nl: T, load: Record<'fr' | 'de' | 'en', () => Promise<{ default: T }>>) {
  const tables: Partial<Record<UiLang, T>> = { nl };
  const loading: Partial<Record<UiLang, Promise<unknown>>> = {};
  return (lang: UiLang, ready: () => void): T | undefined => {
    if (!tables[lang]) void (loading[lang] ??= load[lang as 'fr']().then((m) => (tables[lang] = m.default), () => (tables[lang] = nl))).then(ready);
    return tables[lang];
  };
}

const coreTables = lazyMessages<CoreMessages>(coreNl, {
  fr: () => import('./core-fr.js'),
  de: () => import('./core-de.js'),
  en: () => import('./core-en.js'),
});

/**
 * The shared state texts (loading, error, stale) in `lang`. Only Dutch is in every bundle; another
 * language arrives with the widget's own texts and `host` re-renders then (Dutch meanwhile, and offline).
 */
export const coreText = (lang: UiLang, host: { requestUpdate(): void }): CoreMessages => coreTables(lang, () => host.requestUpdate()) ?? coreNl;
