/** Pure helpers for widgets' lists (stories, portraits, the calendar's pre-filter): ids, order, headings, initials. */

/** Space-separated ids from an attribute ("lager kleuter"); empty means no filter. */
export const idList = (value?: string | null): string[] => value?.split(/\s+/).filter(Boolean) ?? [];

/** One pre-filter: no ids asked passes everything, else the item needs at least one of them. */
export const passes = (wanted: string | null | undefined, has: readonly (string | undefined)[] = []): boolean => {
  const ids = idList(wanted);
  return !ids.length || has.some((id) => !!id && ids.includes(id));
};

/** Newest first by `published`; equal dates keep the feed's order (the sort is stable). */
export const newestFirst = <T extends { published: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));

/** The `heading-level` attribute as a level a card can use: 2 to 6, default 3 (cards in an h2 section). */
export const headingLevel = (value: unknown): number => {
  const n = Math.round(Number(value));
  // 1 becomes 2 (the page's own title is its only h1); absent, empty or not a number: 3.
  return n >= 1 ? Math.min(6, Math.max(2, n)) : 3;
};

/** How many items a list shows: `limit` per press of "show more", everything without a limit. */
export const visibleCount = (total: number, limit: number | null | undefined, pages: number): number =>
  limit && limit > 0 ? Math.min(total, Math.floor(limit) * pages) : total;

/** Initials for a photo placeholder: the first letters of the first and last word ("Jan de Vries" → "JV"). */
export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
    .filter(Boolean)
    .filter((_, i, all) => i === 0 || i === all.length - 1)
    .join('')
    .toUpperCase();
