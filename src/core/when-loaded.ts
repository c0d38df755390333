import type { UiLang } from './i18n.js';

/** A lazy table's language as a promise (for code that must wait for the text before it can go on). */
export const whenLoaded = <T>(table: (lang: UiLang, ready: () => void) => T | undefined, lang: UiLang): Promise<T> =>
  new Promise((resolve) => {
    const now = table(lang, () => resolve(table(lang, () => {})!));
    if (now) resolve(now);
  });
