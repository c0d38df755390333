/** Cross-field rules of the contract that JSON Schema cannot say; shared by the zod schema and the checker. */
import type { FeedEvent, Portrait, SelfCheckInstrument } from './schema.js';

/** A date alone covers its whole day, so compare calendar days when either side is a date. */
export function endNotBeforeStart(start: string, end: string): boolean {
  if (start.length === 10 || end.length === 10) return end.slice(0, 10) >= start.slice(0, 10);
  return Date.parse(end) >= Date.parse(start);
}

export const increasing = (options: readonly { value: number }[]): boolean =>
  options.every((o, i) => i === 0 || o.value > options[i - 1]!.value);

/**
 * Each returns the problem, or undefined when the item is fine. The generated per-list contract modules
 * attach them (`rule`), so a bundle carries only the rules of the lists it shows.
 */
export const eventRule = (e: FeedEvent) => (e.end && !endNotBeforeStart(e.start, e.end) ? 'end: "end" is before "start"' : undefined);
export const portraitRule = (p: Portrait) => (p.quote == null && p.bio == null ? 'quote: a portrait needs "quote" or "bio"' : undefined);
export function selfCheckRule(c: SelfCheckInstrument): string | undefined {
  for (const d of c.dimensions) for (const q of d.questions) if (!increasing(q.options)) return `dimensions.${d.id}.${q.id}: option values must increase`;
  return undefined;
}
