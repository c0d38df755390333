/** Localised text from the feed: a plain string or an object of language tags to strings (FEED.md). */
export type Text = string | Readonly<Record<string, string>>;

/** Primary subtag, lower-cased: "nl-BE" -> "nl". */
export const baseLang = (tag: string | null | undefined): string =>
  (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Resolve localised text. `prefs` is the resolution order without the fallbacks (FEED.md: the widget's
 * `lang`, the nearest ancestor `lang`, the document's `lang`, the feed's first language); the first value
 * present is the last resort. Returns '' for absent text.
 */
export function resolveText(text: Text | undefined | null, prefs: readonly (string | undefined)[]): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  for (const pref of prefs) {
    if (!pref) continue;
    if (typeof text[pref] === 'string' && text[pref]) return text[pref];
    const base = baseLang(pref);
    for (const [key, value] of Object.entries(text)) if (baseLang(key) === base && value) return value;
  }
  for (const value of Object.values(text)) if (value) return value;
  return '';
}

/** The language a piece of UI should speak, from the element outwards (FEED.md resolution order). */
export function languagePrefs(el: Element | null, feedLanguages: readonly string[] = []): string[] {
  const prefs: string[] = [];
  const own = el?.closest('[lang]:not([lang=""])')?.getAttribute('lang');
  if (own) prefs.push(own);
  // closest() stops at a shadow root; continue through hosts so a widget inside another one still inherits.
  let node: Node | null = el;
  while (node) {
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    node = root.host;
    const lang = (node as Element).closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) prefs.push(lang);
  }
  const doc = typeof document !== 'undefined' ? document.documentElement.lang : '';
  if (doc) prefs.push(doc);
  prefs.push(...feedLanguages);
  return [...new Set(prefs.filter(Boolean))];
}

/** Long text: paragraphs separated by a blank line (FEED.md). Never parsed as markup. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
