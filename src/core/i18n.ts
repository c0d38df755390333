/**
 * Interface language: Dutch by default, with French, German and English. Each widget keeps its own
 * message tables (so a page with only the calendar does not download the self-check's texts), laid out as
 * `<widget>/messages/{index,nl,fr,de,en}.ts` and loaded with `lazyMessages`.
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

/** Replace {name} placeholders. Values are text; the result is rendered as text, never markup. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));

/**
 * A widget's message table with Dutch in the bundle and the other languages as chunks loaded on first use,
 * so a page downloads one language. Returns the table, or undefined while it loads (`ready` is called once
 * it is there); Dutch stands in when a chunk cannot be loaded, so the widget stays usable offline.
 */
export function lazyMessages<T>(nl: T, load: Record<'fr' | 'de' | 'en', () => Promise<{ default: T }>>) {
  const tables: Partial<Record<UiLang, T>> = { nl };
  const loading: Partial<Record<UiLang, Promise<unknown>>> = {};
  return (lang: UiLang, ready: () => void): T | undefined => {
    if (!tables[lang])
      void (loading[lang] ??= load[lang as 'fr']().then(
        (m) => (tables[lang] = m.default),
        () => (tables[lang] = nl),
      )).then(ready);
    return tables[lang];
  };
}
